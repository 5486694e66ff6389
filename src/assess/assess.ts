// Assessment: what a hiring manager reads. Pure: the same inputs give the same output.
import { resolveSkill } from '../cv/lexicon.js';
import { productOf } from '../cv/products.js';
import type { RepoScan } from '../scan/types.js';
import type { Evidence } from '../signals/types.js';
import { holdsMlCode } from '../scan/deployment.js';
import { worktreeSentence } from '../scan/worktree-note.js';
import { authorshipNotes } from './authorship.js';
import { splitAbsence } from './absence.js';
import { courseCredit, scoreCompetencies, type Snippets } from './competencies.js';
import { evidenceCoverage } from './coverage.js';
import { findRedFlags } from './red-flags.js';
import { normalisedWeights, type RoleProfile } from './role-profile.js';
import type { Assessment, CandidateDetails, CompetencyScore, CvEvidenceInput, GateResult, RepoMaturity, Strength } from './types.js';
import { loadCompetencyData } from './weights.js';

export interface AssessInput {
  /** A label for reports (never used in scoring); replaced in blind mode. */
  label: string;
  scans: readonly RepoScan[];
  cv?: CvEvidenceInput;
  role: RoleProfile;
  /** Date the assessment is made (YYYY-MM-DD), for recency. */
  asOf: string;
  blind?: boolean;
  /** Label in blind mode (e.g. `Candidate 3`); default `Candidate (blind)`. */
  blindLabel?: string;
  /** Shown to the reader when not blind; never scored. */
  identity?: CandidateDetails;
  /** Cited source lines by `repository: location` (see competencies.ts). */
  snippets?: Snippets;
  /** What could not be read, in fixed wording. */
  notes?: string[];
}

export const ADVISORY = 'Advisory only: an evidence summary to prepare the interview, never a decision to reject anyone.';

export function assessCandidate(input: AssessInput): Assessment {
  const data = loadCompetencyData();
  const weights = normalisedWeights(input.role);
  const competencies = scoreCompetencies(input.scans, data, weights, input.asOf, input.snippets);
  const fit = Math.round(competencies.reduce((n, c) => n + (c.score * c.roleWeight) / 100, 0));
  // The ladder reads Python work: a repository without any is not assessed, never "missing tests" (a .NET app with xUnit tests).
  // A working tree that lacks files its last commit tracks was screened as it is on disk: said next to the repository,
  // and one whose commit holds Python is never "no Python code" (real-people review: an empty working tree whose
  // last commit holds 103 Python files).
  const repos = input.scans.map((s): RepoMaturity => ({ ...ladder(s), ...(s.worktree ? { worktree: worktreeSentence(s.worktree) } : {}) }));
  const coverage = evidenceCoverage(competencies, input.cv?.areas ?? [], data);
  const { redFlags, unverified } = splitAbsence(findRedFlags(input.scans, input.role, input.cv, input.asOf), coverage, input.cv);
  const assessment: Assessment = {
    schemaVersion: '1.1',
    candidate: input.blind
      ? { label: input.blindLabel ?? 'Candidate (blind)', blind: true }
      : { label: input.label, blind: false, ...(input.identity ? { identity: input.identity } : {}) },
    role: { name: input.role.name, title: input.role.title },
    asOf: input.asOf,
    fit,
    coverage,
    competencies,
    maturity: { best: Math.max(0, ...repos.map((r) => r.level)), repositories: repos },
    // A must-have that public code does not show is unverified, never missed: absence of public evidence is not
    // evidence of absence (real-people review: "✘ missed: classical_ml" for an engineer who claims it in two dated roles).
    gates: gates(input, competencies).map((g) => (g.met ? g : { ...g, unverified: true })),
    strengths: strengths(input, competencies),
    redFlags,
    unverified,
    notes: [...authorshipNotes(input.scans, Boolean(input.blind), data.scoring.recency.unknown, data.scoring.authorship.course), ...(input.notes ?? [])],
    advisory: ADVISORY,
  };
  if (input.cv) assessment.claims = input.cv.claims;
  return assessment;
}

