// Attacks through a candidate's own git repository: its config, hooks,
// attributes, `.git` file and object store are hostile. No git command may
// run a program or reach the network because of them, and the history is
// still read from what can be read.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/index.js';
import type { RepoScan } from '../../src/scan/types.js';
import { buildZip, type ZipEntry } from '../helpers/zip.js';
import {
  ALICE,
  candidateRepo,
  dropObject,
  extUrl,
  firesWithPlainGit,
  gitdirFile,
  gitIn,
  programConfig,
  promisorConfig,
  setConfig,
  writeAttributes,
  writeHooks,
} from './git-attacks.js';
import { attackDir, expectNoTempLeft, expectNotExecuted, runCli, timed, usePrivateTmpdir } from './harness.js';

const CANDIDATE = { emails: [ALICE.email], names: [] };
// A private temp folder: other test runs on this machine cannot pass for, or hide, a temp folder these tests left behind.
const privateTmp = usePrivateTmpdir('hostile-git-')();

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup() {
  const attack = attackDir();
  const repo = await candidateRepo();
  cleanups.push(attack.cleanup, repo.cleanup);
  return { ...attack, ...repo, gitDir: join(repo.root, '.git') };
}

/** Scans through the library: bounded in time, no temp folder left. */
async function scan(root: string): Promise<RepoScan> {
  const run = await expectNoTempLeft(() => timed(() => scanRepository(root, { candidate: CANDIDATE })));
  expect(run.error).toBeUndefined();
  expect(run.ms).toBeLessThan(30_000);
  return run.value as RepoScan;
}

/** Scans through the built CLI; returns the JSON report. */
function scanCli(root: string): RepoScan {
  const run = runCli(['scan', root, '--candidate-email', ALICE.email, '--format', 'json'], { timeoutMs: 60_000 });
  expect(run.code, run.stderr).toBe(0);
  expect(run.ms).toBeLessThan(60_000);
  return (JSON.parse(run.stdout) as { repositories: RepoScan[] }).repositories[0];
}

/** The history of a partial clone missing Bob's first version of lib/core.py. */
function expectPartialHistory(scanned: RepoScan): void {
  expect(scanned.history).toMatchObject({ available: true, nonMergeCommits: 3, candidate: { commits: 2 } });
  expect(scanned.history?.authors.map((a) => [a.email, a.commits])).toEqual([
    [ALICE.email, 2],
    ['bob@upstream.org', 1],
  ]);
  expect(scanned.history?.partial).toMatchObject({ unreadableCommits: 2, truncated: false });
  expect(scanned.history?.partial?.reason).toMatch(/missing/);
}

