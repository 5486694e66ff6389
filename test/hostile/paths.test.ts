// Attacks through what a candidate folder names: repos.txt lines that point
// outside the folder (absolute paths, `..`, symbolic links), file:// URLs,
// transport helpers and option injection. Each is a problem recorded for
// that candidate; the batch goes on and the others are ranked (exit 1).
// The CSV manifest is the operator's: its paths may be anywhere, its URLs
// pass the same allow-list (file:// allowed there).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBatch } from '../../src/screen/candidates.js';
import { MAX_CANDIDATE_FILE_BYTES } from '../../src/screen/candidate-inputs.js';
import { CANDIDATE_REPO } from '../helpers/candidate.js';
import { attackDir, expectNoTempLeft, expectNotExecuted, runCli, timed } from './harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** A good candidate, plus one candidate per hostile repos.txt line; a secret file outside every folder. */
async function hostileBatch() {
  const attack = attackDir();
  cleanups.push(attack.cleanup);
  const outside = join(attack.dir, 'outside');
  await writeTree(outside, { 'secret.py': 'import torch\nSECRET_LINE = "do-not-show"\n' });
  const batch = join(attack.dir, 'batch');
  const good = Object.fromEntries(Object.entries(CANDIDATE_REPO).map(([p, c]) => [`good/proj/${p}`, c]));
  const pwn = `touch ${attack.marker}`;
  const lines: Record<string, string> = {
    absolute: outside,
    etc: '/etc',
    dotdot: '../../outside',
    link: './proj',
    fileurl: `file://${outside}`,
    ext: `ext::sh -c ${pwn.replace(/ /g, '% ')}`,
    fd: 'fd::17',
    uploadpack: `--upload-pack=${pwn}`,
    proxy: `ssh://-oProxyCommand=${pwn.replace(/ /g, '%20')}/x/y`,
    scpopt: `git@example.org:--upload-pack=${pwn.replace(/ /g, '_')}`,
    dashpath: '-oProxyCommand=x',
  };
  await writeTree(batch, {
    ...good,
    'good/cv.md': '# Good Candidate\n\nPython, scikit-learn, FastAPI\n',
    'good/candidate.yaml': 'label: good\n',
    ...Object.fromEntries(Object.entries(lines).map(([id, line]) => [`${id}/repos.txt`, `# hostile\n${line}\n`])),
    'big/repos.txt': `${'# padding\n'.repeat(MAX_CANDIDATE_FILE_BYTES / 10 + 10)}./x\n`,
    'big/cv.md': '# Big\n',
  });
  // The link candidate's proj/ is a symbolic link to the folder outside.
  await symlink(outside, join(batch, 'link/proj'));
  await writeFile(join(batch, 'link/cv.md'), '# Link\n');
  // A CV that is a link to a file outside is not a CV at all.
  await mkdir(join(batch, 'cvlink'));
  await symlink(join(outside, 'secret.py'), join(batch, 'cvlink/cv.md'));
  return { ...attack, batch, outside, ids: Object.keys(lines) };
}

const REASONS: Record<string, RegExp> = {
  absolute: /repos\.txt line 2: .* is outside the candidate's folder/,
  etc: /repos\.txt line 2: \/etc is outside the candidate's folder/,
  dotdot: /repos\.txt line 2: \.\.\/\.\.\/outside is outside the candidate's folder/,
  link: /repos\.txt line 2: \.\/proj is outside the candidate's folder/,
  fileurl: /repos\.txt line 2: refused git URL file:\/\/.*: file URLs are not enabled here/,
  ext: /repos\.txt line 2: refused git URL ext::.*transport helpers/,
  fd: /repos\.txt line 2: refused git URL fd::17: transport helpers/,
  uploadpack: /repos\.txt line 2: --upload-pack=.* looks like a command-line option/,
  proxy: /repos\.txt line 2: refused git URL ssh:\/\/-oProxyCommand.*: invalid host/,
  scpopt: /repos\.txt line 2: refused git URL git@example\.org:--upload-pack.*: not a valid URL/,
  dashpath: /repos\.txt line 2: -oProxyCommand=x looks like a command-line option/,
};

