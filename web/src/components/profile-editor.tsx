// Editing a role's weights (0–100 per competency, shown as shares of the
// total) and its must-haves (a signal present, or a competency at a minimum).
import { useId, useState } from 'react';
import { COMPETENCIES, COMPETENCY_IDS, SIGNAL_IDS, SIGNALS } from '../labels.js';
import type { CompetencyId, MustHave, SignalId } from '../types.js';
import { Button } from './ui.js';

type Weights = Partial<Record<CompetencyId, number>>;

export function WeightsEditor({ weights, onChange }: { weights: Weights; onChange: (w: Weights) => void }) {
  const total = COMPETENCY_IDS.reduce((n, id) => n + (weights[id] ?? 0), 0);
  return (
    <div className="weights">
      {COMPETENCY_IDS.map((id) => {
        const value = weights[id] ?? 0;
        const share = total > 0 ? Math.round((value * 100) / total) : 0;
        return (
          <div className="weight-row" key={id}>
            <label htmlFor={`w-${id}`} className="weight-label">
              {COMPETENCIES[id]}
            </label>
            <input
              id={`w-${id}`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={value}
              aria-valuetext={`${value}, ${share}% of the role`}
              onChange={(e) => onChange({ ...weights, [id]: Number(e.target.value) })}
            />
            <input
              type="number"
              className="weight-number"
              min={0}
              max={100}
              value={value}
              aria-label={`${COMPETENCIES[id]} weight`}
              onChange={(e) => onChange({ ...weights, [id]: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })}
            />
            <span className="weight-share" aria-hidden="true">
              {share}%
            </span>
          </div>
        );
      })}
      {total === 0 && <p className="field-error">At least one competency needs a weight above 0.</p>}
    </div>
  );
}

function mustHaveText(m: MustHave): string {
  return 'signal' in m ? `${SIGNALS[m.signal]} present` : `${COMPETENCIES[m.competency]} at least ${m.min}`;
}

export function MustHavesEditor({ value, onChange }: { value: MustHave[]; onChange: (m: MustHave[]) => void }) {
  const id = useId();
  const [kind, setKind] = useState<'signal' | 'competency'>('signal');
  const [signal, setSignal] = useState<SignalId>('tests');
  const [competency, setCompetency] = useState<CompetencyId>('mlops_production');
  const [min, setMin] = useState(40);

  const add = () => {
    const next: MustHave = kind === 'signal' ? { signal } : { competency, min };
    if (value.some((m) => mustHaveText(m) === mustHaveText(next))) return;
    onChange([...value, next]);
  };

  return (
    <div className="musthaves">
      {value.length === 0 ? (
        <p className="dim">No must-haves: every candidate is ranked on fit alone.</p>
      ) : (
        <ul className="chip-list" aria-label="Must-haves">
          {value.map((m, i) => (
            <li key={mustHaveText(m)} className="chip">
              {mustHaveText(m)}
              <button type="button" className="chip-remove" aria-label={`Remove must-have: ${mustHaveText(m)}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="musthave-add">
        <legend>Add a must-have</legend>
        <div className="inline-fields">
          <label htmlFor={`${id}-kind`} className="visually-hidden">
            Kind of must-have
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as 'signal' | 'competency')}>
            <option value="signal">A signal is present</option>
            <option value="competency">A competency reaches a score</option>
          </select>
          {kind === 'signal' ? (
            <>
              <label htmlFor={`${id}-signal`} className="visually-hidden">
                Signal
              </label>
              <select id={`${id}-signal`} value={signal} onChange={(e) => setSignal(e.target.value as SignalId)}>
                {SIGNAL_IDS.map((s) => (
                  <option key={s} value={s}>
                    {SIGNALS[s]}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label htmlFor={`${id}-comp`} className="visually-hidden">
                Competency
              </label>
              <select id={`${id}-comp`} value={competency} onChange={(e) => setCompetency(e.target.value as CompetencyId)}>
                {COMPETENCY_IDS.map((c) => (
                  <option key={c} value={c}>
                    {COMPETENCIES[c]}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-min`}>at least</label>
              <input id={`${id}-min`} type="number" className="weight-number" min={0} max={100} value={min} onChange={(e) => setMin(Math.max(0, Math.min(100, Number(e.target.value) || 0)))} />
            </>
          )}
          <Button onClick={add}>Add</Button>
        </div>
      </fieldset>
    </div>
  );
}