describe('hostile git repositories', () => {
  it('a partial clone with an ext:: promisor remote and a missing blob: nothing fetched, authorship from what can be read (library)', async () => {
    const t = await setup();
    await dropObject(t.gitDir, t.oldBlob);
    setConfig(t.gitDir, promisorConfig(extUrl(t.marker)));
    expect(firesWithPlainGit(t.root, ['log', '--numstat', 'HEAD'], t.marker)).toBe(true);

    const scanned = await scan(t.root);

    expectNotExecuted(t.marker);
    expectPartialHistory(scanned);
    expect(scanned.source.commit).toBe(gitIn(t.root, ['rev-parse', 'HEAD']).trim());
  });

  it('the same partial clone through `evident scan DIR --candidate-email`', async () => {
    const t = await setup();
    await dropObject(t.gitDir, t.oldBlob);
    setConfig(t.gitDir, promisorConfig(extUrl(t.marker)));

    const scanned = scanCli(t.root);

    expectNotExecuted(t.marker);
    expectPartialHistory(scanned);
  });

  it('a promisor remote over ssh with core.sshCommand', async () => {
    const t = await setup();
    await dropObject(t.gitDir, t.oldBlob);
    setConfig(t.gitDir, { ...promisorConfig('ssh://evil.invalid/repo.git'), 'core.sshCommand': `touch ${t.marker}; false` });
    expect(firesWithPlainGit(t.root, ['log', '--numstat', 'HEAD'], t.marker)).toBe(true);

    const scanned = await scan(t.root);

    expectNotExecuted(t.marker);
    expectPartialHistory(scanned);
  });

  it('fsmonitor, pager, hooks, filters, textconv, external diff and the like in config and attributes: none runs, results unchanged', async () => {
    const clean = await setup();
    const baseline = await scan(clean.root);
    const t = await setup();
    setConfig(t.gitDir, programConfig(t.marker));
    await writeHooks(t.gitDir, t.root, t.marker);
    await writeAttributes(t.root, t.gitDir);
    expect(firesWithPlainGit(t.root, ['status'], t.marker)).toBe(true);
    expect(firesWithPlainGit(t.root, ['log', '-p', '--ext-diff', '-1'], t.marker)).toBe(true);

    const scanned = await scan(t.root);

    expectNotExecuted(t.marker);
    expect(scanned.history?.partial).toBeUndefined();
    expect(comparable(scanned)).toEqual(comparable(baseline));
  });

  it('include.path pulls another config file with the same payloads', async () => {
    const t = await setup();
    await dropObject(t.gitDir, t.oldBlob);
    const included = join(t.root, 'docs', 'settings.cfg');
    await mkdir(join(t.root, 'docs'), { recursive: true });
    await writeFile(included, '');
    setConfig(t.gitDir, { ...promisorConfig(extUrl(t.marker)), ...programConfig(t.marker) }, included);
    setConfig(t.gitDir, { 'include.path': '../docs/settings.cfg' });
    expect(firesWithPlainGit(t.root, ['log', '--numstat', 'HEAD'], t.marker)).toBe(true);

    const scanned = await scan(t.root);

    expectNotExecuted(t.marker);
    expectPartialHistory(scanned);
  });

  it('blame.ignoreRevsFile cannot hide commits from blame, nor hang it on a FIFO', async () => {
    const clean = await setup();
    const baseline = await scan(clean.root);
    const t = await setup();
    const alicesRewrite = gitIn(t.root, ['rev-parse', 'HEAD~1']).trim();
    await writeFile(join(t.root, '.git-blame-ignore-revs'), `${alicesRewrite}\n`);
    execFileSync('mkfifo', [join(t.root, 'revs.fifo')]);
    setConfig(t.gitDir, { 'blame.ignoreRevsFile': '.git-blame-ignore-revs', 'blame.markIgnoredLines': 'true' });
    gitIn(t.gitDir, ['config', '--file', join(t.gitDir, 'config'), '--add', 'blame.ignoreRevsFile', join(t.root, 'revs.fifo')]);

    const scanned = await scan(t.root);

    expect(scanned.history?.candidate).toEqual(baseline.history?.candidate);
    expect(comparable(scanned)).toEqual(comparable(baseline));
  });

  it('a `.git` FILE with `gitdir: meta` in a local folder: meta/config is not honoured', async () => {
    const t = await setup();
    const meta = await gitdirFile(t.root);
    await dropObject(meta, t.oldBlob);
    setConfig(meta, { ...promisorConfig(extUrl(t.marker)), ...programConfig(t.marker) });
    expect(firesWithPlainGit(t.root, ['log', '--numstat', 'HEAD'], t.marker)).toBe(true);

    const scanned = scanCli(t.root);

    expectNotExecuted(t.marker);
    expectPartialHistory(scanned);
  });

  it('a `.git` file pointing outside the folder is not followed', async () => {
    const t = await setup();
    const other = await candidateRepo();
    cleanups.push(other.cleanup);
    await rm(t.gitDir, { recursive: true });
    await writeFile(t.gitDir, `gitdir: ${join(other.root, '.git')}\n`);

    const scanned = await scan(t.root);

    expect(scanned.history).toMatchObject({ available: false });
    expect(scanned.history?.reason).toMatch(/outside/);
    expect(scanned.source.commit).toBeUndefined();
  });

  it('alternates pointing outside the folder are dropped; alternates inside it are read', async () => {
    const t = await setup();
    const outside = await candidateRepo();
    cleanups.push(outside.cleanup);
    const shared = join(t.dir, 'shared');
    gitIn(t.dir, ['clone', '-q', '--shared', outside.root, shared]);

    const borrowed = await scan(shared);

    expect(borrowed.history).toMatchObject({ available: false });
    expect(borrowed.source.commit).toBeUndefined();

    const store = join(t.root, 'store');
    await rename(join(t.gitDir, 'objects'), store);
    await mkdir(join(t.gitDir, 'objects', 'info'), { recursive: true });
    await writeFile(join(t.gitDir, 'objects', 'info', 'alternates'), '../../store\n');

    const inside = await scan(t.root);

    expect(inside.history).toMatchObject({ available: true, nonMergeCommits: 3, candidate: { commits: 2 } });
    expect(inside.history?.partial).toBeUndefined();
  });

  it('an uploaded .zip holding a `.git` file and a hostile git dir runs nothing', async () => {
    const t = await setup();
    const meta = await gitdirFile(t.root);
    await dropObject(meta, t.oldBlob);
    setConfig(meta, { ...promisorConfig(extUrl(t.marker)), ...programConfig(t.marker) });
    const zip = join(t.dir, 'upload.zip');
    await writeFile(zip, buildZip(zipEntries(t.root, 'upload')));

    const run = runCli(['scan', zip, '--candidate-email', ALICE.email, '--format', 'json'], { timeoutMs: 60_000 });

    expectNotExecuted(t.marker);
    expect(run.code, run.stderr).toBe(0);
  });
});

/** What two scans of the same history must agree on. */
function comparable(s: RepoScan) {
  return { history: s.history, signals: s.signals.map((x) => ({ id: x.id, present: x.present, evidence: x.evidence })) };
}

function zipEntries(root: string, prefix: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const rel = `${prefix}/${relative(root, abs)}`;
      if (statSync(abs).isDirectory()) walk(abs);
      else entries.push({ name: rel, data: readFileSync(abs) });
    }
  };
  walk(root);
  return entries;
}
