// The team's roles, each with its emphasis and its candidates.
import { useLoad } from '../components/use-load.js';
import { Badge, ButtonLink, Card, Empty, ErrorMessage, Loading, PageHeader } from '../components/ui.js';
import { COMPETENCIES, COMPETENCY_IDS } from '../labels.js';
import { Link } from '../router.js';
import type { Role } from '../types.js';

/** The role's two heaviest competencies, as "MLOps and production 45% · Engineering basics 25%". */
export function emphasis(role: Role): string {
  const w = role.profile.weights;
  const total = COMPETENCY_IDS.reduce((n, id) => n + (w[id] ?? 0), 0) || 1;
  return COMPETENCY_IDS.filter((id) => (w[id] ?? 0) > 0)
    .sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0))
    .slice(0, 2)
    .map((id) => `${COMPETENCIES[id]} ${Math.round(((w[id] ?? 0) * 100) / total)}%`)
    .join(' · ');
}

/** The role's weights as one bar, widest competency first (the text beside it says the same). */
function WeightStrip({ role }: { role: Role }) {
  const w = role.profile.weights;
  const total = COMPETENCY_IDS.reduce((n, id) => n + (w[id] ?? 0), 0) || 1;
  const ids = COMPETENCY_IDS.filter((id) => (w[id] ?? 0) > 0).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0));
  return (
    <div className="weight-strip" aria-hidden="true">
      {ids.map((id, i) => (
        <span key={id} className={`strip-${i}`} style={{ width: `${((w[id] ?? 0) * 100) / total}%` }} title={COMPETENCIES[id]} />
      ))}
    </div>
  );
}

export function RolesPage() {
  const roles = useLoad<{ roles: Role[] }>('/roles');
  return (
    <>
      <PageHeader title="Roles" eyebrow="Hiring" actions={<ButtonLink to="/roles/new" variant="primary">New role</ButtonLink>}>
        <p className="lead">What each role needs: competency weights, must-haves and red flags. Candidates are assessed against their role.</p>
      </PageHeader>
      <ErrorMessage>{roles.error}</ErrorMessage>
      {roles.loading && !roles.data ? (
        <Loading />
      ) : roles.data?.roles.length === 0 ? (
        <Empty title="No roles yet">
          <p>Start from a template or paste a job description.</p>
          <ButtonLink to="/roles/new" variant="primary">
            Create the first role
          </ButtonLink>
        </Empty>
      ) : (
        <div className="role-grid">
          {roles.data?.roles.map((r) => (
            <Card key={r.id} className="role-card">
              <h2 className="role-card-title">
                <Link to={`/roles/${r.id}/candidates`}>{r.title}</Link>
              </h2>
              <WeightStrip role={r} />
              <p className="dim role-card-emphasis">{emphasis(r)}</p>
              <p className="role-card-meta">
                <span>
                  <strong>{r.candidates ?? 0}</strong> candidate{r.candidates === 1 ? '' : 's'}
                </span>
                <span>{r.profile.must_haves.length} must-haves</span>
                {r.blind && <Badge tone="info">Blind</Badge>}
              </p>
              <div className="role-card-actions">
                <ButtonLink to={`/roles/${r.id}/candidates`}>Compare candidates</ButtonLink>
                <ButtonLink to={`/roles/${r.id}`} variant="ghost">
                  Edit<span className="visually-hidden"> {r.title}</span>
                </ButtonLink>
              </div>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
