import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentFor, handKit } from '../../test/helpers/interview.js';
import { isUserError } from '../util/errors.js';
import { loadAssessmentFile, loadKitFile, parseAssessment } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'evident-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return name;
}

describe('interview/files', () => {
  it('reads a kit and an assessment back as written', () => {
    const kit = handKit();
    const assessment = assessmentFor('mlops');

    expect(loadKitFile(write('kit.json', kit), dir)).toEqual(kit);
    expect(loadAssessmentFile(write('a.json', assessment), dir)).toEqual(assessment);
  });

  it('reads a 1.0 assessment: no coverage, interview topics read as none', () => {
    const { coverage: _coverage, unverified: _unverified, ...rest } = assessmentFor('notebook');
    const old = { ...rest, schemaVersion: '1.0' };

    const read = parseAssessment(JSON.stringify(old), 'old.json');

    expect(read.coverage).toBeUndefined();
    expect(read.unverified).toEqual([]);
    expect(read.competencies).toEqual(rest.competencies);
  });

  it.each([
    ['a rating that is not a number', (k: ReturnType<typeof handKit>) => ({ ...k, evidence: { ...k.evidence, fit: 'high' } }), /^bad\.json:\d+: evidence\.fit: /],
    ['an unknown competency', (k: ReturnType<typeof handKit>) => ({ ...k, rounds: [{ ...k.rounds[0], focus: ['cooking'] }] }), /^bad\.json:\d+: rounds\.0\.focus\.0: /],
    ['a missing field', (k: ReturnType<typeof handKit>) => ({ ...k, rounds: undefined }), /^bad\.json:\d+: rounds: /],
  ])('a kit with %s is a one-line user error naming file, line and field', (_name, spoil, message) => {
    const file = write('bad.json', spoil(handKit()));

    const error = catchError(() => loadKitFile(file, dir));

    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('an assessment of another schema version is refused in one line', () => {
    const file = write('v2.json', { ...assessmentFor('mlops'), schemaVersion: '2.0' });

    expect(() => loadAssessmentFile(file, dir)).toThrow(/^v2\.json:2: schemaVersion: /);
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
