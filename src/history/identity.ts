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
    // git's user.name set to the login ("murilobiss-dataeng <murilobiss-dataeng@gmail.com>").
    if (logins.has(name.trim().toLowerCase())) return true;
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

/** Account names a machine gives when git was never told who is committing (cloud images, containers, CI). */
const MACHINE_NAMES = new Set(
  [
    'root', 'ubuntu', 'ec2 user', 'ec2 default user', 'admin', 'administrator', 'user', 'pi', 'vagrant', 'jovyan', 'codespace',
    'runner', 'docker', 'default', 'debian', 'centos', 'azureuser', 'opc', 'gitpod', 'your name', 'unknown', '(none)',
  ].map(normalizeName),
);

/** Placeholder addresses from setup guides (`you@example.com`) and GitHub's own. */
const PLACEHOLDER_EMAIL = /^(?:you|your[._-]?(?:email|name)|email|user|name)@(?:example\.(?:com|org|net)|domain\.com|email\.com)$|^noreply@github\.com$/;

/**
 * A default identity of a machine or a tool, which stands for no person:
 * an address git made up from a host name (isMachineLocal), a default
 * account name ("ubuntu", "root", "EC2 Default User"), a placeholder address,
 * or a bot (`github-actions[bot]`). Its commits are "unattributed": they
 * count neither for nor against the candidate, and it is never a co-author.
 */
export function isMachineIdentity(name: string, email: string): boolean {
  const e = normalizeEmail(email);
  if (isMachineLocal(e) || PLACEHOLDER_EMAIL.test(e) || /\[bot\]/i.test(name) || /\[bot\]@/.test(e)) return true;
  return MACHINE_NAMES.has(normalizeName(name));
}

/** A full name (two words or more) that no machine gives: safe to match at any address. */
function isFullName(name: string): boolean {
  const n = normalizeName(name);
  return n.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 2 && !MACHINE_NAMES.has(n);
}

/**
 * Widens the matcher to the candidate's other identities in this history:
 * - an author whose name is the full name a commit the identity matched
 *   carries (given names already match anywhere), at any address: their work
 *   address, an old one, a machine's ("Alice Liddell <alice@corp.com>" beside
 *   "Alice Liddell <alice@example.com>");
 * - under a one-word name the candidate's commits carry ("alice"), only
 *   GitHub's web-UI commits (the account's noreply address: the "Initial
 *   commit" with a README or LICENSE, an edit in the browser) and commits
 *   from a machine whose git was never given an address (isMachineLocal).
 */
export function withAliases(matcher: IdentityMatcher, authors: ReadonlyArray<{ name: string; email: string }>): IdentityMatcher {
  const compact = (n: string) => normalizeName(n).replace(/ /g, '');
  const distinct = new Map(authors.map((a) => [`${a.name}\u0000${a.email}`, a]));
  const carried = [...distinct.values()].filter((a) => matcher(a.name, a.email)).map((a) => a.name);
  const full = new Set(carried.filter(isFullName).map(compact));
  const names = new Set(carried.map(compact).filter(Boolean));
  if (names.size === 0 && full.size === 0) return matcher;
  return (name, email) =>
    matcher(name, email) || full.has(compact(name)) || ((noreplyLogin(email) !== undefined || isMachineLocal(email)) && names.has(compact(name)));
}

export function hasIdentity(identity: CandidateIdentity | undefined): identity is CandidateIdentity {
  return Boolean(identity && (identity.emails.length > 0 || identity.names.length > 0));
}
