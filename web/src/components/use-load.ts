// Loading an API answer into a page: the data, the error message, a reload,
// and an action helper that shows its error and busy state.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, messageOf } from '../api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  /** The failed call's HTTP status (404 reads as "not found"). */
  status: number | undefined;
  loading: boolean;
  reload: () => Promise<void>;
  setData: (data: T) => void;
}

export function useLoad<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<number>();
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;

  const reload = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    try {
      const answer = await api.get<T>(path);
      if (current.current !== path) return;
      setData(answer);
      setError(undefined);
      setStatus(undefined);
    } catch (e) {
      if (current.current !== path) return;
      setError(messageOf(e));
      setStatus((e as { status?: number }).status);
    } finally {
      if (current.current === path) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, status, loading, reload, setData };
}

/** Runs an action once at a time, keeping its error message for the page to show. */
export function useAction(): { busy: boolean; error: string | undefined; clear: () => void; run: <R>(fn: () => Promise<R>) => Promise<R | undefined> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async <R,>(fn: () => Promise<R>) => {
    setBusy(true);
    setError(undefined);
    try {
      return await fn();
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, clear: () => setError(undefined), run };
}
