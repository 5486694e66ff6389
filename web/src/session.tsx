// The signed-in user and the CSRF token, read once from GET /api/auth/session
// and replaced on sign-in, invitation and sign-out.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setSignedOutHandler } from './api.js';
import type { User } from './types.js';

interface SessionAnswer {
  user: User | null;
  csrfToken: string;
}

interface SessionState {
  /** undefined while loading, null when signed out. */
  user: User | null | undefined;
  error: string | undefined;
  started: (answer: { user: User; csrfToken: string }) => void;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      const answer = await api.get<SessionAnswer>('/auth/session');
      setCsrfToken(answer.csrfToken);
      setUser(answer.user);
      setError(undefined);
    } catch {
      setError('The server cannot be reached. Reload the page to try again.');
      setUser(null);
    }
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => void refresh());
    void refresh();
  }, [refresh]);

  const started = useCallback((answer: { user: User; csrfToken: string }) => {
    setCsrfToken(answer.csrfToken);
    setUser(answer.user);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setUser(null);
      await refresh();
    }
  }, [refresh]);

  return <SessionContext.Provider value={{ user, error, started, signOut, refresh }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user (pages behind sign-in only). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export const isStaff = (user: User): boolean => user.role === 'admin' || user.role === 'recruiter';
