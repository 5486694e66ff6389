// Two further links between git identities, both by spelling alone:
// - one mailbox under two spellings: addresses at one domain whose mailboxes
//   are equal once dots, dashes, underscores and a `+tag` are removed
//   (`murilobiss.dataeng@gmail.com` and `murilobiss-dataeng@gmail.com`: Gmail
//   ignores dots, and the forms differ only by separators) are one owner's;
// - an account named after a login given: an author whose name, mailbox or
//   noreply login holds that login as a whole separator-delimited word
//   (`murilobiss-dataeng` for `murilobiss`) is possibly the candidate under
//   another account. That is never verified: it only keeps such an author
//   from being called a co-author or a teammate (verdict.ts).
import { isPersonalAddress, noreplyLogin, normalizeEmail } from './identity.js';
import type { CandidateIdentity } from './types.js';

/** A mailbox this long (separators removed) is one person's; shorter ones ("j.s", "js") could be two people. */
export const MIN_MAILBOX_KEY = 6;

/** The mailbox with separators and a `+tag` removed, at its domain; undefined for an address no one person owns, or a short one. */
export function mailboxKey(email: string): string | undefined {
  const e = normalizeEmail(email);
  const at = e.lastIndexOf('@');
  if (at <= 0 || noreplyLogin(e) !== undefined || !isPersonalAddress(e)) return undefined;
  const local = e.slice(0, at).split('+')[0].replace(/[._-]+/g, '');
  return local.length >= MIN_MAILBOX_KEY ? `${local}@${e.slice(at + 1)}` : undefined;
}

/** Whether `email` is, by spelling, one of `emails` (the same address, or the same mailbox under other separators). */
export function sameMailbox(emails: Iterable<string>): (email: string) => string | undefined {
  const keys = new Map<string, string>();
  for (const e of emails) {
    const k = mailboxKey(e);
    if (k && !keys.has(k)) keys.set(k, e);
  }
  return (email) => {
    const k = keys.size > 0 ? mailboxKey(email) : undefined;
    return k ? keys.get(k) : undefined;
  };
}

/** A given login this long is specific enough to recognise inside another account's name. */
const MIN_LOGIN_WORD = 5;
const LOGIN_SHAPE = /^[a-z0-9](?:[a-z0-9-]{0,38})$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Whether an author's name, mailbox or noreply login holds a login given for
 * the candidate as a whole word between separators (`murilobiss-dataeng`,
 * `murilobiss.work@…` for `murilobiss`), without being that login itself:
 * possibly the candidate under another account, not verified.
 */
export function possibleAccount(identity: CandidateIdentity | undefined): (name: string, email: string) => boolean {
  const logins = [
    ...(identity?.names ?? []).map((n) => n.trim().toLowerCase()).filter((n) => LOGIN_SHAPE.test(n)),
    ...(identity?.emails ?? []).map(noreplyLogin).filter((l): l is string => Boolean(l)),
  ].filter((l) => l.length >= MIN_LOGIN_WORD);
  if (logins.length === 0) return () => false;
  const word = new RegExp(`(?:^|[\\s._+-])(?:${[...new Set(logins)].map(escape).join('|')})(?:$|[\\s._+-])`);
  return (name, email) => {
    const e = normalizeEmail(email);
    const forms = [name.trim().toLowerCase(), noreplyLogin(e) ?? e.slice(0, e.lastIndexOf('@'))];
    return forms.some((f) => !logins.includes(f) && word.test(f));
  };
}
