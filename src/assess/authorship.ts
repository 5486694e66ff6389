// Authorship notes for the assessment (docs/authorship.md): for each
// repository, when authorship could not be judged or only in part, a neutral
// note on an upload by the candidate, a README crediting another source, the
// share of unattributed machine identities, and the co-authors of a team
// project.
// Every note starts with `authorship`, so the reports can show them next to
// the fit; they are also in `notes` of the JSON. They never change a score:
// unknown authorship is scored as the candidate's (data/competencies.yaml).
import {
  aiToolNote,
  authorshipGap,
  boundNote,
  candidateLinesNote,
  candidateUploads,
  coAuthors,
  CREDIT_VERDICT,
  creditNote,
  historyPartialNote,
  machineNote,
  nameList,
  pct,
  sourceAuthors,
  uploadNote,
  takenShare,
} from '../history/verdict.js';
import { possibleAccountsNote, startingPoint, startingPointNote } from '../history/others.js';
import type { HistoryReport } from '../history/types.js';
import type { RepoScan } from '../scan/types.js';

export const AUTHORSHIP_NOTE = 'authorship';

/** True for the notes this module writes. */
export function isAuthorshipNote(note: string): boolean {
  return note.startsWith(`${AUTHORSHIP_NOTE} `);
}

const NEUTRAL = 'evidence of unknown authorship counts as the candidate\'s, so no score is lowered for it';
const ADAPTED_VERDICT = 'evidence there counts as adapted from another source, not as written by the candidate, and scores as unknown authorship; not a red flag';

/** Source comments crediting another source for the evidence's code (provenance.ts): `src/a.py:3 credits another source: "…"`. */
function adaptedNote(scan: RepoScan, blind: boolean): string | undefined {
  const found = new Map<string, string>();
  for (const s of scan.signals) for (const e of s.evidence) if (e.adapted) found.set(e.adapted.location, e.adapted.text);
  const [first, ...more] = [...found];
  if (!first) return undefined;
  const others = more.length > 0 ? ` and ${more.length} more` : '';
  // A blind report quotes no comment: it may name the person who wrote the rest.
  return `${first[0]} credits another source${blind ? '' : `: "${first[1]}"`}${others}`;
}

/** Why no author is the candidate: no identity given, or the ones given match no commit author. */
export function noIdentityReason(h: HistoryReport, blind = false): string {
  const given = h.unmatchedIdentities;
  if (!given) return 'no candidate identity given: --candidate-email, --candidate-name';
  const listed = !blind && given.length > 0 ? ` (${given.join(', ')})` : '';
  return `the identities given${listed} match no commit author`;
}

/**
 * `blind`: no author names (a co-author list could reveal who the candidate is).
 * `recencyUnknown`: the recency factor used when no history could be read, named when it is not 1.
 */
/**
 * Python source: `.py` files or `.ipynb` notebooks. A repository without any
 * (a site theme, a .NET app, a blog whose posts are Markdown exports of
 * notebooks) is not assessed, and who wrote it says nothing of the role.
 */
export function holdsPythonSource(scan: RepoScan): boolean {
  return scan.summary.pythonFiles > 0 || scan.summary.languages.some((l) => l.language === 'Jupyter Notebook');
}

