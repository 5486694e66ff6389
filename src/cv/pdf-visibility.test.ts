import { describe, expect, it } from 'vitest';
import { buildLayeredPdf, textLayers, type PdfLayer } from '../../test/helpers/pdf-layers.js';
import { parseCv } from './index.js';
import { readPdf } from './pdf.js';

const WHITE: [number, number, number] = [1, 1, 1];
const NAVY: [number, number, number] = [0.1, 0.15, 0.3];

/** A one-page CV: a name, an email, a Skills heading and "Python", plus the layers under test. */
function cv(layers: PdfLayer[]): Buffer {
  const visible = textLayers(['Dana Kowalski', 'dana@example.com', 'Skills', 'Python'], { top: 740 });
  return buildLayeredPdf([{ layers: [...visible, ...layers] }]);
}

async function claimsOf(layers: PdfLayer[]) {
  return (await parseCv(cv(layers), 'dana.pdf')).claims;
}

const hiddenWords = (claims: Awaited<ReturnType<typeof claimsOf>>) => claims.redFlags.filter((f) => f.kind === 'hidden-text').flatMap((f) => f.words ?? []);

describe('cv/pdf-visibility: never an accusation for what a reader can see or what is no word', () => {
  it.each<[string, PdfLayer[]]>([
    ['bullets in a private-use glyph font at 4 pt', [{ kind: 'text', text: 'abc', x: 40, y: 680, size: 4, font: 'glyphs' }]],
    ['bullets in a private-use glyph font at 1 pt, white on white', [{ kind: 'text', text: 'a', x: 40, y: 680, size: 1, font: 'glyphs', color: WHITE }]],
    ['Font Awesome icons, tiny and white', [{ kind: 'text', text: 'bcd', x: 40, y: 660, size: 1.5, font: 'fontawesome', color: WHITE }]],
    ['a bullet, a separator and a lone letter under 2 pt', [{ kind: 'text', text: '\u2022 | o', x: 40, y: 680, size: 1 }]],
    ['a middle dot in white', [{ kind: 'text', text: '\u00b7', x: 40, y: 680, color: WHITE }]],
    ["a generator's credit line under 2 pt", [{ kind: 'text', text: 'Powered by TCPDF (www.tcpdf.org)', x: 40, y: 20, size: 1 }]],
  ])('raises no hidden-text flag for %s', async (_, layers) => {
    const claims = await claimsOf(layers);

    expect(claims.redFlags).toEqual([]);
    expect(claims.skills.map((s) => s.id)).toEqual(['python']);
  });

  it.each<[string, PdfLayer[]]>([
    ['white text on a dark sidebar drawn before it', [{ kind: 'rect', x: 400, y: 0, w: 212, h: 792, color: NAVY }, { kind: 'text', text: 'Docker Kubernetes', x: 420, y: 600, color: WHITE }]],
    ['white text on a rounded band (not a rectangle)', [{ kind: 'shape', points: [[380, 590], [600, 590], [610, 600], [600, 615], [380, 615], [370, 600]], color: NAVY }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, color: WHITE }]],
    ['white text on a gradient header', [{ kind: 'gradient', x: 0, y: 580, w: 612, h: 40, from: NAVY, to: [0.2, 0.4, 0.6] }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, color: WHITE }]],
    ['text on a coloured box drawn before it', [{ kind: 'rect', x: 390, y: 590, w: 200, h: 25, color: [1, 0.9, 0.5] }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }]],
    ['text under a translucent highlight drawn after it', [{ kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }, { kind: 'rect', x: 390, y: 590, w: 200, h: 25, color: [1, 1, 0], alpha: 0.4 }]],
    ['text under a Multiply highlight drawn after it', [{ kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }, { kind: 'rect', x: 390, y: 590, w: 200, h: 25, color: [1, 1, 0], blend: 'Multiply' }]],
    ['black text over its own glyph outlines drawn as black shapes (PDF24)', [{ kind: 'shape', points: [[400, 598], [420, 612], [440, 598], [470, 612], [500, 598]], color: [0, 0, 0] }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }]],
    ['text inside a clip region that holds it', [{ kind: 'clip', x: 380, y: 580, w: 220, h: 40, layers: [{ kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }] }]],
    ['a line a grey heading bar overprints by a layout accident', [{ kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600 }, { kind: 'rect', x: 20, y: 595, w: 570, h: 15, color: [0.9, 0.9, 0.9] }]],
    ['transparent text over the same words drawn as glyph outlines (Chromium)', [{ kind: 'shape', points: [[400, 598], [420, 612], [440, 598], [470, 612], [500, 598]], color: [0, 0, 0] }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, alpha: 0 }]],
    ['invisible text over a picture (an OCR layer over a scan)', [{ kind: 'image', x: 380, y: 580, w: 220, h: 40 }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, mode: 3 }]],
    ['a line covered and drawn again on top (PDF24, Canva)', [{ kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, size: 12 }, { kind: 'rect', x: 390, y: 590, w: 200, h: 25, color: WHITE }, { kind: 'text', text: 'Docker Kubernetes', x: 400, y: 600, size: 10 }]],
  ])('reads %s as visible', async (_, layers) => {
    const claims = await claimsOf(layers);

    expect(claims.redFlags).toEqual([]);
    expect(claims.skills.map((s) => s.id)).toContain('kubernetes');
  });
});

