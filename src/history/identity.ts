// Matching git authors to the candidate: emails case-insensitively, GitHub
// noreply forms by login, names normalised for case, accents and spacing.
// A repository's `.mailmap` is never applied (git-shadow.ts): it is the
// candidate's file, and could give them someone else's commits.
import { sameMailbox } from './identity-mailbox.js';
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

/** A login this long, as an address's mailbox, is the account holder's ("jo@…" could be anyone). */
const MIN_LOGIN_MAILBOX = 5;

export function buildMatcher(identity: CandidateIdentity): IdentityMatcher {
  const emails = new Set(identity.emails.map(normalizeEmail));
  // A name given in a login's shape ("quicksilver0", "jckail") is also the GitHub
  // account: its noreply commits ("quicksilver <37912597+quicksilver0@users.noreply…>") match.
  const loginNames = identity.names.map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z0-9](?:[a-z0-9-]{0,38})$/.test(n));
  const logins = new Set([...identity.emails.map(noreplyLogin).filter((l): l is string => Boolean(l)), ...loginNames]);
  // Compared without spaces too: "Dmitry Dubovikov" is git's "DmitryDubovikov".
  const compact = (n: string) => normalizeName(n).replace(/ /g, '');
  const names = new Set(identity.names.map(compact).filter(Boolean));
  const firstNames = new Set(identity.names.map(firstName).filter((n): n is string => Boolean(n)));
  const fullNames = fullNamesOf(identity.names);
  // One mailbox under other separators ("murilobiss-dataeng@gmail.com" for "murilobiss.dataeng@gmail.com"): identity-mailbox.ts.
  const sameBox = sameMailbox(emails);
  return (name, email) => {
    const e = normalizeEmail(email);
    if (emails.has(e) || sameBox(e) !== undefined) return true;
    const login = noreplyLogin(e);
    if (login && logins.has(login)) return true;
    // git's user.name set to the login ("murilobiss-dataeng <murilobiss-dataeng@gmail.com>").
    if (logins.has(name.trim().toLowerCase())) return true;
    if (names.has(compact(name))) return true;
    // A machine-made address no one owns ("amine <amine@amine-XPS-15>") belongs to whoever's name it carries.
    if (isMachineLocal(e) && firstNames.has(compact(name))) return true;
    // A mailbox named as the login given, at any domain ("arashabzd@gmail.com" for GitHub's arashabzd, git's machine default
    // "amehrjou@lesum.local" for amehrjou), unless a shared or role mailbox; short ones could be anyone's.
    const mailbox = e.slice(0, e.lastIndexOf('@'));
    if (login === undefined && mailbox.length >= MIN_LOGIN_MAILBOX && loginNames.includes(mailbox) && !isRoleAddress(e)) return true;
    return isPersonalAddress(e) && login === undefined && isBySurname(fullNames, name, e);
  };
}

/** The first word of a full name ("Amine Bouzid" → "amine"), compared like names; undefined for one word or a machine's name. */
function firstName(name: string): string | undefined {
  const n = normalizeName(name);
  const words = n.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && !MACHINE_NAMES.has(n) && !MACHINE_NAMES.has(words[0]) && words[0].length >= 2 ? words[0] : undefined;
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
  if (!host.includes('.') || /(?:^|\.)(?:local|localdomain|localhost|lan|home|internal)$/.test(host)) return true;
  // git's default `$USER@$(hostname -f)` on a networked machine: a host name under a campus or ISP domain
  // ("amine@pcaechraib3.user.resel.fr", "jo@ws042.cs.uni.edu"), not a mail server's name ("mail2.corp.com").
  const [first, ...rest] = host.split('.');
  return rest.length >= 2 && /\d/.test(first) && !/^(?:mail|smtp|mx|ms|email|webmail|post|pop|imap)/.test(first);
}

/** Account names a machine gives when git was never told who is committing (cloud images, containers, CI). */
const MACHINE_NAMES = new Set(
  [
    'root', 'ubuntu', 'ec2 user', 'ec2 default user', 'admin', 'administrator', 'user', 'pi', 'vagrant', 'jovyan', 'codespace',
    'runner', 'docker', 'default', 'debian', 'centos', 'azureuser', 'opc', 'gitpod', 'your name', 'unknown', '(none)',
  ].map(normalizeName),
);

// Every address and name that stands for no person lives here, in one list
// (portfolio-identity.ts asks isPersonalAddress): machine defaults,
// placeholders, bots and AI coding tools.

/** Mailboxes no one person reads: setup guides' placeholders, shared and automation mailboxes. */
const PLACEHOLDER_MAILBOX = /^(?:noreply|no-reply|you|your[._-]?(?:email|name)|email|user|name|test|root|admin|git|github|actions)$/;
/** Domains no one owns (RFC 2606 and setup guides' examples). */
const RESERVED_DOMAIN = /^example\.(?:com|org|net)$|(?:^|\.)(?:test|invalid|localhost)$/;
/** Setup guides' placeholders (`you@example.com`) and GitHub's own web-flow address. */
const PLACEHOLDER_EMAIL = /^(?:you|your[._-]?(?:email|name)|email|user|name)@(?:example\.(?:com|org|net)|domain\.com|email\.com)$|^noreply@github\.com$/;

