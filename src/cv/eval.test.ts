import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyClaims } from './extract.js';
import { evaluateCvs, readLabels, scoreFile, scoreSkills } from './eval.js';
import type { CvResult } from './types.js';

const SAMPLES = join(process.cwd(), '..', 'shared', 'cv-samples');

describe('cv/eval', () => {
  it('maps label names through the lexicon and counts unknown ones as misses', () => {
    const score = scoreSkills(['sklearn', 'k8s', 'python', 'frobnicator'], ['scikit-learn', 'kubernetes', 'java']);

    expect(score).toMatchObject({ tp: 2, fp: 1, fn: 2, missing: ['python', 'frobnicator'], extra: ['java'], unknown: ['frobnicator'] });
    expect(score.f1).toBeCloseTo(4 / 7);
  });

  it('compares names without case, links without scheme or www., and sections in order', () => {
    const claims = { ...emptyClaims(), name: 'JOHN DOE', emails: ['john@x.com'], links: [{ url: 'http://www.github.com/john/', kind: 'github' as const, from: 'text' as const }] };
    claims.sections = [{ kind: 'summary', heading: '', start: 1, end: 2 }];
    const result: CvResult = { file: 'a.pdf', format: 'pdf', pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims };
    const label = { file: 'a.pdf', name: 'John Doe', email: 'john@x.com', links: ['https://github.com/john'], sections: ['summary'], skills: [], years_experience: null };

    const score = scoreFile(label, result);

    expect([score.name?.ok, score.email?.ok, score.links?.ok, score.sections?.ok, score.years?.ok, score.skills?.f1]).toEqual([true, true, true, true, true, 1]);
  });

  it('meets the targets on the CV samples (email and links 100%, name ≥ 90%, skills F1 ≥ 0.90)', async () => {
    expect(existsSync(join(SAMPLES, 'labels.json'))).toBe(true);
    const labels = await readLabels(join(SAMPLES, 'labels.json'));

    const report = await evaluateCvs(labels, SAMPLES);

    expect(report.files.filter((f) => f.error)).toEqual([]);
    expect(report.overall.email).toBe(1);
    expect(report.overall.links).toBe(1);
    expect(report.overall.name).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.skills.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.unknownLabels).toEqual([]);
  });
});
