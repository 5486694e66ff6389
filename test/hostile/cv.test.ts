// Attacks through CV files, each run through the built CLI: `evident cv FILE`
// refuses with one clear line and exit code 2, and `evident rank` records the
// problem for that candidate and ranks the others. Every attack also checks
// that nothing ran, no temp folder was left, and that time (< 30 s) and peak
// memory (< 1.5 GB) stayed bounded. Hostile files are built here: a content
// stream of 300,000 operators, Flate streams of zeros that inflate to 3 GB,
// XML entity tricks and a zip bomb inside a DOCX.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, CANDIDATE_REPO, cvText } from '../helpers/candidate.js';
import { buildPdf, deflatedZeros, manyOperators, textLines } from '../helpers/pdf.js';
import { buildZip } from '../helpers/zip.js';
import { attackDir, expectCleanFailure, expectNotExecuted, runCli, type CliRun } from './harness.js';

const MAX_MS = 30_000;
const MAX_RSS_MIB = 1536;
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

let attack: ReturnType<typeof attackDir>;
/** The CLI's TMPDIR, private to the test (other suites' temp folders come and go in the shared one). */
let tmp: string;
beforeEach(() => {
  attack = attackDir();
  tmp = join(attack.dir, 'tmp');
  mkdirSync(tmp);
});
afterEach(() => attack.cleanup());

/** Runs the CLI in the attack folder and makes the checks every attack makes. */
function evident(args: string[]): CliRun {
  const run = runCli(args, { cwd: attack.dir, timeoutMs: 120_000, env: { TMPDIR: tmp } });
  expect(run.ms, 'wall time (ms)').toBeLessThan(MAX_MS);
  if (run.maxRssMiB !== undefined) expect(run.maxRssMiB, 'peak RSS (MiB)').toBeLessThan(MAX_RSS_MIB);
  expectNotExecuted(attack.marker);
  expect(readdirSync(tmp), 'temp folders left behind').toEqual([]);
  return run;
}

/** Runs `evident cv` on `name` in the attack folder (written from `bytes` unless already there). */
function cv(name: string, bytes?: Buffer | string): CliRun {
  const path = name.startsWith('/') ? name : join(attack.dir, name);
  if (bytes !== undefined) writeFileSync(path, bytes);
  return evident(['cv', path]);
}

function writeFiles(files: Record<string, Buffer | string>): void {
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(attack.dir, name)), { recursive: true });
    writeFileSync(join(attack.dir, name), bytes);
  }
}

function expectRefused(run: CliRun, message: RegExp): void {
  expectCleanFailure(run, 2);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^evident: /);
  expect(lines[0]).toMatch(message);
}

const CV_LINES = ['Bob Stone', 'Experience', 'ML Engineer, Example Shop, 2021 - 2024', 'Skills', 'Python, PyTorch, Docker'];

/** A DOCX whose word/document.xml is `xml` as given. */
function docxWith(documentXml: string): Buffer {
  const relsNs = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships ${relsNs}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/document.xml', data: documentXml },
  ]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordXml = (doctype: string, body: string) => `<?xml version="1.0"?>${doctype}<w:document ${W}><w:body><w:p><w:r><w:t>Bob Stone</w:t></w:r></w:p><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`;

