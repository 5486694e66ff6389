// Attacks through the files a parser reads, and through the inputs named on
// the command line (issue 9: hangs, memory, stack). Each scan runs the built
// CLI in a child process with a hard time limit and a heap cap: it must
// finish, within generous time and memory, with the hostile file either read
// or recorded as skipped/a problem, and nothing run.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../helpers/repo.js';
import { attackDir, expectCleanFailure, expectNoTempLeft, expectNotExecuted, runCli, usePrivateTmpdir, type CliRun } from './harness.js';

/** Generous bounds: the suite shares two cores with other test files. */
const LIMIT_MS = 30_000;
const RSS_MIB = 1536;
const TEST_MS = 120_000;

// A private temp folder: other test runs on this machine cannot pass for, or hide, a temp folder these tests left behind.
const privateTmp = usePrivateTmpdir('hostile-parsers-')();

interface Listed {
  path: string;
  reason?: string;
  kind?: string;
  message?: string;
}
interface ScanOut {
  repositories: Array<{ skipped: Listed[]; problems: Listed[]; signals: Array<{ id: string; present: boolean; evidenceCount?: number }> }>;
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Builds the tree (with a marker payload beside it), scans it, and checks the run was bounded. */
async function scanTree(files: FileTree, env: NodeJS.ProcessEnv = {}, limitMs = LIMIT_MS): Promise<{ run: CliRun; scan: ScanOut; marker: string }> {
  const attack = attackDir();
  const repo = await buildRepo(files);
  cleanups.push(attack.cleanup, repo.cleanup);
  const run = await expectNoTempLeft(async () =>
    runCli(['scan', repo.root, '--format', 'json', '--no-history'], { cwd: attack.dir, timeoutMs: limitMs + 30_000, heapMiB: 1024, env }),
  );
  expect(run.code, run.stderr).toBe(0);
  expect(run.ms).toBeLessThan(limitMs);
  if (run.maxRssMiB !== undefined) expect(run.maxRssMiB).toBeLessThan(RSS_MIB);
  expectNotExecuted(attack.marker);
  return { run, scan: JSON.parse(run.stdout) as ScanOut, marker: attack.marker };
}

function listed(scan: ScanOut): Listed[] {
  const repo = scan.repositories[0];
  return [...repo.skipped, ...repo.problems];
}

describe('hostile/parsers: files in the repository', () => {
  it('reads dependency files built to be quadratic: long runs of spaces, 20k Pipfile and pyproject keys', async () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `pkg-${i} = "==1.${i}"`).join('\n');
    const { scan } = await scanTree({
      'requirements.txt': `numpy==1.26 ${' '.repeat(1_500_000)}x\n-r ${' '.repeat(200_000)}\ntorch @ ${' '.repeat(200_000)}\n$(touch PWNED)\n`,
      Pipfile: `[packages]\n${keys(20_000)}\n`,
      'pyproject.toml': `[tool.poetry.dependencies]\n${keys(20_000)}\n`,
      'setup.cfg': `[options]\ninstall_requires =\n    a${' '.repeat(300_000)}#${'#'.repeat(10)}\n`,
      Makefile: `train:${' '.repeat(500_000)}x\n\tpython train.py\n`,
    });

    expect(listed(scan).filter((l) => l.reason === 'limit' || l.kind === 'limit')).toEqual([]);
  }, TEST_MS);

  it('parses Python with 100k nested calls and 900k unclosed parentheses, or skips it at the time limit', async () => {
    const { scan } = await scanTree({
      'nested.py': `import torch\n${'torch.relu('.repeat(100_000)}x${')'.repeat(100_000)}\n`,
      'unclosed.py': `import os\n${'('.repeat(900_000)}\n`,
      'ok.py': 'import numpy as np\nnp.mean([1])\n',
    });

    for (const entry of listed(scan).filter((l) => l.reason === 'limit')) {
      expect(entry.path).toMatch(/^(nested|unclosed)\.py$/);
    }
    expect(scan.repositories[0].skipped.map((s) => s.path)).not.toContain('ok.py');
  }, TEST_MS);

  it('records a skip, not a hang, when one file outlasts the parse time limit', async () => {
    const { scan } = await scanTree(
      { 'slow.py': `${'f('.repeat(400_000)}${')'.repeat(400_000)}\n`, 'ok.py': 'import os\n' },
      { EVIDENT_PARSE_TIME_LIMIT_MS: '500' },
    );

    expect(scan.repositories[0].skipped).toContainEqual({ path: 'slow.py', reason: 'limit', detail: 'parsing took over 500 ms (time limit)' });
  }, TEST_MS);

