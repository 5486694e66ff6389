// The radar chart of the HTML report as an SVG element: the candidate's
// competency scores (0–100) against the role's emphasis (each weight relative
// to the largest). Its title reads every value for screen readers.
import type { CompetencyScore } from '../types.js';
import { isEvidenced, NO_EVIDENCE_SCORE } from './wording.js';

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 140;

function point(i: number, n: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * Math.max(0, Math.min(100, value))) / 100;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const points = (values: number[]) => values.map((v, i) => point(i, values.length, v).map((x) => x.toFixed(1)).join(',')).join(' ');

export function Radar({ competencies }: { competencies: readonly CompetencyScore[] }) {
  const n = competencies.length;
  if (n < 3) return null;
  const maxWeight = Math.max(0, ...competencies.map((c) => c.roleWeight));
  const role = competencies.map((c) => (maxWeight > 0 ? (100 * c.roleWeight) / maxWeight : 0));
  const summary = competencies.map((c) => `${c.title} ${isEvidenced(c) ? c.score : NO_EVIDENCE_SCORE} (role weight ${Math.round(c.roleWeight)}%)`).join('; ');
  return (
    <figure className="radar-figure">
      <svg className="radar" viewBox={`-165 10 ${SIZE + 330} ${SIZE - 20}`} role="img" aria-labelledby="radar-title">
        <title id="radar-title">{`Competency scores against the role's weights: ${summary}`}</title>
        {[25, 50, 75, 100].map((v) => (
          <polygon key={v} className="ring" points={points(competencies.map(() => v))} />
        ))}
        {competencies.map((c, i) => {
          const [x, y] = point(i, n, 100);
          return <line key={c.id} className="axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />;
        })}
        <polygon className="role" points={points(role)} />
        <polygon className="score" points={points(competencies.map((c) => c.score))} />
        {competencies.map((c, i) => {
          const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
          const x = CENTER + (RADIUS + 14) * Math.cos(angle);
          const y = CENTER + (RADIUS + 14) * Math.sin(angle);
          const anchor = Math.abs(Math.cos(angle)) < 0.2 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
          const dy = Math.sin(angle) > 0.5 ? 16 : Math.sin(angle) < -0.5 ? -8 : 6;
          return (
            <text key={c.id} x={x} y={y + dy} textAnchor={anchor}>
              {c.title} <tspan className="num">{isEvidenced(c) ? c.score : '—'}</tspan>
            </text>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span>
          <i className="legend-score" />
          candidate's scores
        </span>
        <span>
          <i className="legend-role" />
          role emphasis (weight relative to the largest)
        </span>
      </figcaption>
    </figure>
  );
}