describe('hostile CVs: PDFs that cost too much are stopped with one line', { timeout: 150_000 }, () => {
  it('a content stream of 300,000 operators', () => {
    const run = cv('ops.pdf', buildPdf([{ content: { data: manyOperators(300_000) } }]));

    expectRefused(run, /CV PDF is too complex to read: page 1 has over 50000 drawing operations/);
  });

  it('operators spread over pages, each page under the cap', () => {
    const pages = Array.from({ length: 5 }, () => ({ content: { data: manyOperators(45_000) } }));

    const run = cv('pages.pdf', buildPdf(pages));

    expectRefused(run, /too complex to read: its pages have over 200000 drawing operations/);
  });

  it.each([
    ['the page content', (zeros: Buffer) => buildPdf([{ content: { data: zeros, filter: 'FlateDecode' } }])],
    ['the metadata stream', (zeros: Buffer) => buildPdf([{ texts: textLines(CV_LINES) }], { metadata: { data: zeros, filter: 'FlateDecode' } })],
  ])('a 3 MB Flate stream that inflates to 3 GB, in %s', (_, make) => {
    const pdf = make(deflatedZeros(3 * GiB));
    expect(pdf.length).toBeLessThan(4 * MiB);

    const run = cv('bomb.pdf', pdf);

    expectRefused(run, /CV PDF holds streams that inflate to over 512 MB \(a compression bomb\?\); it was not read/);
  });

  it('many small Flate streams that inflate to 600 MB together', () => {
    const pages = Array.from({ length: 6 }, () => ({ content: { data: deflatedZeros(100 * MiB), filter: 'FlateDecode' } }));

    expectRefused(cv('many.pdf', buildPdf(pages)), /inflate to over 512 MB/);
  });

  it.each([
    ['encrypted with a password', buildPdf([{ texts: textLines(CV_LINES) }], { encrypted: true }), /encrypted with a password/],
    ['corrupt', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n'), /not a readable PDF \(corrupt or truncated\)/],
    ['truncated', buildPdf([{ texts: textLines(CV_LINES) }]).subarray(0, 300), /not a readable PDF/],
    ['not a PDF at all', Buffer.from('<html><script>alert(1)</script></html>'), /not a readable PDF \(no PDF header\)/],
  ])('a PDF %s', (_, bytes, message) => {
    expectRefused(cv('cv.pdf', bytes), message);
  });

  it('a JavaScript action is never run; the text is read', () => {
    const js = `require('fs').writeFileSync(${JSON.stringify(attack.marker)}, 'x')`;
    const pdf = buildPdf([{ texts: textLines(CV_LINES) }])
      .toString('latin1')
      .replace('/Type /Catalog', `/Type /Catalog /OpenAction << /S /JavaScript /JS (${js.replace(/[()\\]/g, '\\$&')}) >>`);

    const run = cv('js.pdf', Buffer.from(pdf, 'latin1'));

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Bob Stone');
  });
});

describe('hostile CVs: DOCX and other files', { timeout: 150_000 }, () => {
  it('an external entity (XXE) is not fetched', () => {
    const secret = join(attack.dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-42');
    const xml = wordXml(`<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>`, 'Python &xxe; PyTorch');

    const run = cv('xxe.docx', docxWith(xml));

    expect(`${run.stdout}${run.stderr}`).not.toContain('TOP-SECRET-42');
    expectRefused(run, /the file is not a readable DOCX \(its document part is damaged\)/);
  });

  it('nested entities (billion laughs) are not expanded', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = wordXml(`<!DOCTYPE w:document [<!ENTITY l0 "lol">${levels}]>`, 'Python &l9;');

    const run = cv('laughs.docx', docxWith(xml));

    expect(run.stdout.length).toBeLessThan(100_000);
    expectRefused(run, /the file is not a readable DOCX \(its document part is damaged\)/);
  });

  it('a DOCX whose parts unpack to over 80 MB (a zip bomb)', () => {
    const run = cv('bomb.docx', docxWith(wordXml('', ' '.repeat(100 * MiB))));

    expectRefused(run, /the DOCX is too large to read once unpacked/);
  });

  it('a DOCX whose document part is 3 MB of paragraphs (mammoth would build a tree of all of it)', () => {
    const paragraphs = Array.from({ length: 70_000 }, (_, i) => `<w:p><w:r><w:t>Python ${i.toString(36)}</w:t></w:r></w:p>`).join('');
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
    expect(xml.length).toBeGreaterThan(2 * MiB);

    expectRefused(cv('long.docx', docxWith(xml)), /the DOCX is too large to read: an XML part is over 2 MB/);
  });

  it.each([
    ['400,000 lines', Array.from({ length: 400_000 }, (_, i) => `Python engineer ${i.toString(36)} 2019 - 2021 at Foo`).join('\n'), 'read the first 5000 of 400000 lines'],
    ['one line of 5 MB', Array.from({ length: 500_000 }, (_, i) => `Python ${i.toString(36)}`).join(' '), 'lines over 2000 characters were cut'],
  ])('a text CV of %s is read up to the text limits, and says so', (_, text, note) => {
    expect(text.length).toBeGreaterThan(5 * MiB);
    writeFiles({ 'cv.txt': text });

    const run = evident(['cv', join(attack.dir, 'cv.txt'), '--json']);

    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { notes: string[] }).notes).toContain(note);
  });

  it.each([
    ['a DOCX that is not a zip', 'cv.docx', 'PK but not a zip at all', /not a readable DOCX \(not a zip archive\)/],
    ['a text CV over 20 MB', 'cv.txt', 'Python engineer\n'.repeat(1_500_000), /the CV file is too large \(over 20 MB\)/],
    ['an empty file', 'cv.md', '', /the CV file is empty/],
  ])('%s', (_, name, bytes, message) => {
    expectRefused(cv(name, bytes), message);
  });

  it('a FIFO is not opened for reading (it would block)', () => {
    execFileSync('mkfifo', [join(attack.dir, 'cv.pdf')]);

    expectRefused(cv('cv.pdf'), /^evident: not a file: cv\.pdf$/);
  });

  it('/dev/zero is not read', () => {
    expectRefused(cv('/dev/zero'), /^evident: not a file: zero$/);
  });
});