describe('hostile/paths: candidate folders', () => {
  it('refuses every repos.txt entry outside the folder or off the allow-list, for that candidate only', async () => {
    const { batch, marker } = await hostileBatch();

    const candidates = await readBatch(batch);

    const byId = Object.fromEntries(candidates.map((c) => [c.id, c]));
    for (const [id, reason] of Object.entries(REASONS)) {
      expect(byId[id].input, id).toBeUndefined();
      expect(byId[id].error, id).toMatch(reason);
    }
    expect(byId.big.error).toBe(`repos.txt is larger than ${MAX_CANDIDATE_FILE_BYTES / 1024} KiB`);
    expect(byId.cvlink.error).toBe('no CV file and no repositories in the folder');
    expect(byId.good.input?.repos).toEqual([join(batch, 'good/proj')]);
    expectNotExecuted(marker);
  });

  it('ranks the good candidate through the CLI, lists every refused one, exits 1, runs nothing, reads nothing outside', async () => {
    const { batch, marker, ids } = await hostileBatch();

    const run = await expectNoTempLeft(async () => runCli(['rank', '--template', 'mlops-engineer', '--as-of', '2026-11-23', '--no-history', '--jobs', '2', batch], { timeoutMs: 120_000 }));

    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^1 +good +\d+/m);
    expect(run.stdout).toContain(`${ids.length + 2} candidate(s) could not be screened:`);
    for (const id of ids) expect(run.stdout).toMatch(new RegExp(`^  ${id}: repos\\.txt line 2: `, 'm'));
    expect(run.stdout).not.toContain('SECRET_LINE');
    expect(run.stdout).not.toContain('do-not-show');
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.ms).toBeLessThan(120_000);
    expectNotExecuted(marker);
  });

  it('accepts a path inside the folder, also through a link that stays inside', async () => {
    const attack = attackDir();
    cleanups.push(attack.cleanup);
    await writeTree(attack.dir, { 'c/work/proj/app.py': 'print(1)\n', 'c/repos.txt': 'work/proj\n./inner-link # a link inside\n' });
    await symlink(join(attack.dir, 'c/work'), join(attack.dir, 'c/inner-link'));

    const [c] = await readBatch(attack.dir);

    expect(c.error).toBeUndefined();
    expect(c.input?.repos).toEqual([join(attack.dir, 'c/work'), join(attack.dir, 'c/work/proj'), join(attack.dir, 'c/work')]);
  });
});

describe('hostile/paths: the operator\'s CSV manifest', () => {
  it('resolves paths against the manifest anywhere, allows file:// URLs, and refuses helpers and options per row', async () => {
    const attack = attackDir();
    cleanups.push(attack.cleanup);
    await writeTree(attack.dir, { 'shared/proj/app.py': 'print(1)\n', 'lists/batch.csv': '' });
    const rows = [
      'id,cv,repos',
      'ok,,../shared/proj',
      `local,,file://${attack.dir}/shared/proj`,
      `helper,,"https://github.com/a/b.git; ext::sh -c touch% ${attack.marker}"`,
      `option,,--upload-pack=touch ${attack.marker}`,
      `proxy,,ssh://-oProxyCommand=x/a/b`,
      'cvopt,--output=x.pdf,',
    ];
    await writeFile(join(attack.dir, 'lists/batch.csv'), `${rows.join('\n')}\n`);

    const run = await timed(() => readBatch(join(attack.dir, 'lists/batch.csv')));

    expect(run.error).toBeUndefined();
    const byId = Object.fromEntries((run.value ?? []).map((c) => [c.id, c]));
    expect(byId.ok.input?.repos).toEqual([join(attack.dir, 'shared/proj')]);
    expect(byId.local.input?.repos).toEqual([`file://${attack.dir}/shared/proj`]);
    expect(byId.helper.error).toMatch(/^row 4: repos entry 2: refused git URL ext::.*transport helpers/);
    expect(byId.option.error).toMatch(/^row 5: repos entry 1: --upload-pack=.* looks like a command-line option/);
    expect(byId.proxy.error).toMatch(/^row 6: repos entry 1: refused git URL ssh:\/\/-oProxyCommand.*invalid host/);
    expect(byId.cvopt.error).toMatch(/^row 7: cv --output=x\.pdf looks like a command-line option/);
    expectNotExecuted(attack.marker);
  });
});
