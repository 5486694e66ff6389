// The repositories discovery found for a candidate, as a checked list: each
// with what it is, why it was found, how sure it is to be the candidate's own
// work, and why it was chosen or not. Names and addresses come from the hosts
// and the CV, so they are shown as text, never as links.
import type { ConfidenceLevel, DiscoveryRow, DiscoveryView } from '../../../src/model/index.js';
import { Badge } from './ui.js';

const CONFIDENCE: Record<ConfidenceLevel, { label: string; tone: 'ok' | 'info' | 'warn' }> = {
  high: { label: 'Likely theirs', tone: 'ok' },
  medium: { label: 'Maybe theirs', tone: 'info' },
  low: { label: 'Probably not theirs', tone: 'warn' },
};

const KIND: Record<DiscoveryRow['kind'], string> = { repository: 'Repository', model: 'Model', space: 'Space', dataset: 'Dataset' };
const SERVICE: Record<DiscoveryRow['service'], string> = { github: 'GitHub', gitlab: 'GitLab', huggingface: 'Hugging Face' };

/** The ticks a list starts with: the recruiter's saved choice, else what discovery chose. */
export function initialTicks(view: DiscoveryView): Set<string> {
  return new Set(view.repos.filter((r) => r.ticked).map((r) => r.key));
}

function foundVia(row: DiscoveryRow): string {
  const via = row.foundVia.map((v) => (v === 'CV' ? 'the CV' : v));
  if (row.namedOnCv && !via.includes('the CV')) via.push('the CV');
  return via.join(', ');
}

export function DiscoveryList({ view, ticked, onToggle, disabled }: { view: DiscoveryView; ticked: ReadonlySet<string>; onToggle: (key: string, on: boolean) => void; disabled?: boolean }) {
  if (view.repos.length === 0) return <p className="dim">No repositories were found on these profiles or on the CV.</p>;
  return (
    <fieldset className="discovery">
      <legend>Repositories found ({view.repos.length}); the ticked ones are screened</legend>
      <ul className="discovery-list">
        {view.repos.map((row) => {
          const confidence = CONFIDENCE[row.confidence.level];
          const id = `discovered-${row.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
          return (
            <li key={row.key} className={`discovery-row${row.selectable ? '' : ' discovery-row-off'}`}>
              <input
                id={id}
                type="checkbox"
                checked={ticked.has(row.key)}
                disabled={disabled || !row.selectable}
                aria-describedby={`${id}-why`}
                onChange={(e) => onToggle(row.key, e.target.checked)}
              />
              <div className="discovery-body">
                <label htmlFor={id} className="discovery-name">
                  {row.fullName}
                </label>
                <span className="dim small">
                  {' '}
                  {SERVICE[row.service]} {KIND[row.kind].toLowerCase()}
                  {row.language ? ` · ${row.language}` : ''}
                  {row.activeAt ? ` · active ${row.activeAt}` : ''}
                </span>
                <div className="discovery-badges">
                  <Badge tone={confidence.tone}>{confidence.label}</Badge>
                  {row.chosen ? <Badge tone="accent">Chosen by discovery</Badge> : <Badge>Not chosen</Badge>}
                  {row.added && <Badge tone="info">Will be screened</Badge>}
                </div>
                <p id={`${id}-why`} className="discovery-why">
                  <span className="discovery-label">Whose work:</span> {row.confidence.why}.<br />
                  <span className="discovery-label">Found through:</span> {foundVia(row)}.<br />
                  <span className="discovery-label">Choice:</span> {row.reason}
                  {!row.selectable && <> (it cannot be screened)</>}
                </p>
                {row.description && <p className="dim small discovery-description">{row.description}</p>}
                <p className="dim small mono discovery-url">{row.webUrl}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Each profile read, and what came of it, in one line. */
export function DiscoveryProfiles({ view }: { view: DiscoveryView }) {
  if (view.profiles.length === 0) return <p className="dim">No profile was read: the CV names none, and none was given.</p>;
  return (
    <ul className="discovery-profiles">
      {view.profiles.map((p) => (
        <li key={`${p.service}:${p.user}`}>
          <span className="mono">{p.url}</span> <span className="dim small">({p.from === 'cv' ? 'on the CV' : 'given'})</span>:{' '}
          {p.status === 'ok' ? `${p.found} found` : (p.message ?? p.status)}
          {p.status === 'ok' && p.message ? ` (${p.message})` : ''}
        </li>
      ))}
    </ul>
  );
}
