// Sign in with email and password; on success go where the visitor was headed.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.js';
import { Plain } from '../components/shell.js';
import { Button, ErrorMessage, Field } from '../components/ui.js';
import { navigate } from '../router.js';
import { useSession } from '../session.js';
import type { User } from '../types.js';

/** Only a path of this app (never another site) is followed after sign-in. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage({ startupError }: { startupError?: string }) {
  const { started } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(startupError);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.post<{ user: User; csrfToken: string }>('/auth/login', { email, password });
      started(answer);
      navigate(nextPath(), { replace: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <Plain>
      <h1>Sign in</h1>
      <p className="lead">Evidence-based hiring for your team.</p>
      <form onSubmit={submit} className="stack" noValidate>
        <ErrorMessage>{error}</ErrorMessage>
        <Field label="Email">{({ id }) => <input id={id} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <Field label="Password">
          {({ id }) => <input id={id} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p className="fine">No account? Ask an admin of your team for an invitation.</p>
    </Plain>
  );
}
