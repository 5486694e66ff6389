import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCompose } from './compose.js';

describe('parse/compose', () => {
  it('gives one manifest per service, by image or build context, at the service line', () => {
    const compose = yaml`
      services:
        api:
          build:
            context: ./serving
          ports: ["8000:8000"]
        tracking:
          image: ghcr.io/mlflow/mlflow:v2.14
          command: mlflow server --host 0.0.0.0
        worker:
          build: .
          command: ["python", "-m", "worker"]
    `;

    const { manifests, configs, problems } = parseCompose(compose, 'docker-compose.yml');

    expect(manifests).toEqual([
      { kind: 'compose:service', text: 'api: build ./serving', line: 2 },
      { kind: 'compose:service', text: 'tracking: ghcr.io/mlflow/mlflow:v2.14', line: 6 },
      { kind: 'compose:service', text: 'worker: build .', line: 9 },
    ]);
    expect(configs).toEqual([
      { key: 'compose:image', text: 'ghcr.io/mlflow/mlflow:v2.14', line: 7 },
      { key: 'compose:command', text: 'tracking: mlflow server --host 0.0.0.0', line: 8 },
      { key: 'compose:command', text: 'worker: python -m worker', line: 11 },
    ]);
    expect(problems).toBeUndefined();
  });

  it('follows x- extension anchors merged into services', () => {
    const compose = yaml`
      x-airflow: &airflow
        image: apache/airflow:2.9.0
      services:
        scheduler:
          <<: *airflow
          command: scheduler
    `;

    const { manifests } = parseCompose(compose, 'compose.yaml');

    expect(manifests).toEqual([{ kind: 'compose:service', text: 'scheduler: apache/airflow:2.9.0', line: 4 }]);
  });

  it('reads version-1 files with services at the top level', () => {
    const { manifests } = parseCompose('web:\n  image: nginx\nredis:\n  image: redis:7\n', 'docker-compose.yml');

    expect(manifests?.map((m) => m.text)).toEqual(['web: nginx', 'redis: redis:7']);
  });

  it('reports broken YAML and keeps what it could read', () => {
    const compose = yaml`
      services:
        grafana:
          image: grafana/grafana
        prometheus:
          image: [prom/prometheus
    `;

    const { manifests, problems } = parseCompose(compose, 'docker-compose.yml');

    expect(manifests?.[0]).toEqual({ kind: 'compose:service', text: 'grafana: grafana/grafana', line: 2 });
    expect(problems).toEqual([expect.objectContaining({ path: 'docker-compose.yml', kind: 'syntax' })]);
  });
});
