// Edit a role: title, blind review, description, weights and must-haves, with
// the live preview beside the form; Save writes the change.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.js';
import { MustHavesEditor, WeightsEditor } from '../components/profile-editor.js';
import { RolePreviewPanel } from '../components/role-preview.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Button, ButtonLink, Card, ErrorMessage, Field, Loading, Notice, PageHeader } from '../components/ui.js';
import { COMPETENCY_IDS } from '../labels.js';
import { navigate } from '../router.js';
import type { Role, RoleProfileChange } from '../types.js';

type Draft = Pick<Role['profile'], 'description' | 'weights' | 'must_haves'> & { title: string; blind: boolean };

const draftOf = (r: Role): Draft => ({ title: r.title, blind: r.blind, description: r.profile.description, weights: { ...r.profile.weights }, must_haves: [...r.profile.must_haves] });

function changeOf(role: Role, d: Draft): RoleProfileChange {
  const change: RoleProfileChange = {};
  if (d.description !== role.profile.description) change.description = d.description;
  if (COMPETENCY_IDS.some((id) => (d.weights[id] ?? 0) !== (role.profile.weights[id] ?? 0))) change.weights = d.weights;
  if (JSON.stringify(d.must_haves) !== JSON.stringify(role.profile.must_haves)) change.must_haves = d.must_haves;
  return change;
}

export function RoleEditPage({ id }: { id: string }) {
  const loaded = useLoad<{ role: Role }>(`/roles/${id}`);
  const role = loaded.data?.role;
  const [draft, setDraft] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (role) setDraft(draftOf(role));
  }, [role]);

  const change = useMemo(() => (role && draft ? changeOf(role, draft) : {}), [role, draft]);
  if (loaded.error) return <ErrorMessage>{loaded.error}</ErrorMessage>;
  if (!role || !draft) return <Loading label="Loading the role" />;

  const profileChanged = Object.keys(change).length > 0;
  const dirty = profileChanged || draft.title !== role.title || draft.blind !== role.blind;
  const noWeight = COMPETENCY_IDS.every((c) => (draft.weights[c] ?? 0) === 0);
  const update = (d: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...d });
  };

  const save = async () => {
    const answer = await action.run(() => api.patch<{ role: Role }>(`/roles/${id}`, { title: draft.title.trim(), blind: draft.blind, ...(profileChanged ? { profile: change } : {}) }));
    if (!answer) return;
    loaded.setData(answer);
    setSaved(true);
  };
  const remove = async () => {
    if (!window.confirm(`Delete the role ${role.title}? Its candidates stay, without a role.`)) return;
    const done = await action.run(async () => {
      await api.delete(`/roles/${id}`);
      return true;
    });
    if (done) navigate('/roles');
  };

  return (
    <>
      <PageHeader
        title={role.title}
        eyebrow="Edit role"
        actions={
          <>
            <ButtonLink to={`/roles/${id}/candidates`}>Compare candidates</ButtonLink>
            <Button variant="ghost" onClick={() => void remove()}>
              Delete role
            </Button>
          </>
        }
      >
        <p className="lead">Change the weights and must-haves; the preview shows what the change does to every screened candidate before you save.</p>
      </PageHeader>
      <div className="split">
        <div className="split-main">
          <Card title="Role">
            <div className="stack">
              <Field label="Title">{({ id: fid }) => <input id={fid} value={draft.title} onChange={(e) => update({ title: e.target.value })} />}</Field>
              <Field label="Description">{({ id: fid }) => <textarea id={fid} rows={3} value={draft.description} onChange={(e) => update({ description: e.target.value })} />}</Field>
              <label className="check">
                <input type="checkbox" checked={draft.blind} onChange={(e) => update({ blind: e.target.checked })} />
                <span>
                  <strong>Blind review</strong>
                  <span className="hint">Interviewers never see who the candidate is.</span>
                </span>
              </label>
            </div>
          </Card>
          <Card title="Competency weights">
            <p className="dim small">Each weight counts as its share of the total.</p>
            <WeightsEditor weights={draft.weights} onChange={(weights) => update({ weights })} />
          </Card>
          <Card title="Must-haves">
            <MustHavesEditor value={draft.must_haves} onChange={(must_haves) => update({ must_haves })} />
          </Card>
          <div className="sticky-actions">
            <ErrorMessage>{action.error}</ErrorMessage>
            {saved && !dirty && <Notice tone="success">Saved.</Notice>}
            <div className="button-row">
              <Button variant="primary" onClick={() => void save()} busy={action.busy} disabled={!dirty || noWeight}>
                Save changes
              </Button>
              <Button variant="ghost" onClick={() => setDraft(draftOf(role))} disabled={!dirty}>
                Discard
              </Button>
            </div>
          </div>
        </div>
        <div className="split-side">
          <RolePreviewPanel roleId={id} change={noWeight ? {} : change} changed={profileChanged} />
        </div>
      </div>
    </>
  );
}
