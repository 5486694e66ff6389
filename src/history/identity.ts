// Matching git authors to the candidate: emails case-insensitively, GitHub
// noreply forms by login, names normalised for case, accents and spacing.
// A repository's `.mailmap` is never applied (git-shadow.ts): it is the
// candidate's file, and could give them someone else's commits.
import type { CandidateIdentity } from './types.js';

const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/;

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** The GitHub login of a noreply address (`123+alice@users.noreply.github.com` → `alice`). */
export function noreplyLogin(email: string): string | undefined {
  return NOREPLY.exec(normalizeEmail(email))?.[1];
}

export type IdentityMatcher = (name: string, email: string) => boolean;

export function buildMatcher(identity: CandidateIdentity): IdentityMatcher {
  const emails = new Set(identity.emails.map(normalizeEmail));
  // A name given in a login's shape ("quicksilver0", "jckail") is also the GitHub
  // account: its noreply commits ("quicksilver <37912597+quicksilver0@users.noreply…>") match.
  const loginNames = identity.names.map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z0-9](?:[a-z0-9-]{0,38})$/.test(n));
  const logins = new Set([...identity.emails.map(noreplyLogin).filter((l): l is string => Boolean(l)), ...loginNames]);
  // Compared without spaces too: "Dmitry Dubovikov" is git's "DmitryDubovikov".
  const compact = (n: string) => normalizeName(n).replace(/ /g, '');
  const names = new Set(identity.names.map(compact).filter(Boolean));
  return (name, email) => {
    const e = normalizeEmail(email);
    if (emails.has(e)) return true;
    const login = noreplyLogin(e);
    if (login && logins.has(login)) return true;
    return names.has(compact(name));
  };
}

/**
 * An address no account or mailbox stands behind: git's default from a
 * machine's host name (`jo@Jos-MacBook.local`, `ubuntu@ip-10-0-0-1.ec2.internal`,
 * `jo@localhost`, `jo@(none)`, `jo@laptop`).
 */
export function isMachineLocal(email: string): boolean {
  const at = normalizeEmail(email).lastIndexOf('@');
  if (at === -1) return false;
  const host = normalizeEmail(email).slice(at + 1);
  return !host.includes('.') || /(?:^|\.)(?:local|localdomain|localhost|lan|home|internal)$/.test(host);
}

/**
 * GitHub's web UI commits (the "Initial commit" with a README or LICENSE, an
 * edit in the browser) under the account's noreply address and name, and
 * commits from a machine whose git was never given an address (isMachineLocal).
 * Such an author whose name is carried by commits the candidate's identity
 * matched is the candidate too.
 */
export function withNoreplyAliases(matcher: IdentityMatcher, authors: ReadonlyArray<{ name: string; email: string }>): IdentityMatcher {
  const compact = (n: string) => normalizeName(n).replace(/ /g, '');
  const names = new Set(authors.filter((a) => matcher(a.name, a.email)).map((a) => compact(a.name)).filter(Boolean));
  if (names.size === 0) return matcher;
  return (name, email) => matcher(name, email) || ((noreplyLogin(email) !== undefined || isMachineLocal(email)) && names.has(compact(name)));
}

export function hasIdentity(identity: CandidateIdentity | undefined): identity is CandidateIdentity {
  return Boolean(identity && (identity.emails.length > 0 || identity.names.length > 0));
}
