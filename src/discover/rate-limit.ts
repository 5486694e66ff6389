// Reading a host's rate-limit headers, and deciding between waiting and
// stopping. GitHub: `x-ratelimit-remaining` / `x-ratelimit-reset` (epoch
// seconds), `retry-after` on secondary limits; a 403 or 429 with nothing left.
// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
// GitLab: `RateLimit-Remaining` / `RateLimit-Reset`, `Retry-After` on 429.
// Hugging Face: `RateLimit: "api";r=0;t=55` (remaining, seconds to the reset).

export interface RateState {
  limit?: number;
  remaining?: number;
  /** When the window resets, ms since the epoch. */
  resetAt?: number;
  /** What `retry-after` asks for, ms. */
  retryAfterMs?: number;
}

function int(text: string | null): number | undefined {
  if (text === null || !/^\s*\d+\s*$/.test(text)) return undefined;
  return Number(text);
}

/** `Retry-After`: seconds, or an HTTP date. */
function retryAfter(text: string | null, now: number): number | undefined {
  if (text === null) return undefined;
  const secs = int(text);
  if (secs !== undefined) return secs * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The IETF draft's `RateLimit` field: `"policy";r=REMAINING;t=SECONDS`. */
function draftField(text: string | null): { remaining?: number; resetSeconds?: number } {
  if (!text) return {};
  const r = /(?:^|;)\s*r=(\d+)/.exec(text);
  const t = /(?:^|;)\s*t=(\d+)/.exec(text);
  return { remaining: r ? Number(r[1]) : undefined, resetSeconds: t ? Number(t[1]) : undefined };
}

export function readRate(headers: Headers, now: number): RateState {
  const draft = draftField(headers.get('ratelimit'));
  const remaining = int(headers.get('x-ratelimit-remaining')) ?? int(headers.get('ratelimit-remaining')) ?? draft.remaining;
  const resetEpoch = int(headers.get('x-ratelimit-reset')) ?? int(headers.get('ratelimit-reset'));
  const resetAt = resetEpoch !== undefined ? resetEpoch * 1000 : draft.resetSeconds !== undefined ? now + draft.resetSeconds * 1000 : undefined;
  const limit = int(headers.get('x-ratelimit-limit')) ?? int(headers.get('ratelimit-limit'));
  const state: RateState = {};
  if (limit !== undefined) state.limit = limit;
  if (remaining !== undefined) state.remaining = remaining;
  if (resetAt !== undefined) state.resetAt = resetAt;
  const after = retryAfter(headers.get('retry-after'), now);
  if (after !== undefined) state.retryAfterMs = after;
  return state;
}

/** A 429, or a 403 that says it is a rate limit (nothing left, a retry-after, or the words in its body). */
export function isRateLimited(status: number, rate: RateState, body: string): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  return rate.remaining === 0 || rate.retryAfterMs !== undefined || /rate limit/i.test(body.slice(0, 2000));
}

/** How long to wait before asking again: retry-after, else until the reset, else a minute (GitHub's advice). */
export function waitMs(rate: RateState, now: number): number {
  if (rate.retryAfterMs !== undefined) return rate.retryAfterMs;
  if (rate.resetAt !== undefined && rate.remaining === 0) return Math.max(0, rate.resetAt - now) + 1000;
  return 60_000;
}

/** `14:05 UTC`, or a date and time when not today. */
export function clockTime(ms: number, now: number): string {
  const iso = new Date(ms).toISOString();
  const sameDay = iso.slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  return `${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`;
}

/** `42 s`, `12 min`, `2 h 5 min`. */
export function spanText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 90) return `${s} s`;
  const min = Math.ceil(s / 60);
  return min < 90 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}
