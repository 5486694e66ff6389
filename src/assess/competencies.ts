// Competency scores 0–100 from signals, by the rule documented in docs/assessment.md:
// each signal's credit is its best repository's strength × authorship × fork ×
// recency factor, times a breadth bonus for more repositories, capped at 1;
// the score is the weighted share of credit over the area's signals.
import { authorshipGap } from '../history/verdict.js';
import { isTeamProject } from './authorship.js';
import { SUPPORTING } from './coverage.js';
import type { Credit } from '../history/types.js';
import type { RepoScan } from '../scan/types.js';
import type { SignalId } from '../signals/ids.js';
import type { SignalResult } from '../signals/types.js';
import type { CompetencyData } from './weights.js';
import { COMPETENCY_IDS, type CitedEvidence, type CompetencyScore, type Contribution } from './types.js';

/** Cited source lines keyed by `repository: location` (read by the screen stage; absent in pure use). */
export type Snippets = Readonly<Record<string, string>>;

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

type Author = 'candidate' | 'other' | 'unknown' | 'adapted' | 'course';

/** The README's credit of a course or tutorial: the repository is its exercises (credits.ts). */
export function courseCredit(scan: RepoScan): Credit | undefined {
  return scan.history?.available ? scan.history.credits?.find((c) => c.course) : undefined;
}

function authorshipOf(scan: RepoScan, signal: SignalResult): Author {
  // A course's exercises: partial authorship whoever committed them (neutral, never a red flag).
  if (courseCredit(scan)) return 'course';
  // Evidence whose file or function credits another source in a comment is not the candidate's own,
  // and never counts below unknown authorship (provenance.ts).
  const own = signal.evidence.filter((e) => !e.adapted);
  const adapted = own.length < signal.evidence.length;
  // A repository whose authorship cannot be judged (no matching commit, an unreadable history...)
  // says nothing about who wrote a line, whatever blame gave each line.
  if (scan.history && authorshipGap(scan.history)) return adapted ? 'adapted' : 'unknown';
  const judged = own.filter((e) => e.blame?.candidate !== undefined);
  if (judged.some((e) => e.blame?.candidate === true)) return 'candidate';
  if (adapted) return 'adapted';
  if (judged.length > 0 && judged.length === own.filter((e) => e.blame).length) return 'other';
  return 'unknown';
}

const authorFactor = (s: CompetencyData['scoring'], author: Author) =>
  author === 'adapted' ? s.authorship.unknown : author === 'course' ? s.authorship.course : s.authorship[author];

function authorLabel(scan: RepoScan, signal: SignalResult, author: Author): string {
  if (author === 'candidate') return 'written by the candidate';
  if (author === 'other') return 'written by others';
  if (author === 'course') return `adapted from a course (${courseCredit(scan)?.path}:${courseCredit(scan)?.line})`;
  if (author === 'adapted') return `adapted from another source (${signal.evidence.find((e) => e.adapted)?.adapted?.location})`;
  return 'authorship unknown';
}

/** Code taken from elsewhere; a team project in which the candidate wrote a real share is not (authorship.ts), its lines are judged one by one. */
function isForked(scan: RepoScan): boolean {
  return scan.signals.some((s) => s.id === 'fork_or_copy' && s.present === true) && !isTeamProject(scan);
}

interface RepoCredit {
  repository: string;
  author: Author;
  factor: number;
  parts: string[];
  evidence: string[];
  cited: CitedEvidence[];
}

