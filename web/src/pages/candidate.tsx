// A candidate's page: the header (role, status, exports, delete) and one view
// at a time: overview (sources and screening), the report, interviews, the
// interviewer's scorecard, the decision.
import { useState } from 'react';
import { api } from '../api.js';
import { CandidateSources } from '../components/candidate-sources.js';
import { RepositoryDiscovery } from '../components/repo-discovery.js';
import { StatusBadge } from '../components/status.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Badge, Button, Empty, ErrorMessage, Loading, PageHeader, Tabs, type Tab } from '../components/ui.js';
import { Link, navigate } from '../router.js';
import { isStaff, useUser } from '../session.js';
import type { CandidateDetail } from '../types.js';
import { CandidateDecision } from './candidate-decision.js';
import { CandidateInterviews } from './candidate-interviews.js';
import { CandidateReport } from './candidate-report.js';
import { CandidateScorecard } from './candidate-scorecard.js';

export type CandidateTab = 'overview' | 'report' | 'interviews' | 'scorecard' | 'decision';

function DeleteCandidate({ detail }: { detail: CandidateDetail }) {
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const remove = async () => {
    const done = await action.run(async () => {
      await api.delete(`/candidates/${detail.candidate.id}`);
      return true;
    });
    if (done) navigate(detail.role ? `/roles/${detail.role.id}/candidates` : '/candidates');
  };
  if (!asking) {
    return (
      <Button variant="ghost" className="btn-danger-text" onClick={() => setAsking(true)}>
        Delete candidate
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm deletion">
      <p>
        Delete <strong>{detail.candidate.label}</strong>? Every file, scan, assessment, scorecard and decision about them is removed. This cannot be undone.
      </p>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="button-row">
        <Button variant="danger" busy={action.busy} onClick={() => void remove()} autoFocus>
          Delete permanently
        </Button>
        <Button variant="ghost" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

function tabsFor(id: string, staff: boolean, mine: boolean, tab: CandidateTab): Tab[] {
  const all: Array<[CandidateTab, string, string, boolean]> = [
    ['overview', 'Overview', '', staff],
    ['report', 'Evidence report', 'Report', true],
    ['interviews', 'Interviews', '', staff],
    ['scorecard', 'My scorecard', 'Scorecard', mine],
    ['decision', 'Decision', '', staff || mine],
  ];
  return all
    .filter(([, , , show]) => show)
    .map(([t, label, short]) => ({ to: t === 'overview' ? `/candidates/${id}` : `/candidates/${id}/${t}`, label, short: short || undefined, current: t === tab }));
}

export function CandidatePage({ id, tab }: { id: string; tab: CandidateTab }) {
  const user = useUser();
  const staff = isStaff(user);
  const loaded = useLoad<CandidateDetail>(`/candidates/${id}`);
  const detail = loaded.data;

  if (loaded.status === 404) {
    return (
      <Empty title="No such candidate">
        They may have been deleted, or they are not assigned to you. <Link to={staff ? '/candidates' : '/interviews'}>Back</Link>
      </Empty>
    );
  }
  if (loaded.error && !detail) return <ErrorMessage>{loaded.error}</ErrorMessage>;
  if (!detail) return <Loading label="Loading the candidate" />;

  const mine = detail.assignments.some((a) => a.interviewerId === user.id);
  const view: CandidateTab = !staff && tab === 'overview' ? (mine ? 'scorecard' : 'report') : tab;
  const c = detail.candidate;

  return (
    <>
      <PageHeader
        eyebrow={detail.role ? staff ? <Link to={`/roles/${detail.role.id}/candidates`}>{detail.role.title}</Link> : detail.role.title : 'No role'}
        title={c.label}
        actions={
          staff && (
            <>
              <a className="btn btn-secondary" href={`/api/candidates/${id}/export`} download>
                Export for ATS (JSON)
              </a>
              <DeleteCandidate detail={detail} />
            </>
          )
        }
      >
        <div className="header-meta">
          <StatusBadge status={c.status} />
          {detail.role?.blind && <Badge tone="info">Blind review</Badge>}
          {staff && c.emails.length > 0 && <span className="dim">{c.emails.join(', ')}</span>}
        </div>
      </PageHeader>
      <Tabs label="Candidate views" tabs={tabsFor(id, staff, mine, view)} />
      <div className="tab-panel">
        {view === 'overview' && <CandidateSources detail={detail} onChange={loaded.reload} />}
        {view === 'overview' && <RepositoryDiscovery detail={detail} onChange={loaded.reload} />}
        {view === 'report' && <CandidateReport id={id} status={c.status} />}
        {view === 'interviews' && <CandidateInterviews id={id} detail={detail} onChange={loaded.reload} />}
        {view === 'scorecard' && <CandidateScorecard id={id} onSubmitted={loaded.reload} />}
        {view === 'decision' && <CandidateDecision id={id} staff={staff} />}
      </div>
    </>
  );
}
