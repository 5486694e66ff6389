// Credentials never leave through an output: a token or password in a
// repository URL (raw `@` in the password, scp-style logins, `?token=`
// query values) is used to clone and never printed, stored or reported:
// not in errors, notes, identity links, rank JSON/CSV/HTML, Markdown or the
// terminal. One function (util/redact.ts) does it everywhere.
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../../src/assess/role-profile.js';
import { parseGitUrl } from '../../src/ingest/git-url.js';
import { renderAssessmentHtml } from '../../src/report/assessment-html.js';
import { renderAssessmentMarkdown } from '../../src/report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../../src/report/assessment-terminal.js';
import { renderRankCsv, renderRankJson, renderRankTerminal } from '../../src/report/rank.js';
import { renderRankHtml } from '../../src/report/rank-html.js';
import { readBatch } from '../../src/screen/candidates.js';
import { rankCandidates } from '../../src/app/rank-candidates.js';
import { redactSecrets } from '../../src/util/redact.js';
import { buildRepo } from '../helpers/repo.js';
import { attackDir, expectNoTempLeft, runCli } from './harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Every secret below starts with this, so a leak of any part of one is found. */
const SECRET = 'S3CR';

describe('hostile/leaks: redactSecrets', () => {
  it.each`
    text                                                                          | shown
    ${'https://alice:S3CR@T@github.com/alice/x.git'}                             | ${'https://github.com/alice/x.git'}
    ${'https://alice:S3CR/T@github.com/alice/x.git'}                             | ${'https://github.com/alice/x.git'}
    ${'https://ghp_S3CRxyz@github.com/alice/x.git'}                              | ${'https://github.com/alice/x.git'}
    ${"fatal: unable to access 'https://alice:S3CR@x@example.org/a/b/': 403"}    | ${"fatal: unable to access 'https://example.org/a/b/': 403"}
    ${'refused git URL alice:S3CRET@example.org:alice/x.git: not a valid URL'}   | ${'refused git URL example.org:alice/x.git: not a valid URL'}
    ${'no such file: /cands/c/alice:S3CRET@example.org:a/x'}                     | ${'no such file: /cands/c/example.org:a/x'}
    ${'https://gitlab.com/a/b.git?private_token=S3CRET&ref=main'}                | ${'https://gitlab.com/a/b.git?private_token=***&ref=main'}
    ${'https://h.org/a/b?x=1&access_token=S3CRET#frag'}                          | ${'https://h.org/a/b?x=1&access_token=***#frag'}
    ${'https://a.org/x,https://u:S3CRET@b.org/y'}                                | ${'https://a.org/x,https://b.org/y'}
    ${'git@github.com:alice/x.git'}                                              | ${'git@github.com:alice/x.git'}
    ${'mailto:alice@example.com'}                                                | ${'mailto:alice@example.com'}
    ${'https://example.org:8443/a/b'}                                            | ${'https://example.org:8443/a/b'}
  `('$text → $shown', ({ text, shown }: { text: string; shown: string }) => {
    expect(redactSecrets(text)).toBe(shown);
  });

  it('removes any password, raw @ : / ? # included, from a URL (property)', () => {
    const chars = fc.constantFrom(...'abcXYZ019@:/?#%!$&()*+,;=-._~'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 30 }), fc.constantFrom('https', 'ssh', 'git+ssh', 'git'), (rest, scheme) => {
        const url = `${scheme}://alice:${SECRET}${rest}@github.com/alice/proj.git`;
        const shown = redactSecrets(`cannot clone ${url}: fatal`);
        expect(shown).not.toContain(SECRET);
        // Without / ? # in the password nothing of it is left at all.
        if (!/[/?#]/.test(rest)) expect(shown).toBe(`cannot clone ${scheme}://github.com/alice/proj.git: fatal`);
      }),
      { numRuns: 500 },
    );
  });

  it('takes linear time: a megabyte of adversarial text is redacted in seconds, not hours', () => {
    const mb = 1_000_000;
    for (const text of ['a'.repeat(mb), `https://${'a'.repeat(mb)}`, `https://x/${'/a:@'.repeat(mb / 4)}`, `https://x/?${'a'.repeat(mb)}=`, ' a:b'.repeat(mb / 4)]) {
      const started = performance.now();
      redactSecrets(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(10_000);
    }
  });

  it('never shows a password in a refusal or a display name, however the URL is spelt', () => {
    for (const url of [
      `http://alice:${SECRET}@x@example.org/a/b`,
      `alice:${SECRET}@example.org:a/b.git`,
      `alice:${SECRET}@x@example.org:a/b.git`,
      `ftp://alice:${SECRET}@example.org/a/b`,
      `https://alice:${SECRET}@-example.org/a/b`,
      `https://alice:${SECRET}${'x'.repeat(400)}@example.org/a/b`,
    ]) {
      let shown: string;
      try {
        shown = parseGitUrl(url).display;
      } catch (err) {
        shown = (err as Error).message;
      }
      expect(shown, url).not.toContain(SECRET);
    }
    expect(parseGitUrl(`https://alice:${SECRET}@x@example.org/a/b.git`).display).toBe('https://example.org/a/b.git');
  });
});

