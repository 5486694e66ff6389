// The candidate's git identity across their whole portfolio. People commit
// under several names ("Arash A", "Arash Aghababazadeh", a login) but usually
// one address: an author whose address is one the candidate's matched commits
// use, in any of the repositories given, is the candidate. Without this, the
// same person under a short name in a second repository read as "other
// identities" and raised a forked-or-copied flag (real-people review).
//
// Only addresses carry over, never names: a first name alone ("sumedh") could be
// anyone. An address is carried from an author matched as within one
// repository (withAliases): by address, or by the full name a matched commit
// carries. Addresses no one owns (machine defaults, placeholders, bots) are
// never carried over. Git authorship can be written by anyone, so taking the
// CV's own addresses as identities gives a candidate nothing a rewritten
// history would not; it only stops the product accusing them.
import { tryGit, withCandidateRepo } from './git.js';
import { buildMatcher, isPersonalAddress, normalizeEmail, normalizeName, withAliases } from './identity.js';
import { mailboxKey, sameMailbox } from './identity-mailbox.js';
import type { CandidateIdentity } from './types.js';

export interface GitAuthor {
  name: string;
  email: string;
}

export interface IdentityAddition extends GitAuthor {
  /** Why this author is the candidate, for the report's notes. */
  reason: string;
}

export interface PortfolioIdentity {
  identity: CandidateIdentity;
  /** Authors matched only through an address carried over from another matched author. */
  added: IdentityAddition[];
}

/** At most this many authors are read per repository (the log's distinct name/address pairs). */
const MAX_AUTHORS = 5000;

/** Distinct authors (name, address) of HEAD's history, as written in the commits; empty when unreadable. */
export async function readAuthors(root: string): Promise<GitAuthor[]> {
  return withCandidateRepo(
    root,
    async (repo) => {
      const out = await tryGit(repo, ['log', '--no-merges', '--format=%an%x00%ae', 'HEAD']);
      if (!out) return [];
      const seen = new Map<string, GitAuthor>();
      for (const line of out.split('\n')) {
        const [name, email] = line.split('\0');
        if (email === undefined || seen.size >= MAX_AUTHORS) continue;
        seen.set(`${name}\0${normalizeEmail(email)}`, { name, email });
      }
      return [...seen.values()];
    },
    () => [],
  );
}

/** An address that stands for one person (identity.ts keeps the one list of addresses no one owns). */
export { isPersonalAddress };

const GITHUB = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/i;

/** A GitHub login from a profile link on the CV (`https://github.com/alice`), as a noreply address the matcher understands. */
export function loginAddress(url: string): string | undefined {
  const m = new RegExp(`${GITHUB.source}\\/?$`, 'i').exec(url.trim());
  return m ? `${m[1].toLowerCase()}@users.noreply.github.com` : undefined;
}

/**
 * The account a repository URL given as the candidate's lives under
 * (`https://github.com/alice/proj.git` → alice): the user says it is theirs.
 * A fork keeps its upstream authors' own addresses, so this never hides one.
 */
export function ownerAddress(source: string): string | undefined {
  const m = new RegExp(`${GITHUB.source}\\/[A-Za-z0-9._-]+?(?:\\.git)?\\/?$`, 'i').exec(source.trim());
  return m ? `${m[1].toLowerCase()}@users.noreply.github.com` : undefined;
}

/**
 * Grows `seed` with every personal address used by an author it matches, in
 * any repository, until nothing changes; returns the identity and the authors
 * that only the carried-over addresses matched. An author is matched as in
 * one repository (identity.ts withAliases): also by the full name a matched
 * commit carries, so "Arash Mehrjou <amehrjou@lesum.local>", matched by the
 * login given, carries "Arash Mehrjou <mehrjou.arash@gmail.com>"'s address.
 */
export function expandIdentity(seed: CandidateIdentity, authors: readonly GitAuthor[]): PortfolioIdentity {
  const emails = new Set(seed.emails.map(normalizeEmail));
  const firstMatched = new Map<string, { author: GitAuthor; via: string | undefined }>();
  const matchedBySeed = buildMatcher(seed);
  for (;;) {
    const direct = buildMatcher({ emails: [...emails], names: seed.names });
    const matcher = withAliases(direct, authors);
    const before = [...emails];
    let grew = false;
    for (const a of authors) {
      const e = normalizeEmail(a.email);
      if (!matcher(a.name, a.email) || emails.has(e) || !isPersonalAddress(e)) continue;
      emails.add(e);
      if (!firstMatched.has(e)) firstMatched.set(e, { author: a, via: linkOf(a, authors, direct, before) });
      grew = true;
    }
    if (!grew) break;
  }
  const identity = { emails: [...emails].sort(), names: [...seed.names] };
  const matcher = buildMatcher(identity);
  const added: IdentityAddition[] = [];
  const listed = new Set<string>();
  for (const a of authors) {
    const key = `${a.name}\0${normalizeEmail(a.email)}`;
    if (listed.has(key) || matchedBySeed(a.name, a.email) || !matcher(a.name, a.email)) continue;
    listed.add(key);
    const first = firstMatched.get(normalizeEmail(a.email));
    const reason =
      first && first.author.name !== a.name
        ? `same address as the commits of ${first.author.name}`
        : (first?.via ?? (sameMailbox(emails)(a.email) ? mailboxReason(sameMailbox(emails)(a.email) as string) : 'an address given for the candidate or written on the CV'));
    added.push({ name: a.name, email: a.email, reason });
  }
  return { identity, added };
}

const mailboxReason = (address: string, who?: string) =>
  `same mailbox as ${address}${who ? ` (the commits of ${who})` : ''}: the addresses differ only by dots, dashes, underscores or a +tag`;

/**
 * How `a` was linked to the candidate's commits, said as the link actually
 * used: an author the round's matcher matched directly at the same address
 * ("same address as the commits of ashikshafi08"), at the same mailbox under
 * other separators, or under the same full name at another address; an
 * address already carried, spelled otherwise. Undefined when none applies
 * (matched by an identity given, or by a name at a GitHub or machine address).
 */
function linkOf(a: GitAuthor, authors: readonly GitAuthor[], direct: (name: string, email: string) => boolean, carried: readonly string[]): string | undefined {
  const e = normalizeEmail(a.email);
  const others = authors.filter((b) => b !== a && direct(b.name, b.email));
  const byAddress = others.find((b) => normalizeEmail(b.email) === e && b.name !== a.name);
  if (byAddress) return `same address as the commits of ${byAddress.name}`;
  const key = mailboxKey(e);
  const byMailbox = key ? others.find((b) => normalizeEmail(b.email) !== e && mailboxKey(b.email) === key) : undefined;
  if (byMailbox) return mailboxReason(normalizeEmail(byMailbox.email), byMailbox.name);
  const byName = others.find((b) => normalizeEmail(b.email) !== e && normalizeName(b.name) === normalizeName(a.name));
  if (byName) return `same full name as the commits at ${normalizeEmail(byName.email)}`;
  const spelled = sameMailbox(carried)(e);
  return spelled ? mailboxReason(spelled) : undefined;
}