describe('hostile CVs in a batch: the problem is recorded, the others are ranked', { timeout: 150_000 }, () => {
  it('evident rank over a manifest of hostile CVs, with a cache', () => {
    const repo = Object.fromEntries(Object.entries(CANDIDATE_REPO).map(([path, text]) => [`repo/${path}`, text]));
    writeFiles({
      ...repo,
      'alice.md': cvText(ALICE),
      'bomb.pdf': buildPdf([{ content: { data: deflatedZeros(3 * GiB), filter: 'FlateDecode' } }]),
      'locked.pdf': buildPdf([{ texts: textLines(CV_LINES) }], { encrypted: true }),
    });
    execFileSync('mkfifo', [join(attack.dir, 'fifo.pdf')]);
    const rows = ['alice,alice.md,repo', 'bomb,bomb.pdf,repo', 'locked,locked.pdf,repo', 'fifo,fifo.pdf,repo', 'zero,/dev/zero,repo'];
    writeFileSync(join(attack.dir, 'batch.csv'), `id,cv,repos\n${rows.join('\n')}\n`);

    const run = evident(['rank', 'batch.csv', '--template', 'mlops-engineer', '--format', 'json', '--as-of', '2026-01-15', '--cache', 'cache', '--jobs', '3', '--no-history']);

    expect(run.code, run.stderr).toBe(0);
    const { candidates, failures } = JSON.parse(run.stdout) as RankJson;
    expect(failures).toEqual([]);
    const problems = Object.fromEntries(candidates.map((c) => [c.id, c.assessment.notes.filter((n) => n.startsWith('the CV could not be read'))]));
    expect(problems).toEqual({
      alice: [],
      bomb: ['the CV could not be read: CV PDF holds streams that inflate to over 512 MB (a compression bomb?); it was not read'],
      locked: ['the CV could not be read: the PDF is encrypted with a password; export an unprotected copy'],
      fifo: ['the CV could not be read: not a file: fifo.pdf'],
      zero: ['the CV could not be read: not a file: zero'],
    });
    // Every candidate is ranked on the repository they share; only Alice has CV claims.
    expect(candidates.every((c) => typeof c.rank === 'number')).toBe(true);
    expect(candidates.find((c) => c.id === 'alice')?.assessment.candidate.identity.names).toEqual(['Alice Martin']);
  });
});

interface RankJson {
  candidates: { id: string; rank: number | null; assessment: { notes: string[]; candidate: { identity: { names: string[] } } } }[];
  failures: { id: string; error: string }[];
}