  it('stops YAML alias expansion across thousands of GitLab CI jobs with a limit problem', async () => {
    const lines = [`.a: &a [${Array.from({ length: 50 }, (_, i) => `"echo ${i}"`).join(', ')}]`];
    lines.push(`.b: &b [${Array(50).fill('*a').join(', ')}]`, `.c: &c [${Array(50).fill('*b').join(', ')}]`);
    for (let i = 0; i < 8_000; i++) lines.push(`job${i}:\n  script: *c\n  before_script: *c\n  after_script: *c`);
    const { scan } = await scanTree({ '.gitlab-ci.yml': `${lines.join('\n')}\n` });

    // Read in part (a limit problem), or skipped at the parse time limit on a loaded machine.
    const limited = listed(scan).filter((l) => l.path === '.gitlab-ci.yml' && (l.kind === 'limit' || l.reason === 'limit'));
    expect(limited).toHaveLength(1);
  }, TEST_MS);

  it('refuses YAML nested 100k levels and more before the YAML library recurses', async () => {
    const { scan } = await scanTree({
      'deploy/k8s.yaml': `apiVersion: v1\nkind: x\nspec: ${'['.repeat(100_000)}\n`,
      '.github/workflows/ci.yml': `on: push\njobs:\n${'- '.repeat(500_000)}x\n`,
      'environment.yml': `dependencies: ${'{a: '.repeat(300_000)}\n`,
    });

    const limited = scan.repositories[0].problems.filter((p) => p.kind === 'limit').map((p) => p.path);
    expect(limited.sort()).toEqual(['.github/workflows/ci.yml', 'deploy/k8s.yaml', 'environment.yml']);
  }, TEST_MS);

  it('keeps the report when one tool has 150k uses (no spread of evidence into push)', async () => {
    const calls = (n: number) => `import torch\n${'torch.load()\n'.repeat(n)}`;
    const { scan } = await scanTree({ 'a.py': calls(75_000), 'b.py': calls(75_000) }, { EVIDENT_PARSE_TIME_LIMIT_MS: '120000' }, 90_000);

    const dl = scan.repositories[0].signals.find((s) => s.id === 'deep_learning');
    expect(dl?.present).toBe(true);
    expect(dl?.evidenceCount ?? 0).toBeGreaterThan(100_000);
  }, TEST_MS + 60_000);
});

describe('hostile/parsers: inputs named on the command line', () => {
  async function cli(args: string[], files: Record<string, string> = {}) {
    const attack = attackDir();
    cleanups.push(attack.cleanup);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(attack.dir, name), text);
    execFileSync('mkfifo', [join(attack.dir, 'fifo')]);
    const run = runCli(args, { cwd: attack.dir, timeoutMs: 30_000 });
    expectNotExecuted(attack.marker);
    return run;
  }

  it.each([
    [['role', 'init', '--from-jd', 'fifo'], 'cannot read job description fifo: a FIFO, not a regular file'],
    [['role', 'init', '--from-jd', '/dev/zero'], 'cannot read job description /dev/zero: a device, not a regular file'],
    [['role', 'init', '--from-jd', '.'], 'cannot read job description .: a directory, not a regular file'],
    [['screen', '--role', 'fifo', '--cv', 'cv.md'], 'cannot read role profile'],
    [['screen', '--role', '/dev/zero', '--cv', 'cv.md'], 'a device, not a regular file'],
  ])('refuses %j in one line, at once', async (args, message) => {
    const run = await cli(args, { 'cv.md': '# Alice\n\nPython developer.\n' });

    expectCleanFailure(run);
    expect(run.stderr).toContain(message);
    expect(run.ms).toBeLessThan(20_000);
  }, TEST_MS);

  it('refuses a role file over 4 MiB before reading it', async () => {
    const run = await cli(['screen', '--role', 'big.yaml', '--cv', 'cv.md'], { 'big.yaml': `# ${'x'.repeat(5 * 1024 * 1024)}\n`, 'cv.md': '# Alice\n' });

    expectCleanFailure(run);
    expect(run.stderr).toMatch(/role profile \S*big\.yaml is 5242883 bytes; the limit is 4194304/);
  }, TEST_MS);

  it('names the file and field of a role weight of 1e308, and of an alias bomb', async () => {
    const weights = await cli(['screen', '--role', 'r.yaml', '--cv', 'cv.md'], {
      'r.yaml': 'name: r\ntitle: R\nweights:\n  ml_fundamentals: 1e308\n  mlops_production: 1e308\n',
      'cv.md': '# Alice\n',
    });
    const bomb = ['name: r', 'title: R', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) bomb.push(`l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const aliases = await cli(['screen', '--role', 'bomb.yaml', '--cv', 'cv.md'], { 'bomb.yaml': `${bomb.join('\n')}\nweights: { ml_fundamentals: 1 }\n`, 'cv.md': '# Alice\n' });

    expectCleanFailure(weights);
    expect(weights.stderr).toContain('r.yaml:4: weights.ml_fundamentals: a weight must be a number from 0 to 100');
    expectCleanFailure(aliases);
    expect(aliases.stderr).toContain('bomb.yaml: YAML aliases expand too far');
  }, TEST_MS);
});