describe('hostile/leaks: rank and screen outputs', () => {
  /** A batch whose URLs carry credentials; the clones fail fast (nothing listens on port 1 of the loopback). */
  async function leakyBatch() {
    const { root, cleanup } = await buildRepo({
      'leaky/cv.md': '# Lea Ky\n\nlea@example.com\n\n## Skills\n\nPython, PyTorch\n',
      'leaky/repos.txt': [
        `https://lea:${SECRET}@T-1@127.0.0.1:1/lea/proj.git`,
        `https://127.0.0.1:1/lea/other.git?access_token=${SECRET}-2`,
        `https://ghp_${SECRET}3@127.0.0.1:1/lea/tok.git`,
      ].join('\n'),
      'scp/cv.md': '# Scp\n',
      'scp/repos.txt': `lea:${SECRET}-5@example.org:lea/x.git\n`,
      'plain/cv.md': '# Plain\n\nPython\n',
    });
    cleanups.push(cleanup);
    return root;
  }

  it('keeps credentials out of identity links, notes, failures and every rank format', async () => {
    const root = await leakyBatch();
    const role = loadRoleFile(templatePath('mlops-engineer'));

    const result = await expectNoTempLeft(async () => rankCandidates(await readBatch(root), { role, asOf: '2026-11-23', history: false }));

    const leaky = result.ranked.find((r) => r.id === 'leaky')?.assessment;
    expect(leaky?.candidate.identity?.links).toEqual(
      expect.arrayContaining(['https://127.0.0.1:1/lea/proj.git', 'https://127.0.0.1:1/lea/other.git?access_token=***', 'https://127.0.0.1:1/lea/tok.git']),
    );
    expect(leaky?.notes.filter((n) => n.includes('could not be read'))).toHaveLength(3);
    expect(result.failures).toEqual([{ id: 'scp', error: 'repos.txt line 1: refused git URL example.org:lea/x.git: not a valid URL' }]);
    const outputs = [
      JSON.stringify(result),
      renderRankJson(result),
      renderRankCsv(result),
      renderRankHtml(result),
      renderRankTerminal(result),
      ...result.ranked.flatMap((r) => [renderAssessmentHtml(r.assessment), renderAssessmentMarkdown(r.assessment), renderAssessmentTerminal(r.assessment)]),
    ];
    for (const out of outputs) expect(out).not.toContain(SECRET);
  });

  it('keeps credentials out of the CLI: rank stdout and JSON, scan errors (raw @, scp-style)', async () => {
    const root = await leakyBatch();
    const work = attackDir();
    cleanups.push(work.cleanup);

    const rank = runCli(['rank', '--template', 'mlops-engineer', '--as-of', '2026-11-23', '--no-history', root], { timeoutMs: 120_000 });
    const json = runCli(['rank', '--template', 'mlops-engineer', '--as-of', '2026-11-23', '--no-history', '--format', 'json', root], { timeoutMs: 120_000 });
    const rawAt = runCli(['scan', `https://lea:${SECRET}@T@127.0.0.1:1/lea/proj.git`], { cwd: work.dir });
    const scp = runCli(['scan', `lea:${SECRET}@example.org:lea/x.git`], { cwd: work.dir });
    const query = runCli(['scan', `https://127.0.0.1:1/lea/proj.git?token=${SECRET}`], { cwd: work.dir });

    expect(rank.code, rank.stderr).toBe(1);
    expect(json.code, json.stderr).toBe(1);
    expect(JSON.parse(json.stdout).failures).toHaveLength(1);
    for (const run of [rank, json, rawAt, scp, query]) {
      expect(run.stdout + run.stderr).not.toContain(SECRET);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    for (const run of [rawAt, scp, query]) expect(run.code).toBe(2);
    expect(rawAt.stderr).toMatch(/^evident: cannot clone https:\/\/127\.0\.0\.1:1\/lea\/proj\.git: /);
  }, 300_000);
});
