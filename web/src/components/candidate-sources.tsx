// What a candidate is screened from: the CV (PDF or DOCX), code archives and
// repository URLs; the Screen button queues the work and the progress shows live.
import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { formatBytes, formatDate } from '../labels.js';
import { Link } from '../router.js';
import type { CandidateDetail, CandidateStatus } from '../types.js';
import { ScreeningProgress } from './screening-progress.js';
import { useAction } from './use-load.js';
import { Button, ButtonLink, Card, ErrorMessage, Field, Notice } from './ui.js';

function UploadField({ label, hint, accept, path, onDone }: { label: string; hint: string; accept: string; path: string; onDone: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState(0);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const done = await action.run(async () => {
      await api.upload(path, file);
      return true;
    });
    if (!done) return;
    setFile(null);
    setKey((k) => k + 1);
    await onDone();
  };
  return (
    <form onSubmit={submit} className="upload">
      <Field label={label} hint={hint} error={action.error}>
        {({ id, describedBy }) => <input key={key} id={id} type="file" accept={accept} aria-describedby={describedBy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <Button type="submit" busy={action.busy} disabled={!file}>
        Upload
      </Button>
    </form>
  );
}

function RepositoryForm({ candidateId, onDone }: { candidateId: string; onDone: () => Promise<void> }) {
  const [url, setUrl] = useState('');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(async () => {
      await api.post(`/candidates/${candidateId}/repositories`, { url: url.trim() });
      return true;
    });
    if (!done) return;
    setUrl('');
    await onDone();
  };
  return (
    <form onSubmit={submit} className="upload">
      <Field label="Repository URL" hint="A public https:// git URL." error={action.error}>
        {({ id, describedBy }) => <input id={id} type="url" aria-describedby={describedBy} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://github.com/name/project" />}
      </Field>
      <Button type="submit" busy={action.busy} disabled={!url.trim()}>
        Add
      </Button>
    </form>
  );
}

export function CandidateSources({ detail, onChange }: { detail: CandidateDetail; onChange: () => Promise<void> }) {
  const c = detail.candidate;
  const [watching, setWatching] = useState(c.status === 'screening');
  const action = useAction();
  const hasInput = detail.files.length > 0 || detail.repositories.length > 0;
  const fileName = (id: string | null) => detail.files.find((f) => f.id === id)?.originalName;

  const screen = async () => {
    const done = await action.run(async () => {
      await api.post(`/candidates/${c.id}/screen`, {});
      return true;
    });
    if (done) setWatching(true);
  };
  const ended = useCallback(
    (_status: CandidateStatus) => {
      setWatching(false);
      void onChange();
    },
    [onChange],
  );
  const remove = (path: string) => action.run(async () => {
    await api.delete(path);
    await onChange();
  });

  return (
    <div className="grid-2">
      <Card title="CV and code">
        <div className="stack">
          <UploadField label="CV" hint="PDF or DOCX, up to 10 MB." accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" path={`/candidates/${c.id}/cv`} onDone={onChange} />
          <UploadField label="Code archive" hint=".zip, .tar.gz, .tgz or .tar, up to 100 MB." accept=".zip,.tar.gz,.tgz,.tar" path={`/candidates/${c.id}/archives`} onDone={onChange} />
          <RepositoryForm candidateId={c.id} onDone={onChange} />
        </div>
      </Card>
      <div className="stack">
        <Card title="Screening">
          <ErrorMessage>{action.error}</ErrorMessage>
          {c.status === 'failed' && c.error && <ErrorMessage>Screening failed: {c.error}</ErrorMessage>}
          {watching ? (
            <ScreeningProgress candidateId={c.id} onEnd={ended} />
          ) : c.status === 'screened' ? (
            <Notice tone="success">
              Screened. <Link to={`/candidates/${c.id}/report`}>Read the evidence report</Link>.
            </Notice>
          ) : (
            <p className="dim">{hasInput ? 'Ready to screen against the role.' : 'Add a CV, an archive or a repository first.'}</p>
          )}
          <div className="button-row">
            <Button variant="primary" onClick={() => void screen()} busy={action.busy || watching} disabled={!hasInput || !detail.role}>
              {c.status === 'screened' ? 'Screen again' : 'Screen'}
            </Button>
            {detail.hasAssessment && <ButtonLink to={`/candidates/${c.id}/report`}>Evidence report</ButtonLink>}
          </div>
        </Card>
        <Card title="Sources">
          {!hasInput && <p className="dim">Nothing yet.</p>}
          <ul className="source-list">
            {detail.files.map((f) => (
              <li key={f.id}>
                <span className="source-kind">{f.kind === 'cv' ? 'CV' : 'Archive'}</span>
                <span className="source-name">{f.originalName}</span>
                <span className="dim small">
                  {formatBytes(f.size)} · {formatDate(f.createdAt)}
                </span>
                {f.error && <span className="field-error">{f.error}</span>}
                <Button className="btn-small" variant="ghost" onClick={() => void remove(`/candidates/${c.id}/files/${f.id}`)} aria-label={`Remove ${f.originalName}`}>
                  Remove
                </Button>
              </li>
            ))}
            {detail.repositories
              .filter((r) => r.url)
              .map((r) => (
                <li key={r.id}>
                  <span className="source-kind">Repository</span>
                  <span className="source-name">{r.url ?? fileName(r.fileId)}</span>
                  <span className="dim small">{r.scanned ? `scanned${r.commit ? ` at ${r.commit.slice(0, 10)}` : ''}` : 'not scanned yet'}</span>
                  {r.error && <span className="field-error">{r.error}</span>}
                  <Button className="btn-small" variant="ghost" onClick={() => void remove(`/candidates/${c.id}/repositories/${r.id}`)} aria-label={`Remove ${r.url}`}>
                    Remove
                  </Button>
                </li>
              ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
