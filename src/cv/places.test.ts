import { describe, expect, it } from 'vitest';
import { isPlaces } from './places.js';
import { isGenericPart, isLocation } from './role-lines.js';

describe('cv/places: places are never an employer', () => {
  it.each(['Tehran', 'Remote', 'remote', 'Hybrid', 'On-site', 'Remote (EU)', 'Remote, Moscow', 'Germany, Munich', 'Deutschland', 'Menlo Park, CA & Ithaca, NY', 'Minsk, Belarus; London, UK', 'Denver, CO', 'Boulder, CO', 'Remote, USA'])(
    'reads %s as a place',
    (piece) => {
      expect(isLocation(piece)).toBe(true);
    },
  );

  it.each(['Acme Co.', 'Acme Corp, CA', 'Brisk-Systeme', 'United Nations', 'Marlow School of Medicine, NTU', 'Data Analyst, Acme Corp.', 'Databricks', 'Orange Business'])('does not read %s as a place', (piece) => {
    expect(isLocation(piece)).toBe(false);
  });

  it('needs every name of a list of places to be one', () => {
    expect(isPlaces('Berlin / Remote')).toBe(true);
    expect(isPlaces('Berlin / Quillon')).toBe(false);
  });

  it('reads fields and techniques as no employer, vendor names as possible ones', () => {
    expect(['Data', 'AI & Advanced Analytics', 'REST API', 'CQRS', 'DevOps', 'Server'].every(isGenericPart)).toBe(true);
    expect(['Databricks', 'OpenAI', 'Prove Identity', 'Deloitte'].some(isGenericPart)).toBe(false);
  });
});