/**
 * Bots and AI coding tools, by name (normalised): never a person, never a
 * co-author. A tool's name a person could also bear ("Claude", "Devin") is
 * in AMBIGUOUS_TOOL_NAMES and counts only at an address no person owns.
 */
const BOT_NAMES = new Set(
  [
    'github-actions', 'github actions', 'dependabot', 'dependabot-preview', 'renovate', 'renovate-bot', 'pre-commit-ci', 'pre-commit ci',
    'greenkeeper', 'snyk-bot', 'imgbot', 'allcontributors', 'semantic-release-bot', 'mergify', 'codecov', 'deepsource-autofix', 'web-flow',
  ].map(normalizeName),
);
const AI_TOOL_NAMES = new Set(
  [
    'cursor', 'cursor agent', 'cursoragent', 'cursor ai', 'claude code', 'anthropic claude', 'copilot', 'github copilot', 'copilot-swe-agent',
    'devin-ai-integration', 'devin ai', 'aider', 'openai codex', 'chatgpt-codex-connector', 'gemini code assist', 'google-labs-jules',
    'amazon q developer', 'codeium', 'tabnine', 'sweep-ai', 'sweep ai', 'openhands', 'sourcery-ai', 'coderabbitai',
  ].map(normalizeName),
);
const AMBIGUOUS_TOOL_NAMES = new Set(['claude', 'devin', 'jules', 'cline', 'gemini', 'replit', 'v0', 'codex', 'windsurf', 'lovable', 'bolt'].map(normalizeName));
/** Addresses of AI coding tools (the trailers Cursor, Claude Code, Copilot, aider and Codex write). */
const AI_TOOL_EMAIL = /^(?:cursoragent@cursor\.com|[^@]*@(?:anthropic\.com|aider\.chat)|(?:\d+\+)?copilot(?:-swe-agent)?(?:\[bot\])?@users\.noreply\.github\.com|copilot@github\.com|[^@]*codex[^@]*@(?:openai\.com|users\.noreply\.github\.com)|noreply@openai\.com|[^@]*devin-ai-integration[^@]*@[^@]+|devin@cognition(?:-labs)?\.(?:ai|com))$/;
const BOT_EMAIL = /\[bot\]@|(?:^|[.+-])bot@/;

/**
 * An AI coding tool's identity ("Cursor Agent <cursoragent@cursor.com>",
 * "Claude <noreply@anthropic.com>", "Copilot <…+Copilot@users.noreply.github.com>",
 * "aider (gpt-4o) <noreply@aider.chat>"): a tool the author used, never a
 * co-author and never another identity.
 */
export function isAiTool(name: string, email: string): boolean {
  const e = normalizeEmail(email);
  if (AI_TOOL_EMAIL.test(e)) return true;
  // aider writes "aider (model)"; bot accounts "copilot-swe-agent[bot]".
  const n = normalizeName(name.replace(/\[bot\]/gi, '').replace(/\(.*\)/g, ''));
  if (AI_TOOL_NAMES.has(n)) return true;
  return AMBIGUOUS_TOOL_NAMES.has(n) && !isPersonalAddress(e);
}

/** A bot or an AI coding tool: automation, whoever set it up. */
export function isAutomation(name: string, email: string): boolean {
  const e = normalizeEmail(email);
  if (/\[bot\]/i.test(name) || BOT_EMAIL.test(e)) return true;
  return BOT_NAMES.has(normalizeName(name)) || isAiTool(name, email);
}

/** A shared or role mailbox (`admin@…`, `noreply@…`, `github@…`), a bot's or an AI tool's address: no one person's. */
function isRoleAddress(email: string): boolean {
  const e = normalizeEmail(email);
  return PLACEHOLDER_MAILBOX.test(e.slice(0, e.lastIndexOf('@'))) || PLACEHOLDER_EMAIL.test(e) || BOT_EMAIL.test(e) || /\[bot\]/.test(e) || AI_TOOL_EMAIL.test(e);
}

/**
 * An address that stands for one person, safe to carry over to other
 * repositories (portfolio-identity.ts): not a machine default, a placeholder,
 * a shared mailbox (`admin@…`, `noreply@…`), a reserved domain
 * (`…@example.com`, `….test`) or a bot's or AI tool's address.
 */
export function isPersonalAddress(email: string): boolean {
  const e = normalizeEmail(email);
  const at = e.lastIndexOf('@');
  if (at <= 0 || isMachineLocal(e)) return false;
  if (PLACEHOLDER_MAILBOX.test(e.slice(0, at)) || RESERVED_DOMAIN.test(e.slice(at + 1))) return false;
  return !BOT_EMAIL.test(e) && !/\[bot\]/.test(e) && !AI_TOOL_EMAIL.test(e);
}

