// Issue 15: `git log --numstat` over a large history took seconds. Above a
// number of commits the history is bounded: the candidate's commits read in
// full, others summarised (counted exactly, their lines estimated from a
// sample). Bounding must not change the candidate's shares materially.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastImportRepo, gitIn, pyLines, type CommitSpec } from '../../test/helpers/git.js';
import { authorshipNotes } from '../assess/authorship.js';
import { describeHistory } from '../report/history.js';
import type { RepoScan } from '../scan/types.js';
import { analyseHistory, type HistoryOptions } from './analyse.js';
import { chooseFull } from './bound.js';
import { scopeOf } from './shares.js';
import type { CommitRecord, HistoryReport } from './types.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const OTHERS = [
  { name: 'Bob Upstream', email: 'bob@upstream.org' },
  { name: 'Carol Team', email: 'carol@team.org' },
  { name: 'Dan Dev', email: 'dan@dev.io' },
];
const FILES = 24;

/** 700 commits: Bob's initial import, then 660 small commits by three others and 40 by Alice, each growing one or two files. */
function history(): CommitSpec[] {
  const content = new Map<string, string>();
  const grow = (path: string, lines: string) => {
    content.set(path, (content.get(path) ?? '') + lines);
    return content.get(path) as string;
  };
  const start = Date.UTC(2023, 0, 1);
  const date = (i: number) => new Date(start + i * 3_600_000).toISOString();
  const commits: CommitSpec[] = [
    { ...OTHERS[0], date: date(0), files: Object.fromEntries(Array.from({ length: FILES }, (_, f) => [`pkg/m${f}.py`, grow(`pkg/m${f}.py`, pyLines(30, `init${f}`))])), message: 'import' },
  ];
  for (let i = 1; i < 700; i++) {
    const mine = i % 17 === 0;
    const who = mine ? ALICE : OTHERS[i % 3];
    const files: Record<string, string> = {};
    const n = 1 + (i % 2);
    for (let k = 0; k < n; k++) {
      const path = `pkg/m${(i * 7 + k * 5) % FILES}.py`;
      files[path] = grow(path, pyLines(1 + ((i * 13 + k) % 25), `c${i}_${k}`));
    }
    commits.push({ ...who, date: date(i), files });
  }
  return commits;
}

let root = '';
let cleanup: () => Promise<void> = async () => undefined;
let full: HistoryReport;
let bounded: HistoryReport;

async function analyse(bound: HistoryOptions['bound']): Promise<HistoryReport> {
  const atHead = gitIn(root, ['ls-files']).split('\n').filter(Boolean);
  return (await analyseHistory(root, { identity: { emails: [ALICE.email], names: [] }, ownCode: atHead, scanned: atHead, bound })).report;
}

beforeAll(async () => {
  ({ root, cleanup } = await fastImportRepo(history()));
  full = await analyse({ maxFullCommits: Infinity });
  bounded = await analyse({ maxFullCommits: 100, maxOtherCommits: 100 });
});
afterAll(() => cleanup());

describe('history/bound', () => {
  it('reads a small history whole, and says when a large one was bounded', () => {
    expect(full.bounded).toBeUndefined();
    expect(bounded.bounded).toEqual({ otherCommits: 659, summarisedCommits: 559, sampledCommits: 80 });
    expect(bounded.nonMergeCommits).toBe(700);
  });

  it("keeps the candidate's shares: commits exactly, lines within two points, blame and verdicts unchanged", () => {
    const [f, b] = [full.candidate, bounded.candidate];
    expect(b).toMatchObject({ commits: f?.commits, countedCommits: f?.countedCommits, commitShare: f?.commitShare, linesAdded: f?.linesAdded, blameShare: f?.blameShare });
    expect(Math.abs((b?.lineShare ?? 0) - (f?.lineShare ?? 0))).toBeLessThan(0.02);
    expect(Math.abs((b?.totalLinesAdded ?? 0) - (f?.totalLinesAdded ?? 0)) / (f?.totalLinesAdded ?? 1)).toBeLessThan(0.1);
    expect(bounded.bulkImports.map((x) => x.commit)).toEqual(full.bulkImports.map((x) => x.commit));
    const counts = (h: HistoryReport) => h.authors.map((a) => [a.email, a.commits, a.sourceCommits]).sort();
    expect(counts(bounded)).toEqual(counts(full));
  });

  it('says what was bounded in the history section and the assessment notes', () => {
    const note = "history bounded: 559 of 659 other commits summarised (counted, their own-code lines estimated from 80 sampled commits; the candidate's commits were all read in full)";
    expect(describeHistory(bounded)).toContain(note);
    const scan = { name: 'big', history: bounded, signals: [], summary: { pythonFiles: 1, languages: [] } } as unknown as RepoScan;
    expect(authorshipNotes([scan])).toContain(`authorship in big: ${note}`);
  });

  it('chooses every candidate commit, the heaviest others, and an even sample of the rest', () => {
    const commit = (i: number, paths: string[], name = 'o'): CommitRecord => ({
      hash: i.toString(16).padStart(40, '0'), name, email: `${name}@x.org`, authorTime: i, commitTime: i, subject: '', files: paths.length, added: 0, perPath: new Map(paths.map((p) => [p, 0])),
    });
    const commits = [
      ...Array.from({ length: 5 }, (_, i) => commit(100 + i, ['a.py'], 'me')),
      commit(1, ['a.py', 'b.py', 'c.py']),
      ...Array.from({ length: 20 }, (_, i) => commit(10 + i, ['a.py'])),
    ];

    const chosen = chooseFull(commits, scopeOf(['a.py', 'b.py', 'c.py']), (c) => c.name === 'me', 6);

    expect(chosen.others).toBe(21);
    expect(chosen.full.has(commits[5].hash)).toBe(true);
    for (const c of commits.slice(0, 5)) expect(chosen.full.has(c.hash)).toBe(true);
    // 5 of the candidate's, the heaviest other (a fifth of 6), and 5 evenly spaced others.
    expect(chosen.full.size).toBe(11);
    expect(chosen.sample.size).toBe(5);
  });
});
