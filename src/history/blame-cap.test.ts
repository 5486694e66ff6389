// Blame reads a fixed amount of work (the largest own files, up to a cap), so
// the same repository gives the same shares on an idle or a busy machine; a
// deadline alone left more files unblamed under load, and a repository whose
// blame ran out has no blame share, which changed authorship verdicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { describeHistory } from '../report/history.js';
import { analyseHistory } from './analyse.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const BOB = { name: 'Bob Upstream', email: 'bob@upstream.org' };

let root = '';
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  // Mixed authorship (so blame runs): Bob's three small files, Alice's two large ones.
  ({ root, cleanup } = await buildGitRepo([
    { ...BOB, date: '2024-01-01T10:00:00Z', files: { 'b1.py': pyLines(10, 'b1'), 'b2.py': pyLines(12, 'b2'), 'b3.py': pyLines(14, 'b3') } },
    { ...ALICE, date: '2024-02-01T10:00:00Z', files: { 'a1.py': pyLines(80, 'a1'), 'a2.py': pyLines(60, 'a2') } },
  ]));
});
afterAll(() => cleanup());

const largestFirst = ['a1.py', 'a2.py', 'b3.py', 'b2.py', 'b1.py'];

async function analyse(maxBlameFiles?: number) {
  const { report } = await analyseHistory(root, { identity: { emails: [ALICE.email], names: [] }, ownCode: largestFirst, scanned: largestFirst, maxBlameFiles });
  return report;
}

describe('history/blame work cap', () => {
  it('blames every own file under the cap, and only the largest ones above it, saying how many were left out', async () => {
    const whole = await analyse();
    expect(whole.budget).toMatchObject({ exhausted: false, notBlamed: [] });
    expect(whole.budget.capped).toBeUndefined();
    expect(whole.candidate).toMatchObject({ blamedLines: 140, totalBlamedLines: 176 });

    const capped = await analyse(3);
    expect(capped.budget).toMatchObject({ exhausted: false, notBlamed: [], capped: 2 });
    // a1 and a2 (Alice's 140 lines) and b3 (Bob's 14): the share is still a blame share, not "unknown".
    expect(capped.candidate).toMatchObject({ blamedLines: 140, totalBlamedLines: 154 });
    expect(capped.candidate?.blameShare).toBeCloseTo(140 / 154);
    expect(describeHistory(capped)).toContain('blame read the largest own files only; 2 smaller ones not blamed (left out of the line shares)');
  });

  it('gives the same shares on repeated runs', async () => {
    const runs = await Promise.all([analyse(3), analyse(3), analyse(3)]);
    expect(new Set(runs.map((r) => JSON.stringify(r.candidate))).size).toBe(1);
  });
});
