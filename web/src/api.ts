// The JSON API client (docs/api.md): same-origin fetch with the session
// cookie, the CSRF token on every change, and errors as one readable line.

/** An error answer of the API: `{ error: { code, message } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly rows: Array<{ line: number; message: string }>;

  constructor(status: number, code: string, message: string, rows: Array<{ line: number; message: string }> = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.rows = rows;
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => undefined;

/** Called when the server says the session is gone (expired, or the account disabled): the app shows sign-in. */
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

/** The token sent as `X-CSRF-Token` (from the session answer or sign-in). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const rows = (body as { rows?: Array<{ line: number; message: string }> } | undefined)?.rows ?? [];
  if (error?.message) return new ApiError(response.status, error.code ?? 'E_UNKNOWN', error.message, rows);
  const fallback = response.status === 413 ? 'the file is too large' : `the server answered ${response.status}`;
  return new ApiError(response.status, 'E_UNKNOWN', fallback);
}

async function send<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'E_NETWORK', 'the server cannot be reached; check your connection and try again');
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (error.code === 'E_UNAUTHENTICATED') onSignedOut();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string) => send<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, JSON.stringify(body), 'application/json'),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, JSON.stringify(body), 'application/json'),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, JSON.stringify(body), 'application/json'),
  delete: <T = void>(path: string) => send<T>('DELETE', path),
  postCsv: <T>(path: string, text: string) => send<T>('POST', path, text, 'text/csv'),
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return send<T>('POST', path, form);
  },
};

/** A query string from the given values, empty ones left out. */
export function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The message a user sees for a failed call. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'something went wrong; reload the page and try again';
}
