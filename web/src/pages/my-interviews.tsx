// The candidates assigned to the signed-in user, with their rounds and
// whether the scorecard is in.
import { useLoad } from '../components/use-load.js';
import { Badge, ButtonLink, Empty, ErrorMessage, Loading, PageHeader } from '../components/ui.js';
import { Link } from '../router.js';
import type { MyAssignment } from '../types.js';

export function MyInterviewsPage() {
  const loaded = useLoad<{ assignments: MyAssignment[] }>('/me/assignments');
  const rows = loaded.data?.assignments ?? [];
  return (
    <>
      <PageHeader title="My interviews" eyebrow="Interviews">
        <p className="lead">The candidates you interview. Open one for your kit and scorecard.</p>
      </PageHeader>
      <ErrorMessage>{loaded.error}</ErrorMessage>
      {loaded.loading && !loaded.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty title="Nothing assigned to you">When a recruiter assigns you to an interview round, the candidate appears here.</Empty>
      ) : (
        <ul className="assignment-list">
          {rows.map((a) => (
            <li key={a.candidateId} className="card assignment">
              <div>
                <h2 className="assignment-title">
                  <Link to={`/candidates/${a.candidateId}/scorecard`}>{a.label}</Link>
                </h2>
                <p className="dim">
                  {a.roleTitle ?? 'No role'} · round{a.rounds.length > 1 ? 's' : ''} {a.rounds.join(', ')}
                </p>
              </div>
              <div className="assignment-side">
                {a.submitted ? <Badge tone="ok">Scorecard submitted</Badge> : <Badge tone="warn">Scorecard to fill</Badge>}
                <ButtonLink to={`/candidates/${a.candidateId}/${a.submitted ? 'decision' : 'scorecard'}`} variant={a.submitted ? 'secondary' : 'primary'}>
                  {a.submitted ? 'See the decision' : 'Open kit and scorecard'}
                  <span className="visually-hidden"> for {a.label}</span>
                </ButtonLink>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
