// Claims against evidence: for each skill a CV claims, the strongest evidence
// in the scanned repositories on the ladder none → declared → used → project
// → production, with its path:line; and the reverse list, tools the
// repositories show that the CV does not claim (hidden strengths).
import type { RepoScan } from '../scan/types.js';
import { bestRung, LADDER, rungIn, type EvidenceLevel, type KindOf, type MatrixEvidence, type Rung } from './matrix-rungs.js';
import { resolveSkill } from './lexicon.js';
import { productOf } from './products.js';
import type { ClaimContext, CvClaims, SkillCategory, SkillClaim } from './types.js';

export { LADDER, type EvidenceLevel, type MatrixEvidence } from './matrix-rungs.js';

export interface MatrixRow {
  skill: string;
  name: string;
  category: SkillCategory;
  level: EvidenceLevel;
  /** Why this rung: "used in 12 files", "on the serving path (serving_api)". */
  reason: string;
  evidence: MatrixEvidence[];
  /** Where the CV makes the claim (absent for unclaimed tools). */
  context?: ClaimContext;
  /** The CV's own words where they differ from `name` ("Datadog APM" for Datadog). */
  cvText?: string;
  /** 1 for the claim the CV leans on most (src/cv/prominence.ts), 2 the next, ... */
  prominence?: number;
  /** Where on the CV the claim is first made and how often (absent for unclaimed tools and CVs read before it existed). */
  position?: ClaimPosition;
}

export interface ClaimPosition {
  /** First line naming it (0-based) and its section. */
  line: number;
  section: string;
  mentions: number;
  /** Dated roles naming it, and places (each such role, each other section). */
  roles: number;
  places: number;
  /** 0 when the most recent dated role(s) name it, 1 the next, ...; absent when no dated role does. */
  roleRank?: number;
  /** Named in the summary or headline. */
  summary?: boolean;
}

/** The claim's place on the CV, when the CV was read with positions. */
function positionOf(skill: SkillClaim): ClaimPosition | undefined {
  if (skill.places === undefined) return undefined;
  const { line, mentions, roles = 0, places, roleRank, summary } = skill;
  return { line, section: skill.where[0] ?? 'other', mentions, roles, places, ...(roleRank !== undefined ? { roleRank } : {}), ...(summary ? { summary } : {}) };
}

/** Rows as readers see them: the claims the CV leans on most first, rows without a prominence after, in their order. */
export function byProminence<T extends { prominence?: number }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.prominence ?? Infinity) - (b.r.prominence ?? Infinity) || a.i - b.i)
    .map((x) => x.r);
}

export interface ClaimMatrix {
  repositories: string[];
  rows: MatrixRow[];
  /** Tools used in the repositories that the CV does not name, as products (LlamaIndex, not its groupings). */
  unclaimed: MatrixRow[];
}

function pythonRung(scans: readonly RepoScan[]): Rung {
  const withPython = scans.filter((s) => s.summary.pythonFiles + s.summary.notebooks > 0);
  if (withPython.length === 0) return { level: 'none', reason: 'no Python files in any repository', evidence: [] };
  const total = withPython.reduce((n, s) => n + s.summary.pythonFiles + s.summary.notebooks, 0);
  const level = withPython.some((s) => s.maturity.level >= 2) ? 'production' : 'project';
  return { level, reason: `${total} Python files and notebooks`, evidence: withPython.map((s) => ({ repo: s.name, location: '.', match: `${s.summary.pythonFiles} .py files` })) };
}

/** Git: every repository with history shows it. */
function gitRung(scans: readonly RepoScan[]): Rung {
  const withHistory = scans.filter((s) => s.source.commit !== undefined || s.history?.available === true);
  if (withHistory.length === 0) return { level: 'none', reason: 'no repository with git history', evidence: [] };
  const evidence = withHistory.slice(0, 3).map((s) => ({ repo: s.name, location: '.', match: s.source.commit ? `commit ${s.source.commit.slice(0, 12)}` : 'git history' }));
  return { level: 'used', reason: `${withHistory.length} repositor${withHistory.length === 1 ? 'y' : 'ies'} with git history`, evidence };
}

const GITHUB = /^(https?:\/\/|git@|ssh:\/\/git@)(www\.)?github\.com[/:]/i;

/** True for a repository source on GitHub (a blind report keeps only this: `https://github.com/[redacted]`). */
export function isGitHubSource(input: string): boolean {
  return GITHUB.test(input);
}