export function authorshipNotes(scans: readonly RepoScan[], blind = false, recencyUnknown = 1, courseFactor = 0.5): string[] {
  const notes: string[] = [];
  for (const scan of scans.filter(holdsPythonSource)) {
    const adapted = adaptedNote(scan, blind);
    if (adapted) notes.push(`${AUTHORSHIP_NOTE} partial in ${scan.name} (${adapted}): ${ADAPTED_VERDICT}`);
    const h = scan.history;
    const gap = h ? authorshipGap(h) : 'history not read';
    if (gap || !h) {
      const kind = gap?.startsWith('history partial') ? 'partial' : 'unknown';
      const recency = !h?.available && recencyUnknown !== 1 ? `; its last commit is unknown, so its evidence counts ×${recencyUnknown} for recency` : '';
      notes.push(`${AUTHORSHIP_NOTE} ${kind} in ${scan.name} (${gap}): ${NEUTRAL}${recency}`);
      continue;
    }
    if (!h.candidate) {
      const authors = sourceAuthors(h);
      const named = !blind && authors.length ? `; authors: ${nameList(authors)}` : '';
      notes.push(`${AUTHORSHIP_NOTE} unknown in ${scan.name} (${noIdentityReason(h, blind)}): ${NEUTRAL}${named}`);
      continue;
    }
    const partial = historyPartialNote(h);
    if (partial) {
      const forked = scan.signals.some((s) => s.id === 'fork_or_copy' && s.present === true);
      const verdict = forked ? 'what could be read shows most own code came from other identities' : NEUTRAL;
      notes.push(`${AUTHORSHIP_NOTE} partial in ${scan.name} (${partial}): ${verdict}`);
    }
    const credit = creditNote(h);
    const course = h.credits?.some((c) => c.course) === true;
    const scored = course ? `its evidence counts as adapted from a course (partial authorship, ×${courseFactor}), not as the candidate's own strength` : NEUTRAL;
    if (credit) notes.push(`${AUTHORSHIP_NOTE} partial in ${scan.name} (${credit}): ${CREDIT_VERDICT}, and ${scored}`);
    if (h.budget.exhausted) {
      notes.push(`${AUTHORSHIP_NOTE} partial in ${scan.name} (blame time budget ran out; ${h.budget.notBlamed.length} files not attributed): ${NEUTRAL}`);
    }
    for (const upload of candidateUploads(h)) notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${uploadNote(upload)}`);
    const bounded = boundNote(h);
    if (bounded) notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${bounded}`);
    const machines = machineNote(h, !blind);
    if (machines) notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${machines}`);
    const tools = aiToolNote(h);
    if (tools) notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${tools}`);
    const maybe = possibleAccountsNote(h, !blind);
    if (maybe) notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${maybe}`);
    const others = coAuthors(h, true);
    // Others' commits all before the candidate's first: a starting point they built on, not co-authors.
    const start = startingPoint(h);
    if (start) {
      const named = blind ? '' : `; its authors: ${nameList(others)}`;
      notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: ${startingPointNote(h, start)}${others.length > 0 ? named : ''}`);
    } else if (others.length > 0) {
      const named = blind ? `${others.length} other identit${others.length === 1 ? 'y' : 'ies'}` : nameList(others);
      // Commit counts alone can make the author of most of the code look minor (one commit that brought it in).
      const lines = candidateLinesNote(h);
      notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: written with co-authors: ${named}${lines ? `; ${lines}` : ''}`);
    }
    const team = teamShare(scan);
    // Not a team when nobody worked beside the candidate: a starting point, or an account possibly theirs (notes above).
    if (team !== undefined && !start && coAuthors(h).length > 0 && scan.signals.some((s) => s.id === 'fork_or_copy' && s.present === true)) {
      notes.push(`${AUTHORSHIP_NOTE} in ${scan.name}: a team project in which the candidate wrote ${pct(team)} of the own code: not a red flag; ask which parts were theirs`);
    }
  }
  return notes;
}

/** The candidate's share of the own code below which a history with other authors reads as code taken, not teamwork. */
export const TEAM_SHARE_MIN = 0.25;

/**
 * A repository written with others in which the candidate's own share of the code (lines added, else blamed lines)
 * is at least TEAM_SHARE_MIN, and no one else imported the code in bulk.
 */
export const isTeamProject = (scan: RepoScan): boolean => teamShare(scan) !== undefined;

/** The candidate's share of the own code of a team project (isTeamProject), else undefined. */
function teamShare(scan: RepoScan): number | undefined {
  const h = scan.history;
  if (!h?.available || !h.candidate) return undefined;
  const taken = takenShare(h);
  const othersShare = taken ? (taken.byLines ?? taken.byBlame) : null;
  if (othersShare === null || othersShare === undefined) return undefined;
  const own = 1 - othersShare;
  // Written beside others: co-authors, an account possibly the candidate's, or a starting point (others.ts; its note says which).
  const beside = coAuthors(h).length > 0 || h.authors.some((a) => a.possibleCandidate === true && a.sourceCommits > 0);
  return own >= TEAM_SHARE_MIN && beside && !h.bulkImports.some((b) => b.candidate === false) ? own : undefined;
}
