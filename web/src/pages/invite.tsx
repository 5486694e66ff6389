// Accept an invitation: choose a name and a password (12 characters or more);
// the server signs the new user in.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.js';
import { Plain } from '../components/shell.js';
import { Button, ErrorMessage, Field } from '../components/ui.js';
import { navigate } from '../router.js';
import { useSession } from '../session.js';
import type { User } from '../types.js';

const MIN_PASSWORD = 12;

export function InvitePage({ token }: { token: string }) {
  const { started } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const mismatch = repeat.length > 0 && repeat !== password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password.length < MIN_PASSWORD) return setError(`The password needs at least ${MIN_PASSWORD} characters.`);
    if (password !== repeat) return setError('The two passwords differ.');
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.post<{ user: User; csrfToken: string }>('/auth/invitations/accept', { token, password, ...(name.trim() ? { name: name.trim() } : {}) });
      started(answer);
      navigate('/', { replace: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <Plain>
      <h1>Join your team on Evident</h1>
      <p className="lead">Choose your name and a password to finish setting up your account.</p>
      <form onSubmit={submit} className="stack" noValidate>
        <ErrorMessage>{error}</ErrorMessage>
        <Field label="Your name" hint="Shown to your team beside your scorecards.">
          {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Password" hint={`At least ${MIN_PASSWORD} characters.`} error={tooShort ? `${password.length} of ${MIN_PASSWORD} characters` : undefined}>
          {({ id, describedBy }) => (
            <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={tooShort || undefined} required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <Field label="Repeat the password" error={mismatch ? 'The passwords differ' : undefined}>
          {({ id, describedBy }) => (
            <input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={mismatch || undefined} required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          )}
        </Field>
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          {busy ? 'Setting up…' : 'Set password and sign in'}
        </Button>
      </form>
    </Plain>
  );
}
