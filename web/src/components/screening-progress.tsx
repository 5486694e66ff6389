// Live screening progress from the server-sent events of
// GET /api/candidates/:id/events: the candidate's status, each job and its
// phase (`done` of `total`), until the `end` event.
import { useEffect, useState } from 'react';
import type { CandidateStatus } from '../types.js';

interface JobState {
  jobId: string;
  name: string;
  status: string;
  error?: string;
  phase?: string;
  done?: number;
  total?: number;
}

const JOB_NAMES: Record<string, string> = { scan: 'Repository scan', cv: 'CV', assess: 'Assessment', screen: 'Screening' };
const jobName = (name: string) => JOB_NAMES[name] ?? name.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

function parse<T>(e: MessageEvent): T | undefined {
  try {
    return JSON.parse(String(e.data)) as T;
  } catch {
    return undefined;
  }
}

export function ScreeningProgress({ candidateId, onEnd }: { candidateId: string; onEnd: (status: CandidateStatus) => void }) {
  const [status, setStatus] = useState<{ status: CandidateStatus; error: string | null }>();
  const [jobs, setJobs] = useState<Record<string, JobState>>({});
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/candidates/${candidateId}/events`);
    const merge = (j: Partial<JobState> & { jobId: string }) => setJobs((all) => ({ ...all, [j.jobId]: { ...(all[j.jobId] ?? { name: '', status: 'queued' }), ...j } as JobState }));
    source.addEventListener('status', (e) => {
      const s = parse<{ status: CandidateStatus; error: string | null }>(e as MessageEvent);
      if (s) setStatus(s);
    });
    source.addEventListener('job', (e) => {
      const j = parse<JobState>(e as MessageEvent);
      if (j) merge(j);
    });
    source.addEventListener('progress', (e) => {
      const p = parse<{ jobId: string; name: string; phase: string; done: number; total: number }>(e as MessageEvent);
      if (p) merge({ ...p, status: 'running' });
    });
    source.addEventListener('end', (e) => {
      const s = parse<{ status: CandidateStatus }>(e as MessageEvent);
      source.close();
      onEnd(s?.status ?? 'screened');
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) setLost(true);
    };
    return () => source.close();
  }, [candidateId, onEnd]);

  const list = Object.values(jobs);
  return (
    <div className="progress-panel" aria-live="polite">
      <p className="progress-title">
        <span className="spinner" aria-hidden="true" />
        {status?.status === 'failed' ? 'Screening failed' : 'Screening in progress'}
      </p>
      {list.length === 0 && <p className="dim small">Waiting for a worker to start…</p>}
      <ul className="job-list">
        {list.map((j) => {
          const pct = j.total ? Math.round(((j.done ?? 0) * 100) / j.total) : j.status === 'completed' ? 100 : 0;
          return (
            <li key={j.jobId} className={`job job-${j.status}`}>
              <div className="job-head">
                <span className="job-name">{jobName(j.name)}</span>
                <span className="job-status">{j.status === 'running' && j.phase ? `${j.phase}${j.total ? ` · ${j.done ?? 0} of ${j.total}` : ''}` : j.status}</span>
              </div>
              <div className="meter" role="progressbar" aria-label={`${jobName(j.name)} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
                <span style={{ width: `${pct}%` }} />
              </div>
              {j.error && <p className="field-error">{j.error}</p>}
            </li>
          );
        })}
      </ul>
      {lost && <p className="dim small">The live connection closed; reload the page to see the latest status.</p>}
    </div>
  );
}