describe('cv/pdf-visibility: hidden words are flagged and left out of the claims', () => {
  it.each<[string, PdfLayer[], string]>([
    ['white text on a white page', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600, color: WHITE }], 'same-colour-as-background'],
    ['white text on a white box inside a dark sidebar', [{ kind: 'rect', x: 400, y: 0, w: 212, h: 792, color: NAVY }, { kind: 'rect', x: 410, y: 590, w: 190, h: 25, color: WHITE }, { kind: 'text', text: 'Kubernetes TensorFlow', x: 420, y: 600, color: WHITE }], 'same-colour-as-background'],
    ['navy text on a navy sidebar', [{ kind: 'rect', x: 400, y: 0, w: 212, h: 792, color: NAVY }, { kind: 'text', text: 'Kubernetes TensorFlow', x: 420, y: 600, color: NAVY }], 'same-colour-as-background'],
    ['text under 2 pt', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600, size: 1.5 }], 'tiny-font'],
    ['text placed off the page', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 700, y: 600 }], 'off-page'],
    ['text in invisible render mode', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600, mode: 3 }], 'invisible-render-mode'],
    ['fully transparent text', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600, alpha: 0 }], 'transparent'],
    ['text covered by a later opaque white rectangle', [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600 }, { kind: 'rect', x: 40, y: 590, w: 300, h: 25, color: WHITE }], 'covered'],
    ['text covered by a later navy rectangle on a navy band', [{ kind: 'rect', x: 0, y: 580, w: 612, h: 40, color: NAVY }, { kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600, color: WHITE }, { kind: 'rect', x: 40, y: 590, w: 300, h: 25, color: NAVY }], 'covered'],
    ['text in an empty clip path', [{ kind: 'clip', x: 50, y: 600, w: 0, h: 0, layers: [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600 }] }], 'clipped'],
    ['text outside its clip region', [{ kind: 'clip', x: 300, y: 100, w: 100, h: 50, layers: [{ kind: 'text', text: 'Kubernetes TensorFlow', x: 50, y: 600 }] }], 'clipped'],
  ])('flags %s', async (_, layers, reason) => {
    const doc = await readPdf(cv(layers));
    const claims = await claimsOf(layers);

    expect(doc.hidden.map((h) => [h.text, h.reason])).toEqual([['Kubernetes TensorFlow', reason]]);
    expect(hiddenWords(claims)).toEqual(['Kubernetes TensorFlow']);
    expect(claims.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('lists only the words when bullets and icons are hidden beside them', async () => {
    const claims = await claimsOf([
      { kind: 'text', text: 'ab', x: 40, y: 600, size: 1, font: 'glyphs' },
      { kind: 'text', text: '\u2022', x: 40, y: 590, size: 1 },
      { kind: 'text', text: 'MLflow Airflow', x: 50, y: 580, size: 1 },
    ]);

    expect(hiddenWords(claims)).toEqual(['MLflow Airflow']);
    expect(claims.redFlags[0].message).toMatch(/^1 piece\(s\) of text a reader cannot see \(tiny-font\)/);
  });

  it('reads text from 2 pt up as visible', async () => {
    const claims = await claimsOf([{ kind: 'text', text: 'Docker Kubernetes', x: 50, y: 600, size: 3 }]);

    expect(claims.redFlags).toEqual([]);
    expect(claims.skills.map((s) => s.id)).toContain('kubernetes');
  });
});