/** GitHub: a repository taken from GitHub shows it. */
function githubRung(scans: readonly RepoScan[]): Rung {
  const hosted = scans.filter((s) => isGitHubSource(s.source.input));
  if (hosted.length === 0) return { level: 'none', reason: 'no repository from GitHub', evidence: [] };
  return { level: 'used', reason: `${hosted.length} repositor${hosted.length === 1 ? 'y' : 'ies'} from GitHub`, evidence: hosted.slice(0, 3).map((s) => ({ repo: s.name, location: '.', match: s.source.input })) };
}

/** Skills the portfolio itself shows, not a detector: its language, its version control, its host. */
const META: Record<string, (scans: readonly RepoScan[]) => Rung> = { python: pythonRung, git: gitRung, github: githubRung };

const CONTEXT_WORDS: Record<ClaimContext, string> = { role: 'in a dated role', project: 'in a project', prose: 'in a sentence', list: 'in a skills list' };

/** Why a claim no repository shows is unverified: public code cannot settle it either way. */
function unverifiedReason(context: ClaimContext | undefined): string {
  // Said of the repositories screened: the candidate may have others (real-people review: "no public code shows
  // Terraform" for an engineer with two Terraform repositories that were not chosen).
  if (!context) return 'claimed; not in the repositories screened';
  return `claimed ${CONTEXT_WORDS[context]}; not in the repositories screened${context === 'list' ? '' : ': ask in the interview'}`;
}

/**
 * The CV's words beyond the skill's own name ("Distributed Data" in "PyTorch
 * Distributed Data"): what follows the longest leading run of words that
 * names the skill; '' when they add nothing.
 */
export function addedWords(cvText: string, id: string): string {
  const words = cvText.split(/\s+/);
  for (let n = words.length; n > 0; n--) if (resolveSkill(words.slice(0, n).join(' '))?.id === id) return words.slice(n).join(' ');
  return '';
}

/** A rung found for a product the CV names with more words: the evidence is of the product, not of what the words add. */
function productOnly(rung: Rung, skill: SkillClaim): Rung {
  const added = skill.cvText !== undefined && rung.level !== 'none' ? addedWords(skill.cvText, skill.id) : '';
  return added ? { ...rung, reason: `${rung.reason}; evidence of ${skill.name}: '${added}' itself not checked` } : rung;
}

function toolRung(tool: string, scans: readonly RepoScan[], kindOf: KindOf): Rung | undefined {
  return bestRung(scans.map((s) => rungIn(tool, s, kindOf)).filter((r): r is Rung => !!r));
}

/**
 * Sets every claimed skill against the scans. `category` tells which catalogue
 * tools are rivals when judging a repository's main framework.
 */
export function buildClaimMatrix(
  claims: CvClaims,
  scans: RepoScan[],
  describe: (tool: string) => { name: string; category: SkillCategory } | undefined,
): ClaimMatrix {
  const kindOf = (tool: string) => describe(tool)?.category;
  const rows: MatrixRow[] = claims.skills.map((skill) => {
    const position = positionOf(skill);
    const base = {
      skill: skill.id,
      name: skill.name,
      category: skill.category,
      ...(skill.context ? { context: skill.context } : {}),
      ...(skill.cvText !== undefined ? { cvText: skill.cvText } : {}),
      ...(skill.prominence !== undefined ? { prominence: skill.prominence } : {}),
      ...(position ? { position } : {}),
    };
    const meta = META[skill.id];
    if (meta) return { ...base, ...meta(scans) };
    if (!skill.tool) return { ...base, level: 'not-checked', reason: 'no detector for this skill', evidence: [] };
    const found = toolRung(skill.id, scans, kindOf);
    return { ...base, ...(found ? productOnly(found, skill) : { level: 'none', reason: unverifiedReason(skill.context), evidence: [] }) };
  });
  const claimed = new Set(claims.skills.map((s) => s.id));
  const used = scans.flatMap((s) => s.tools.filter((t) => t.used).map((t) => productOf(t.tool)));
  const toolIds = [...new Set(used)].filter((t): t is string => t !== undefined && !claimed.has(t));
  const unclaimed = toolIds
    .map((tool) => {
      const found = toolRung(tool, scans, kindOf) ?? { level: 'used' as const, reason: 'used in a grouping of the tool', evidence: [] };
      const info = describe(tool) ?? { name: tool, category: 'other' as const };
      return { skill: tool, name: info.name, category: info.category, ...found };
    })
    .sort((a, b) => LADDER.indexOf(b.level as never) - LADDER.indexOf(a.level as never));
  return { repositories: scans.map((s) => s.name), rows, unclaimed };
}
