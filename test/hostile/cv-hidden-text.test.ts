// Keyword stuffing through the built CLI (`evident cv FILE --json`): every way
// of hiding words in a PDF is flagged and kept out of the claims, and the
// reverse attack, a page full of decorative glyphs that would make a careless
// reader accuse an honest candidate, raises nothing. Each run also checks that
// nothing ran, no temp folder was left, and time (< 30 s) and peak memory
// (< 1.5 GB) stayed bounded.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLayeredPdf, textLayers, type PdfLayer } from '../helpers/pdf-layers.js';
import { attackDir, expectNotExecuted, runCliAsync } from './harness.js';

const MAX_MS = 30_000;
const MAX_RSS_MIB = 1536;
const WHITE: [number, number, number] = [1, 1, 1];

let attack: ReturnType<typeof attackDir>;
let tmp: string;
beforeEach(() => {
  attack = attackDir();
  tmp = join(attack.dir, 'tmp');
  mkdirSync(tmp);
});
afterEach(() => attack.cleanup());

interface CvJson {
  claims: { skills: { id: string }[]; redFlags: { kind: string; words?: string[] }[] };
}

/** Runs `evident cv --json` on a one-page CV with `layers` added, with the checks every attack makes. */
async function readCv(layers: PdfLayer[]): Promise<CvJson> {
  const visible = textLayers(['Bob Stone', 'bob@example.com', 'Skills', 'Python'], { top: 740 });
  const file = join(attack.dir, 'bob.pdf');
  writeFileSync(file, buildLayeredPdf([{ layers: [...visible, ...layers] }]));
  const run = await runCliAsync(['cv', file, '--json'], { cwd: attack.dir, timeoutMs: 120_000, env: { TMPDIR: tmp } });
  expect(run.code, run.stderr).toBe(0);
  expect(run.ms, 'wall time (ms)').toBeLessThan(MAX_MS);
  if (run.maxRssMiB !== undefined) expect(run.maxRssMiB, 'peak RSS (MiB)').toBeLessThan(MAX_RSS_MIB);
  expectNotExecuted(attack.marker);
  expect(readdirSync(tmp), 'temp folders left behind').toEqual([]);
  return JSON.parse(run.stdout) as CvJson;
}

const hiddenWords = (cv: CvJson) => cv.claims.redFlags.filter((f) => f.kind === 'hidden-text').flatMap((f) => f.words ?? []);

describe('hostile CVs: hidden text', () => {
  it('flags words hidden seven ways at once and claims none of them', async () => {
    const cv = await readCv([
      { kind: 'text', text: 'Kubernetes', x: 50, y: 600, color: WHITE },
      { kind: 'text', text: 'TensorFlow', x: 50, y: 580, size: 1 },
      { kind: 'text', text: 'Airflow', x: 900, y: 560 },
      { kind: 'text', text: 'Terraform', x: 50, y: 540, mode: 3 },
      { kind: 'text', text: 'Snowflake', x: 50, y: 520 },
      { kind: 'rect', x: 40, y: 510, w: 200, h: 25, color: WHITE },
      { kind: 'clip', x: 0, y: 0, w: 0, h: 0, layers: [{ kind: 'text', text: 'Databricks', x: 50, y: 500 }] },
      { kind: 'clip', x: 400, y: 100, w: 50, h: 50, layers: [{ kind: 'text', text: 'LangChain', x: 50, y: 480 }] },
    ]);

    expect(hiddenWords(cv).sort()).toEqual(['Airflow', 'Databricks', 'Kubernetes', 'LangChain', 'Snowflake', 'TensorFlow', 'Terraform']);
    expect(cv.claims.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('raises nothing for a page strewn with thousands of tiny, white and icon-font glyphs', async () => {
    const glyphs: PdfLayer[] = [];
    for (let i = 0; i < 3000; i++) {
      const x = 20 + (i % 60) * 9;
      const y = 40 + Math.floor(i / 60) * 9;
      const pick = i % 4;
      if (pick === 0) glyphs.push({ kind: 'text', text: 'abc', x, y, size: 1, font: 'glyphs' });
      else if (pick === 1) glyphs.push({ kind: 'text', text: 'de', x, y, size: 3, font: 'fontawesome', color: WHITE });
      else if (pick === 2) glyphs.push({ kind: 'text', text: '\u2022 |', x, y, size: 1 });
      else glyphs.push({ kind: 'text', text: 'o', x, y, color: WHITE });
    }

    const cv = await readCv(glyphs);

    expect(cv.claims.redFlags).toEqual([]);
    expect(cv.claims.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('reports a flood of hidden words in a bounded list', async () => {
    const flood: PdfLayer[] = Array.from({ length: 2000 }, (_, i) => ({ kind: 'text', text: `Keyword${i} Stuffing${i}`, x: 20 + (i % 10) * 55, y: 20 + Math.floor(i / 10) * 3, size: 1 }));

    const cv = await readCv(flood);

    expect(hiddenWords(cv).length).toBeGreaterThan(0);
    expect(hiddenWords(cv).length).toBeLessThanOrEqual(60);
  });
});
