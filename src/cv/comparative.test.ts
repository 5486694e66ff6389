import { describe, expect, it } from 'vitest';
import { inComparison } from './comparative.js';

/** Whether the word in the text is only compared with or carried over to. */
const aside = (text: string, word: string) => inComparison(text, text.indexOf(word));

describe('cv/comparative', () => {
  it('sets aside tools in work a skill was carried over to, to the end of the sentence', () => {
    const en = 'Ran ad campaigns tracking CTR; applied the same discipline to model metrics and monitoring (Prometheus/Grafana). Built reports in Excel.';
    expect([aside(en, 'Prometheus'), aside(en, 'Grafana'), aside(en, 'Excel')]).toEqual([true, true, false]);
    const es = 'Administré campañas; apliqué la misma disciplina a métricas de modelos y monitoreo (Prometheus/Grafana)';
    expect(aside(es, 'Prometheus')).toBe(true);
  });

  it('sets aside only the phrase a thing is compared with', () => {
    const text = 'Designed a feature store similar to Feast using Redis and Kafka';
    expect([aside(text, 'Feast'), aside(text, 'Redis'), aside(text, 'Kafka')]).toEqual([true, false, false]);
    expect(aside('Diseñé un orquestador similar a Airflow, desplegado con Docker', 'Docker')).toBe(false);
  });

  it('leaves plain claims alone', () => {
    for (const text of ['Built dashboards with Prometheus and Grafana', 'Applied Prometheus alerting to the same cluster', 'Used the same Terraform modules across teams']) {
      expect(aside(text, text.match(/Prometheus|Terraform/)![0])).toBe(false);
    }
  });
});
