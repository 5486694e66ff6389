// An inline SVG radar chart: the candidate's competency scores (0–100) against
// the role's emphasis (each weight relative to the role's largest weight).
// Fixed decimals keep the output byte-identical between runs.
import type { CompetencyScore } from '../assess/types.js';
import { isEvidenced, NO_EVIDENCE_SCORE } from '../model/assessment.js';
import { htmlText } from '../util/safe-text.js';

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 130;

function point(i: number, n: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * Math.max(0, Math.min(100, value))) / 100;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const fmt = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`;

function polygon(values: number[], cls: string): string {
  return `<polygon class="${cls}" points="${values.map((v, i) => fmt(point(i, values.length, v))).join(' ')}"/>`;
}

function label(i: number, n: number, s: CompetencyScore): string {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const x = CENTER + (RADIUS + 16) * Math.cos(angle);
  const y = CENTER + (RADIUS + 16) * Math.sin(angle);
  const anchor = Math.abs(Math.cos(angle)) < 0.2 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
  const dy = Math.sin(angle) > 0.5 ? 12 : Math.sin(angle) < -0.5 ? -4 : 4;
  return `<text x="${x.toFixed(1)}" y="${(y + dy).toFixed(1)}" text-anchor="${anchor}">${htmlText(s.title)} <tspan class="num">${isEvidenced(s) ? s.score : '—'}</tspan></text>`;
}

export function radarSvg(competencies: readonly CompetencyScore[]): string {
  const n = competencies.length;
  const rings = [25, 50, 75, 100].map((v) => `<polygon class="ring" points="${competencies.map((_, i) => fmt(point(i, n, v))).join(' ')}"/>`);
  const axes = competencies.map((_, i) => {
    const [x, y] = point(i, n, 100);
    return `<line class="axis" x1="${CENTER}" y1="${CENTER}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`;
  });
  const maxWeight = Math.max(0, ...competencies.map((c) => c.roleWeight));
  const role = competencies.map((c) => (maxWeight > 0 ? (100 * c.roleWeight) / maxWeight : 0));
  const scores = competencies.map((c) => c.score);
  const summary = competencies.map((c) => `${c.title} ${isEvidenced(c) ? c.score : NO_EVIDENCE_SCORE} (role weight ${Math.round(c.roleWeight)}%)`).join('; ');
  return [
    `<svg class="radar" xmlns="http://www.w3.org/2000/svg" viewBox="-90 0 ${SIZE + 180} ${SIZE}" role="img" aria-labelledby="radar-title">`,
    `<title id="radar-title">Competency scores against the role's weights: ${htmlText(summary)}</title>`,
    ...rings,
    ...axes,
    polygon(role, 'role'),
    polygon(scores, 'score'),
    ...competencies.map((s, i) => label(i, n, s)),
    '</svg>',
  ].join('\n');
}