/**
 * A default identity of a machine or a tool, which stands for no person:
 * an address git made up from a host name (isMachineLocal), a default
 * account name ("ubuntu", "root", "EC2 Default User"), a placeholder address,
 * a bot (`github-actions[bot]`, dependabot, pre-commit-ci) or an AI coding
 * tool (isAiTool). Its commits are "unattributed": they count neither for
 * nor against the candidate, and it is never a co-author. (A reserved domain
 * alone, `bob@example.com`, is not: only isPersonalAddress refuses it.)
 */
export function isMachineIdentity(name: string, email: string): boolean {
  const e = normalizeEmail(email);
  if (isMachineLocal(e) || PLACEHOLDER_EMAIL.test(e) || isAutomation(name, e)) return true;
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
 *   from a machine whose git was never given an address (isMachineLocal);
 * - at a machine-made address, the first name of a full name those commits
 *   carry ("amine <amine@amine-XPS-15>" beside "Amine Bouzid <…>");
 * - any name at a personal address (isPersonalAddress) a commit the identity
 *   matched uses: "AmineEch <amine@school.example>" beside "Amine Echraibi
 *   <amine@school.example>", as the portfolio carries addresses
 *   (portfolio-identity.ts), here for one repository scanned alone; and
 *   any name at the same mailbox under other separators (identity-mailbox.ts).
 */
export function withAliases(matcher: IdentityMatcher, authors: ReadonlyArray<{ name: string; email: string }>): IdentityMatcher {
  const compact = (n: string) => normalizeName(n).replace(/ /g, '');
  const distinct = new Map(authors.map((a) => [`${a.name}\u0000${a.email}`, a]));
  const matched = [...distinct.values()].filter((a) => matcher(a.name, a.email));
  const addresses = new Set(matched.map((a) => normalizeEmail(a.email)).filter(isPersonalAddress));
  const carried = matched.map((a) => a.name);
  const full = new Set(carried.filter(isFullName).map(compact));
  const names = new Set(carried.map(compact).filter(Boolean));
  // At a machine-made address, the first name of a full name the candidate's commits carry is theirs too.
  const firstNames = new Set(carried.map(firstName).filter((n): n is string => Boolean(n)));
  if (names.size === 0 && full.size === 0 && addresses.size === 0) return matcher;
  const sameBox = sameMailbox(addresses);
  return (name, email) =>
    matcher(name, email) ||
    addresses.has(normalizeEmail(email)) ||
    sameBox(email) !== undefined ||
    full.has(compact(name)) ||
    ((noreplyLogin(email) !== undefined || isMachineLocal(email)) && names.has(compact(name))) ||
    (isMachineLocal(email) && firstNames.has(compact(name)));
}

export function hasIdentity(identity: CandidateIdentity | undefined): identity is CandidateIdentity {
  return Boolean(identity && (identity.emails.length > 0 || identity.names.length > 0));
}

// The candidate's own address under a nickname: an author whose git name is
// one word (a login, a nickname, a first name) and whose personal address
// spells the candidate's surname with their first initial ("silversurfer0
// <vova.kuzmenkov@…>", "Vladimir <vkuzmenkov0@…>" for Vladimir Kuzmenkov),
// or whose one-word name is the surname itself at an address carrying it
// ("shojaei <shojaei1377@…>" for Mohammad Shojaei). A different full name
// ("Jane Smith <jsmith@…>" beside John Smith) is never the candidate.

/** Shorter surnames (Li, Wu, Kim) are too common to carry an address. */
const MIN_SURNAME = 4;

interface FullName {
  initial: string;
  surname: string;
}

/** First initial and last word of each full name given (two words or more, letters only). */
function fullNamesOf(names: readonly string[]): FullName[] {
  return names.flatMap((n) => {
    const words = normalizeName(n).split(' ').filter((w) => /^\p{L}+$/u.test(w));
    const surname = words.at(-1);
    return words.length >= 2 && surname && surname.length >= MIN_SURNAME ? [{ initial: words[0][0], surname }] : [];
  });
}

/** The mailbox's words without trailing digits: `vova.kuzmenkov0+x@…` → `vova`, `kuzmenkov`. */
function mailboxWords(email: string): string[] {
  const local = normalizeEmail(email).split('@')[0].split('+')[0];
  return normalizeName(local.replace(/\d+/g, ' ')).split(' ').filter(Boolean);
}

/** Whether a one-word author at a personal address is, by surname and initial, one of `fullNames`. */
function isBySurname(fullNames: readonly FullName[], name: string, email: string): boolean {
  const oneWord = normalizeName(name).split(' ').filter(Boolean);
  if (fullNames.length === 0 || oneWord.length !== 1) return false;
  const words = mailboxWords(email);
  return fullNames.some(({ initial, surname }) => {
    if (oneWord[0] === surname && words.some((w) => w.startsWith(surname))) return true;
    if (words.includes(initial + surname)) return true;
    return words.includes(surname) && words.some((w) => w !== surname && w.startsWith(initial));
  });
}
