import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { ALICE, CANDIDATE_REPO, cvText } from '../../test/helpers/candidate.js';
import { buildRepo } from '../../test/helpers/repo.js';
import type { BatchCandidate } from '../screen/candidates.js';
import { mapBounded, rankCandidates } from './rank-candidates.js';

let tree: { root: string; cleanup: () => Promise<void> };
const role = () => loadRoleFile(templatePath('applied-ml-engineer'));

beforeAll(async () => {
  const files: Record<string, string> = { 'cv.md': cvText(ALICE) };
  for (const [path, text] of Object.entries(CANDIDATE_REPO)) files[`full/${path}`] = text;
  files['thin/app.py'] = 'print("hello")\n';
  tree = await buildRepo(files);
});

afterAll(async () => {
  await tree.cleanup();
});

function batch(): BatchCandidate[] {
  const input = (label: string, repo: string) => ({ label, repos: [join(tree.root, repo)], emails: [], names: [] });
  return [
    { id: 'ann', input: input('Ann', 'thin') },
    { id: 'bea', input: { ...input('Bea', 'full'), cv: join(tree.root, 'cv.md') } },
    { id: 'cyd', error: 'no CV file and no repositories in the folder' },
    { id: 'dan', input: { label: 'Dan', cv: join(tree.root, 'missing.pdf'), repos: [join(tree.root, 'nope')], emails: [], names: [] } },
  ];
}

describe('screen/rank', () => {
  it('sorts by fit, lists candidates with too little public evidence apart, reports failures without stopping, and counts time per stage', async () => {
    const seen: string[] = [];

    const result = await rankCandidates(batch(), { role: role(), asOf: '2026-11-23', history: false, jobs: 2, onCandidate: (e) => seen.push(e.id) });

    expect(result.ranked.map((r) => [r.rank, r.id, r.assessment.candidate.label])).toEqual([
      [1, 'bea', 'Bea'],
      [null, 'ann', 'Ann'],
      [null, 'dan', 'Dan'],
    ]);
    // Ann and Dan's repositories speak to too little of the role: not ranked, listed apart by label.
    expect(result.ranked.map((r) => [r.assessment.fit > 0, r.assessment.coverage.low])).toEqual([[true, false], [false, true], [false, true]]);
    expect(result.ranked[0].assessment.fit).toBeGreaterThan(0);
    expect(result.ranked[2].assessment.notes).toEqual([
      expect.stringMatching(/^the CV could not be read: /),
      expect.stringMatching(/^repository .*nope could not be read: no such file or folder/),
    ]);
    expect(result.failures).toEqual([{ id: 'cyd', error: 'no CV file and no repositories in the folder' }]);
    expect(seen.sort()).toEqual(['ann', 'bea', 'cyd', 'dan']);
    expect(result.timings.scan).toBeGreaterThan(0);
  });

  it('blind: labels are "Candidate N" by position in the batch, and no id is kept', async () => {
    const result = await rankCandidates(batch(), { role: role(), asOf: '2026-11-23', history: false, blind: true });

    expect(result.ranked.map((r) => [r.id, r.assessment.candidate.label])).toEqual([
      [undefined, 'Candidate 2'],
      [undefined, 'Candidate 1'],
      [undefined, 'Candidate 4'],
    ]);
    expect(result.failures).toEqual([{ id: 'Candidate 3', error: 'no CV file and no repositories in the folder' }]);
  });

  it('mapBounded keeps at most `limit` tasks in flight and the input order', async () => {
    let running = 0;
    let peak = 0;

    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (x) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, x * 3));
      running--;
      return x * 10;
    });

    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
