// Real-people review: a repository whose working tree was empty was reported
// "not assessed: no Python code" though its last commit holds 103 Python
// files. A folder whose working tree lacks files its HEAD commit tracks is
// screened as it is on disk, and the report says so next to it, in every format.
import { existsSync } from 'node:fs';
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { renderAssessmentHtml } from '../report/assessment-html.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../report/assessment-terminal.js';
import { renderScanMarkdown } from '../report/markdown.js';
import { renderScanTerminal } from '../report/terminal.js';
import { trackedFiles, worktreeGap } from './worktree.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const author = { name: 'Ada', email: 'ada@example.com', date: '2026-01-05T10:00:00Z' };

/** A repository committing `python` Python files, a README and a data file. */
async function paperRepo(python: number) {
  const files: Record<string, string> = { 'README.md': '# paper code\n', 'data/config.yaml': 'lr: 0.1\n' };
  for (let i = 0; i < python; i++) files[`src/model_${i}.py`] = `import numpy as np\n\ndef f${i}(x):\n    return np.mean(x) + ${i}\n`;
  const repo = await buildGitRepo([{ ...author, files }]);
  cleanups.push(repo.cleanup);
  return repo.root;
}

describe('ingest/worktree: a working tree that lacks what its commit tracks', () => {
  it('reads regular files from ls-tree output, leaving links and submodules out', () => {
    const out = ['100644 blob aa\ta.py', '100755 blob bb\trun.sh', '120000 blob cc\tlink', '160000 commit dd\tvendor/lib', ''].join('\0');
    expect(trackedFiles(out)).toEqual(['a.py', 'run.sh']);
  });

  it('says nothing of a clean checkout, nor of a folder without git', async () => {
    const root = await paperRepo(3);
    expect(await worktreeGap(root)).toBeUndefined();
    await rm(join(root, '.git'), { recursive: true, force: true });
    expect(await worktreeGap(root)).toBeUndefined();
  });

  it('counts the tracked files the working tree lacks (deleted and not committed)', async () => {
    const root = await paperRepo(4);
    await rm(join(root, 'src', 'model_0.py'));
    await rm(join(root, 'data'), { recursive: true });
    expect(await worktreeGap(root)).toEqual({ tracked: 6, missing: 2, trackedPython: 4, missingPython: 1 });
  });

  it("never runs the repository's own git config", async () => {
    const root = await paperRepo(2);
    const marker = join(root, '..', `pwned-${Date.now()}`);
    await appendFile(join(root, '.git', 'config'), `[core]\n\tfsmonitor = touch ${marker}\n[alias]\n\tls-tree = !touch ${marker}\n`);
    await rm(join(root, 'src'), { recursive: true });
    expect((await worktreeGap(root))?.missingPython).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });

  it('an emptied working tree is never "no Python code": the report says what the commit holds, in every format', async () => {
    const root = await paperRepo(5);
    // A checkout that failed: every tracked file deleted, nothing committed.
    for (const p of ['src', 'data', 'README.md']) await rm(join(root, p), { recursive: true, force: true });

    const scan = await scanRepository(root, { history: false });
    expect(scan.summary.pythonFiles).toBe(0);
    expect(scan.worktree).toEqual({ tracked: 7, missing: 7, trackedPython: 5, missingPython: 5 });

    const sentence = 'the working tree lacks 7 of the 7 files its last commit tracks, 5 of its 5 Python files among them: screened what is on disk';
    const a = assessCandidate({ label: 'A', scans: [scan], role: loadRoleFile(templatePath('python-ai-engineer')), asOf: '2026-06-01' });
    const repo = a.maturity.repositories[0];
    expect(repo.name).toBe('not assessed: the working tree holds none of the 5 Python files its last commit tracks');
    expect(repo.worktree).toBe(sentence);

    for (const text of [renderAssessmentMarkdown(a), renderAssessmentTerminal(a), renderAssessmentHtml(a), JSON.stringify(a), renderScanMarkdown([scan]), renderScanTerminal([scan])]) {
      expect(text).toContain('working tree lacks 7 of the 7 files its last commit tracks');
      // The repository is never "no Python code"; a signal may say what the files screened held.
      expect(text.replace(/no Python code in the files screened/g, '')).not.toMatch(/no Python code/);
    }
  });

  it('a partly checked-out repository keeps its assessment, with the sentence beside it', async () => {
    const root = await paperRepo(3);
    await rm(join(root, 'src', 'model_2.py'));
    const scan = await scanRepository(root, { history: false });
    const a = assessCandidate({ label: 'A', scans: [scan], role: loadRoleFile(templatePath('python-ai-engineer')), asOf: '2026-06-01' });
    expect(scan.summary.pythonFiles).toBe(2);
    expect(a.maturity.repositories[0].name).not.toMatch(/not assessed/);
    expect(a.maturity.repositories[0].worktree).toBe('the working tree lacks 1 of the 5 files its last commit tracks, 1 of its 3 Python files among them: screened what is on disk');
  });
});
