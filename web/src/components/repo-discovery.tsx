// Repositories from the CV and profiles (issue 12): discovery runs by itself
// when a CV is uploaded (and again on demand, with profile names), the list
// shows every repository found, and the recruiter's ticks, saved, become the
// candidate's repositories: only those are screened.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DiscoverBody, DiscoveryView } from '../../../src/model/index.js';
import { api } from '../api.js';
import { formatDate } from '../labels.js';
import type { CandidateDetail } from '../types.js';
import { DiscoveryList, DiscoveryProfiles, initialTicks } from './discovery-list.js';
import { useAction, useLoad } from './use-load.js';
import { Button, Card, ErrorMessage, Field, Loading, Notice } from './ui.js';

const users = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((u) => u.trim())
    .filter(Boolean);

function ProfileForm({ view, busy, onRun }: { view: DiscoveryView | null; busy: boolean; onRun: (body: DiscoverBody) => void }) {
  const [github, setGithub] = useState((view?.request.github ?? []).join(', '));
  const [gitlab, setGitlab] = useState((view?.request.gitlab ?? []).join(', '));
  const [hf, setHf] = useState((view?.request.huggingface ?? []).join(', '));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun({ github: users(github), gitlab: users(gitlab), huggingface: users(hf) });
  };
  const input = (value: string, set: (v: string) => void, placeholder: string) =>
    ({ id, describedBy }: { id: string; describedBy?: string }) => <input id={id} aria-describedby={describedBy} value={value} onChange={(e) => set(e.target.value)} placeholder={placeholder} autoComplete="off" />;
  return (
    <form onSubmit={submit} className="discovery-form">
      <Field label="GitHub users">{input(github, setGithub, 'alice')}</Field>
      <Field label="GitLab users">{input(gitlab, setGitlab, 'alice')}</Field>
      <Field label="Hugging Face users">{input(hf, setHf, 'alice')}</Field>
      <Button type="submit" busy={busy}>
        Find repositories
      </Button>
    </form>
  );
}

export function RepositoryDiscovery({ detail, onChange }: { detail: CandidateDetail; onChange: () => Promise<void> }) {
  const id = detail.candidate.id;
  const loaded = useLoad<{ discovery: DiscoveryView | null }>(`/candidates/${id}/discovery`);
  const view = loaded.data?.discovery ?? null;
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState('');
  const [saved, setSaved] = useState(false);
  const run = useAction();
  const save = useAction();
  const latestCv = detail.files.filter((f) => f.kind === 'cv').at(-1)?.id ?? null;
  const tried = useRef<string | null>(null);

  useEffect(() => {
    if (view) setTicked(initialTicks(view));
  }, [view]);

  const discover = async (body: DiscoverBody) => {
    setSaved(false);
    const answer = await run.run(() => api.post<{ discovery: DiscoveryView }>(`/candidates/${id}/discovery`, body));
    if (answer) loaded.setData(answer);
  };

  // A CV uploaded (or replaced) since the last discovery: read its links at once.
  useEffect(() => {
    if (!loaded.data || !latestCv || tried.current === latestCv) return;
    if (view && view.cvFileId === latestCv) return;
    tried.current = latestCv;
    void discover(view?.request ?? {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.data, latestCv]);

  const toggle = (key: string, on: boolean) => {
    setSaved(false);
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    const add = users(extra);
    const answer = await save.run(() => api.put<{ discovery: DiscoveryView }>(`/candidates/${id}/discovery/choice`, { keys: [...ticked], add }));
    if (!answer) return;
    loaded.setData(answer);
    setExtra('');
    setSaved(true);
    await onChange();
  };

  return (
    <Card title="Repositories from the CV and profiles" className="discovery-card">
      <div className="stack">
        <p className="dim">
          Evident reads the profiles and repository links on the CV, and any profile named here, and proposes the repositories worth screening. Untick what is not the
          candidate’s work, add others and save: only the ticked repositories go to screening.
        </p>
        {loaded.error && <ErrorMessage>{loaded.error}</ErrorMessage>}
        {!loaded.data && !loaded.error && <Loading label="Loading discovered repositories" />}
        {loaded.data && <ProfileForm key={view?.createdAt ?? 'none'} view={view} busy={run.busy} onRun={(body) => void discover(body)} />}
        <ErrorMessage>{run.error}</ErrorMessage>
        {run.busy && <Loading label="Reading the profiles" />}
        {view && (
          <form onSubmit={apply} className="stack">
            <h3 className="discovery-heading">Profiles read</h3>
            <DiscoveryProfiles view={view} />
            {view.notes.length > 0 && (
              <ul className="dim small">
                {view.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <DiscoveryList view={view} ticked={ticked} onToggle={toggle} disabled={save.busy} />
            {view.repos.length > 0 && (
              <>
                <Field label="Other repositories" hint="Git URLs the list misses, separated by spaces or commas.">
                  {({ id: fieldId, describedBy }) => <input id={fieldId} aria-describedby={describedBy} value={extra} onChange={(e) => setExtra(e.target.value)} placeholder="https://github.com/name/project" />}
                </Field>
                {view.identity.emails.length > 0 && (
                  <p className="dim small">Saving also adds the git identities the hosts give to the candidate’s emails, so their commits are recognised: {view.identity.emails.join(', ')}.</p>
                )}
                <ErrorMessage>{save.error}</ErrorMessage>
                {saved && <Notice tone="success">Saved: the ticked repositories are the candidate’s repositories now. Screen to read them.</Notice>}
                {!saved && !view.choice && <Notice tone="warning">Not saved yet: nothing found here is screened until you save the choice.</Notice>}
                {!saved && view.choice && <p className="dim small">Choice saved {formatDate(view.choice.chosenAt)}.</p>}
                <div className="button-row">
                  <Button type="submit" variant="primary" busy={save.busy}>
                    Use the ticked repositories ({ticked.size})
                  </Button>
                </div>
              </>
            )}
          </form>
        )}
      </div>
    </Card>
  );
}
