// The evidence behind each competency score: every signal that earned points,
// why, and the cited source lines as they are written in the repository
// (candidate text: React escapes it; nothing in it is ever run or linked).
import { SIGNALS } from '../labels.js';
import type { Assessment, CitedEvidence, CompetencyScore } from '../types.js';
import { Section } from './sections.js';
import { isEvidenced } from './wording.js';

/** `src/app.py:42` → ['src/app.py', '42']; a notebook cell keeps its `#cell=N`. */
function splitLocation(location: string): [string, string | undefined] {
  const m = /^(.*):(\d+)$/.exec(location);
  return m ? [m[1], m[2]] : [location, undefined];
}

function Citation({ e }: { e: CitedEvidence }) {
  const [path, line] = splitLocation(e.location);
  return (
    <figure className="citation">
      <figcaption>
        <span className="citation-repo">{e.repository}</span>
        <span className="citation-path">
          {path}
          {line && <span className="citation-line">:{line}</span>}
        </span>
      </figcaption>
      {e.snippet ? (
        <pre className="snippet">
          {line && (
            <span className="snippet-gutter" aria-hidden="true">
              {line}
            </span>
          )}
          <code>{e.snippet}</code>
        </pre>
      ) : (
        <p className="snippet-match">
          matched <code>{e.match}</code>
        </p>
      )}
    </figure>
  );
}

function CompetencyEvidence({ c }: { c: CompetencyScore }) {
  const rows = c.contributions.filter((x) => x.credit > 0);
  return (
    <div className="evidence-group">
      <h3>
        {c.title}: {isEvidenced(c) ? <span className="num">{c.score}/100</span> : 'not scored'}
      </h3>
      {rows.length === 0 ? (
        <p className="dim">{isEvidenced(c) ? 'No evidence.' : 'None of its signals is in the repositories screened.'}</p>
      ) : (
        <ul className="evidence-list">
          {rows.map((x) => (
            <li key={x.signal} className="evidence-item">
              <div className="evidence-head">
                <span className="evidence-signal">
                  {SIGNALS[x.signal] ?? x.signal} <code className="dim">{x.signal}</code>
                </span>
                <span className="evidence-points" aria-label={`${x.points} of ${x.weight} points`}>
                  {x.points}/{x.weight}
                </span>
              </div>
              <p className="evidence-why">
                {x.reason}
                {x.author && x.author !== 'unknown' && <span className="dim"> · written by {x.author === 'candidate' ? 'the candidate' : 'someone else'}</span>}
              </p>
              {x.cited.length > 0 ? (
                <div className="citations">
                  {x.cited.map((e, i) => (
                    <Citation key={i} e={e} />
                  ))}
                </div>
              ) : (
                x.evidence.length > 0 && (
                  <p className="small">
                    {x.evidence.map((e, i) => (
                      <code key={i}>{e}</code>
                    ))}
                  </p>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Evidence({ a }: { a: Assessment }) {
  return (
    <Section id="evidence" title="Evidence" intro="Each point is backed by a line of the candidate's code: the file, the line number, and the line as written.">
      {a.competencies.map((c) => (
        <CompetencyEvidence key={c.id} c={c} />
      ))}
    </Section>
  );
}