function repoCredit(scan: RepoScan, signal: SignalResult, data: CompetencyData, asOf: string, snippets: Snippets): RepoCredit {
  const s = data.scoring;
  const strength = signal.strength === 'config+used' ? s.strength['config+used'] : s.strength.used;
  const author = authorshipOf(scan, signal);
  const last = scan.history?.available ? scan.history.activity.lastCommit : undefined;
  const recent = last === undefined ? 'unknown' : monthsBetween(last, asOf) <= s.recency.within_months ? 'recent' : 'stale';
  const forked = isForked(scan);
  const factor = strength * authorFactor(s, author) * (forked ? s.forked_repository : 1) * s.recency[recent];
  const parts = [
    `${signal.strength ?? 'used'}`,
    authorLabel(scan, signal, author),
    ...(forked ? ['forked/copied repository'] : []),
    ...(recent === 'stale' ? [`last commit ${last}`] : []),
  ];
  // Two places, not one line twice: reports show locations, so two matches on one line would read as a repeated citation.
  // "Written by the candidate" cites only the candidate's own lines, never a teammate's.
  const unique = signal.evidence.filter((e, i, all) => all.findIndex((x) => x.location === e.location) === i);
  const shown = (author === 'candidate' ? unique.filter((e) => e.blame?.candidate === true && !e.adapted) : unique).slice(0, 2);
  const cited = shown.map((e): CitedEvidence => {
    const snippet = snippets[`${scan.name}: ${e.location}`];
    return { repository: scan.name, location: e.location, match: e.match, ...(snippet !== undefined ? { snippet } : {}) };
  });
  return { repository: scan.name, author, factor, parts, evidence: shown.map((e) => `${scan.name}: ${e.location}`), cited };
}

export function scoreCompetencies(
  scans: readonly RepoScan[],
  data: CompetencyData,
  roleWeights: Record<string, number>,
  asOf: string,
  snippets: Snippets = {},
): CompetencyScore[] {
  return COMPETENCY_IDS.map((id) => {
    const spec = data.competencies[id];
    const contributions: Contribution[] = [];
    let total = 0;
    let earned = 0;
    for (const [signalId, weight] of Object.entries(spec.signals) as Array<[SignalId, number]>) {
      total += weight;
      const credits = scans
        .map((scan) => ({ scan, signal: scan.signals.find((x) => x.id === signalId) }))
        .filter((x): x is { scan: RepoScan; signal: SignalResult } => x.signal?.present === true)
        .map(({ scan, signal }) => repoCredit(scan, signal, data, asOf, snippets))
        .sort((a, b) => b.factor - a.factor || (a.repository < b.repository ? -1 : 1));
      const best = credits[0];
      const breadth = Math.min(data.scoring.breadth.max, 1 + data.scoring.breadth.per_extra_repository * Math.max(0, credits.length - 1));
      const credit = best ? Math.min(1, best.factor * breadth) : 0;
      earned += weight * credit;
      contributions.push({
        signal: signalId,
        weight,
        credit: round(credit),
        points: round(weight * credit),
        repositories: credits.map((c) => c.repository),
        // The parts (strength, authorship) describe the best repository, whose lines are cited: said of it alone.
        reason: best ? `${best.parts.join(', ')} in ${best.repository}${credits.length > 1 ? `; present in ${credits.length} repositories` : ''}` : 'no evidence',
        ...(best ? { author: best.author } : {}),
        evidence: best?.evidence ?? [],
        cited: best?.cited ?? [],
      });
    }
    // A supporting practice alone (a validated request body) scores no competency, as it speaks to none (coverage.ts):
    // shown, with no points (real-people review: data engineering 19/100 from a chat request body).
    const credited = contributions.filter((c) => c.credit > 0);
    if (credited.length > 0 && credited.every((c) => SUPPORTING.has(c.signal))) {
      earned = 0;
      for (const c of credited) Object.assign(c, { points: 0, reason: `${c.reason}; a supporting practice alone: not scored` });
    }
    const weak = contributions.filter((c) => c.credit < 0.5).sort((a, b) => b.weight - a.weight || (a.signal < b.signal ? -1 : 1));
    return {
      id,
      title: spec.title,
      score: total > 0 ? Math.round((100 * earned) / total) : 0,
      roleWeight: round(roleWeights[id] ?? 0, 1),
      contributions,
      toRaise: weak.length ? [`evidence of ${weak.slice(0, 4).map((c) => c.signal).join(', ')}`, spec.raise] : [],
    };
  });
}
