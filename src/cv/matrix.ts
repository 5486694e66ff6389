// Claims against evidence: for each skill a CV claims, the strongest evidence
// in the scanned repositories on the ladder none → declared → used → project
// → production, with its path:line; and the reverse list, tools the
// repositories show that the CV does not claim (hidden strengths).
import { getTool, hasTool } from '../catalog/index.js';
import type { RepoScan } from '../scan/types.js';
import type { SignalId } from '../signals/ids.js';
import type { Evidence, ToolUse } from '../signals/types.js';
import type { CvClaims, SkillCategory } from './types.js';

export const LADDER = ['none', 'declared', 'used', 'project', 'production'] as const;
/** How far the evidence goes. `not-checked`: the analyser has no detector for this skill. */
export type EvidenceLevel = (typeof LADDER)[number] | 'not-checked';

export interface MatrixEvidence {
  repo: string;
  /** `path:line` (or a path). */
  location: string;
  match: string;
}

export interface MatrixRow {
  skill: string;
  name: string;
  category: SkillCategory;
  level: EvidenceLevel;
  /** Why this rung: "used in 12 files", "on the serving path (serving_api)". */
  reason: string;
  evidence: MatrixEvidence[];
}

export interface ClaimMatrix {
  repositories: string[];
  rows: MatrixRow[];
  /** Tools used in the repositories that the CV does not name. */
  unclaimed: MatrixRow[];
}

/** Signals on the serving, pipeline or monitoring path: a tool there is in production use. */
const PRODUCTION_SIGNALS: SignalId[] = [
  'serving_api',
  'pipeline_orchestration',
  'drift_monitoring',
  'observability',
  'model_registry',
  'automated_retraining',
  'infra_as_code',
];

interface Rung {
  level: EvidenceLevel;
  reason: string;
  evidence: MatrixEvidence[];
}

function cite(repo: string, items: Evidence[]): MatrixEvidence[] {
  return items.slice(0, 3).map((e) => ({ repo, location: e.location, match: e.match }));
}

/** True when the tool is central to the repository: many files, or the most used tool of its kind there. */
function isCentral(use: ToolUse, scan: RepoScan, kindOf: (tool: string) => string | undefined): boolean {
  const code = scan.summary.pythonFiles + scan.summary.notebooks;
  if (use.files >= 5 || (use.files >= 2 && use.files >= 0.25 * code)) return true;
  const kind = kindOf(use.tool);
  const rivals = scan.tools.filter((t) => t.used && t.tool !== use.tool && kind !== undefined && kindOf(t.tool) === kind);
  return use.files >= 2 && rivals.every((t) => t.files < use.files);
}

function rungIn(tool: string, scan: RepoScan, kindOf: (tool: string) => string | undefined): Rung | undefined {
  const use = scan.tools.find((t) => t.tool === tool);
  const onPath = scan.signals.filter((s) => s.present && PRODUCTION_SIGNALS.includes(s.id)).flatMap((s) =>
    s.evidence.filter((e) => e.tool === tool).map((e) => ({ signal: s.id, e })),
  );
  if (onPath.length > 0) {
    return { level: 'production', reason: `on the ${onPath[0].signal} path`, evidence: cite(scan.name, onPath.map((p) => p.e)) };
  }
  if (!use) {
    // A detector may cite the tool without the tool list carrying it (a Dockerfile for docker).
    const cited = scan.signals.filter((x) => x.present).flatMap((x) => x.evidence.filter((e) => e.tool === tool && e.kind !== 'declared-only'));
    return cited.length > 0 ? { level: 'used', reason: 'cited by a detector', evidence: cite(scan.name, cited) } : undefined;
  }
  const usedAt = cite(scan.name, use.evidence.length > 0 ? use.evidence : use.configFiles.map((p) => ({ location: p, match: p }) as Evidence));
  if (use.used && scan.maturity.level >= 2) {
    return { level: 'production', reason: `used in a repository at maturity ${scan.maturity.level} (${scan.maturity.name})`, evidence: usedAt };
  }
  if (use.used && isCentral(use, scan, kindOf)) return { level: 'project', reason: `central to the repository (${use.files} files)`, evidence: usedAt };
  if (use.used) return { level: 'used', reason: `used in ${use.files} file(s)`, evidence: usedAt };
  return impliedUse(tool, scan) ?? { level: 'declared', reason: 'only declared as a dependency', evidence: cite(scan.name, use.declared) };
}

/**
 * A declared tool whose signal is present on evidence of no other tool is in
 * use even without an import: pytest declared and test functions defined.
 */
function impliedUse(tool: string, scan: RepoScan): Rung | undefined {
  if (!hasTool(tool)) return undefined;
  const signals = getTool(tool).signals as readonly SignalId[];
  for (const s of scan.signals) {
    if (s.present !== true || !signals.includes(s.id)) continue;
    const own = s.evidence.filter((e) => (!e.tool || e.tool === tool) && e.kind !== 'declared-only');
    if (own.length > 0) return { level: 'used', reason: `declared, and ${s.id} is present`, evidence: cite(scan.name, own) };
  }
  return undefined;
}

function pythonRung(scans: RepoScan[]): Rung {
  const withPython = scans.filter((s) => s.summary.pythonFiles + s.summary.notebooks > 0);
  if (withPython.length === 0) return { level: 'none', reason: 'no Python files in any repository', evidence: [] };
  const total = withPython.reduce((n, s) => n + s.summary.pythonFiles + s.summary.notebooks, 0);
  const level = withPython.some((s) => s.maturity.level >= 2) ? 'production' : 'project';
  return { level, reason: `${total} Python files and notebooks`, evidence: withPython.map((s) => ({ repo: s.name, location: '.', match: `${s.summary.pythonFiles} .py files` })) };
}

function best(rungs: Rung[]): Rung | undefined {
  return rungs.sort((a, b) => LADDER.indexOf(b.level as never) - LADDER.indexOf(a.level as never))[0];
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
    const base = { skill: skill.id, name: skill.name, category: skill.category };
    if (skill.id === 'python') return { ...base, ...pythonRung(scans) };
    if (!skill.tool) return { ...base, level: 'not-checked', reason: 'no detector for this skill', evidence: [] };
    const found = best(scans.map((s) => rungIn(skill.id, s, kindOf)).filter((r): r is Rung => !!r));
    return { ...base, ...(found ?? { level: 'none', reason: 'claimed; nothing in any repository', evidence: [] }) };
  });
  const claimed = new Set(claims.skills.map((s) => s.id));
  const toolIds = [...new Set(scans.flatMap((s) => s.tools.filter((t) => t.used).map((t) => t.tool)))].filter((t) => !claimed.has(t));
  const unclaimed = toolIds
    .map((tool) => {
      const found = best(scans.map((s) => rungIn(tool, s, kindOf)).filter((r): r is Rung => !!r))!;
      const info = describe(tool) ?? { name: tool, category: 'other' as const };
      return { skill: tool, name: info.name, category: info.category, ...found };
    })
    .sort((a, b) => LADDER.indexOf(b.level as never) - LADDER.indexOf(a.level as never));
  return { repositories: scans.map((s) => s.name), rows, unclaimed };
}
