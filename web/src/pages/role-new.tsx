// A new role from a shipped template or from a job description's text. For a
// job description the server says how its words became weights.
import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Button, ButtonLink, Card, ErrorMessage, Field, PageHeader } from '../components/ui.js';
import { navigate } from '../router.js';
import type { CreateRoleBody, Role } from '../types.js';

type Source = 'template' | 'jd';

/** A job description's first line, when it reads like a title ("Senior LLM Engineer"). */
function titleOf(jd: string): string {
  const first = jd.trim().split('\n')[0]?.trim().replace(/^#+\s*/, '') ?? '';
  return first.length > 0 && first.length <= 80 && !/[.:;]$/.test(first) ? first : '';
}

export function RoleNewPage() {
  const templates = useLoad<{ templates: Array<{ name: string; title: string }> }>('/role-templates');
  const [source, setSource] = useState<Source>('template');
  const [template, setTemplate] = useState('');
  const [jd, setJd] = useState('');
  const [title, setTitle] = useState('');
  const [blind, setBlind] = useState(false);
  const [why, setWhy] = useState<{ role: Role; why: string[] }>();
  const action = useAction();
  const chosen = template || templates.data?.templates[0]?.name || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const chosenTitle = title.trim() || (source === 'jd' ? titleOf(jd) : '');
    const common = { ...(chosenTitle ? { title: chosenTitle } : {}), blind };
    const body: CreateRoleBody = source === 'template' ? { template: chosen, ...common } : { jobDescription: jd, ...common };
    const answer = await action.run(() => api.post<{ role: Role; why: string[] }>('/roles', body));
    if (!answer) return;
    if (answer.why.length > 0) setWhy(answer);
    else navigate(`/roles/${answer.role.id}`);
  };

  if (why) {
    return (
      <>
        <PageHeader title={`${why.role.title} is ready`} eyebrow="New role" />
        <Card title="How the job description became weights">
          <ul className="plain-list">
            {why.why.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
          <div className="button-row">
            <ButtonLink to={`/roles/${why.role.id}`} variant="primary">
              Review weights and must-haves
            </ButtonLink>
            <ButtonLink to="/candidates">Add candidates</ButtonLink>
          </div>
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title="New role" eyebrow="Roles">
        <p className="lead">Start from a template or paste the job description; you can tune the weights next.</p>
      </PageHeader>
      <Card>
        <form onSubmit={submit} className="stack">
          <ErrorMessage>{action.error ?? templates.error}</ErrorMessage>
          <fieldset className="segmented">
            <legend>Start from</legend>
            <label>
              <input type="radio" name="source" checked={source === 'template'} onChange={() => setSource('template')} /> A template
            </label>
            <label>
              <input type="radio" name="source" checked={source === 'jd'} onChange={() => setSource('jd')} /> A job description
            </label>
          </fieldset>
          {source === 'template' ? (
            <Field label="Template">
              {({ id }) => (
                <select id={id} value={chosen} onChange={(e) => setTemplate(e.target.value)}>
                  {templates.data?.templates.map((t) => (
                    <option key={t.name} value={t.name}>
                      {t.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <Field label="Job description" hint="Paste the whole text: the tools and duties it names set the competency weights.">
              {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={12} required value={jd} onChange={(e) => setJd(e.target.value)} />}
            </Field>
          )}
          <Field label="Title (optional)" hint="Defaults to the template's title, or the job description's first line.">
            {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <label className="check">
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
            <span>
              <strong>Blind review</strong>
              <span className="hint">Interviewers never see names, emails, file names or repository addresses.</span>
            </span>
          </label>
          <div className="button-row">
            <Button type="submit" variant="primary" busy={action.busy} disabled={source === 'jd' && !jd.trim()}>
              Create role
            </Button>
            <ButtonLink to="/roles" variant="ghost">
              Cancel
            </ButtonLink>
          </div>
        </form>
      </Card>
    </>
  );
}