/** The ladder's reading of one repository; it reads Python work only. */
function ladder(s: RepoScan): RepoMaturity {
  if (s.summary.pythonFiles + s.summary.notebooks === 0) {
    const inCommit = s.worktree?.missingPython ?? 0;
    const name = inCommit > 0 ? `not assessed: the working tree holds none of the ${s.worktree?.trackedPython} Python files its last commit tracks` : 'not assessed: no Python code';
    return { repository: s.name, level: s.maturity.level, name, missingForNext: [] };
  }
  return {
    repository: s.name,
    level: s.maturity.level,
    // The ladder measures how far ML work is taken to production: a packaged, tested tool with no ML code is
    // not "exploration" (real-people review), it is off the ladder.
    name: holdsMlCode(s) ? s.maturity.name : 'no ML code: the ML maturity ladder does not apply',
    missingForNext: s.maturity.conditions.filter((c) => c.level === s.maturity.level + 1 && !c.met).map((c) => c.condition),
  };
}

function gates(input: AssessInput, competencies: CompetencyScore[]): GateResult[] {
  return input.role.must_haves.map((m) => {
    if ('signal' in m) {
      const repos = input.scans.filter((s) => s.signals.some((x) => x.id === m.signal && x.present === true)).map((s) => s.name);
      return { kind: 'signal', id: m.signal, requirement: `${m.signal} present`, met: repos.length > 0, detail: repos.length ? `in ${repos.join(', ')}` : 'in none of the files scanned' };
    }
    const score = competencies.find((c) => c.id === m.competency)?.score ?? 0;
    return { kind: 'competency', id: m.competency, requirement: `${m.competency} ≥ ${m.min}`, met: score >= m.min, detail: `score ${score}` };
  });
}

function strengths(input: AssessInput, competencies: CompetencyScore[]): Strength[] {
  const out: Strength[] = [];
  for (const c of competencies) {
    // Evidence adapted from another source (a library's example, a copied snippet) is never a strength.
    for (const x of c.contributions.filter((k) => k.credit >= 0.8 && k.author !== 'adapted' && input.role.nice_to_haves.includes(k.signal))) {
      if (!out.some((s) => s.id === x.signal)) out.push({ kind: 'signal', id: x.signal, detail: x.reason, evidence: x.evidence });
    }
  }
  for (const tool of (input.cv?.unclaimed ?? []).filter((t) => usedInOwnCode(t, input.scans))) {
    out.push({ kind: 'unclaimed', id: tool, name: resolveSkill(tool)?.name ?? tool, detail: 'used in a repository, not among the CV\'s claims (its skills, roles, projects and summary; publications and talks are not read for claims)', evidence: [] });
  }
  return out;
}

/**
 * Whether a tool is used in the candidate's own code, as far as the history can tell: not when every use of it
 * is in code credited to another source, a copy of such a file in another of their repositories, or a course's
 * exercises, nor when blame gives every judged use to someone else (real-people review: LangGraph and OpenAI listed
 * as strengths from a co-author's files, TensorFlow from a borrowed evaluation harness and its uncredited copies).
 * Without a history or an identity nothing is judged, and the tool stays.
 */
function usedInOwnCode(tool: string, scans: readonly RepoScan[]): boolean {
  const credited = creditedLines(scans);
  const uses = scans.flatMap((s) =>
    s.tools.filter((t) => t.used && (t.tool === tool || productOf(t.tool) === tool)).flatMap((t) => t.evidence.map((e) => ({ e, scan: s }))),
  );
  // A file is a copy of a credited one when one of its lines that does something (not an import) is a line of it.
  const copies = new Set(uses.filter(({ e }) => e.kind !== 'import' && credited.has(copyKey(e))).map(({ e, scan }) => `${scan.name}\0${e.path}`));
  const mine = uses.filter(({ e, scan }) => !courseCredit(scan) && !e.adapted && !copies.has(`${scan.name}\0${e.path}`)).map(({ e }) => e);
  if (uses.length > 0 && mine.length === 0) return false;
  const judged = mine.filter((e) => e.blame?.candidate !== undefined);
  return judged.length === 0 || judged.some((e) => e.blame?.candidate === true);
}

/** A line's place in a copied file: the file's last two path parts and the line's text (`evaluation/evaluate.py` + `tf.gfile.IsDirectory()`). */
function copyKey(e: Evidence): string {
  return `${e.path.split('/').slice(-2).join('/')}\0${e.match}`;
}

/** The lines of files that credit another source, by copyKey: the same line of the same file elsewhere is that file copied. */
function creditedLines(scans: readonly RepoScan[]): Set<string> {
  const all = scans.flatMap((s) => [...s.signals.flatMap((x) => x.evidence), ...s.tools.flatMap((t) => t.evidence)]);
  return new Set(all.filter((e) => e.adapted && e.kind !== 'import').map(copyKey));
}
