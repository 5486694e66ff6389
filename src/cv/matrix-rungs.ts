// The rung of one tool in one repository (docs/cv.md). A repository holding
// several projects (each with its own pyproject.toml, setup.py or
// requirements*.txt) is judged project by project: one deployed project does
// not make every library of the repository `production`.
import { getTool, hasTool } from '../catalog/index.js';
import type { RepoScan } from '../scan/types.js';
import type { SignalId } from '../signals/ids.js';
import { deploymentReason, isDeployed } from '../scan/deployment.js';
import { projectOf } from '../scan/projects.js';
import type { Evidence, ToolUse } from '../signals/types.js';
import { productOf } from './products.js';

export const LADDER = ['none', 'declared', 'used', 'project', 'production'] as const;
/** How far the evidence goes. `not-checked`: the analyser has no detector for this skill. */
export type EvidenceLevel = (typeof LADDER)[number] | 'not-checked';

export interface MatrixEvidence {
  repo: string;
  /** `path:line` (or a path). */
  location: string;
  match: string;
}

export interface Rung {
  level: EvidenceLevel;
  reason: string;
  evidence: MatrixEvidence[];
}

export type KindOf = (tool: string) => string | undefined;

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
/** A project's own deployment: what maturity level 2 asks besides CI. */
const DEPLOYMENT_SIGNALS: SignalId[] = ['serving_api', 'containerized', 'infra_as_code'];

/** Up to three places, each once: two matches on one line would read as a repeated citation. */
export function cite(repo: string, items: readonly Evidence[]): MatrixEvidence[] {
  const places = items.filter((e, i) => items.findIndex((x) => x.location === e.location) === i);
  return places.slice(0, 3).map((e) => ({ repo, location: e.location, match: e.match }));
}

/** Evidence naming the tool, or a grouping of it (`llamaindex-llm` for LlamaIndex). */
const names = (e: Evidence, tool: string) => e.tool !== undefined && (e.tool === tool || productOf(e.tool) === tool);

/**
 * True when the tool is central to the repository: many files, or the most
 * used tool of its kind there in at least a tenth of the code files (two
 * imports of pandas among forty scripts do not make it the project's tool).
 */
function isCentral(use: ToolUse, scan: RepoScan, kindOf: KindOf): boolean {
  const code = scan.summary.pythonFiles + scan.summary.notebooks;
  if (use.files >= 5 || (use.files >= 2 && use.files >= 0.25 * code)) return true;
  const kind = kindOf(use.tool);
  const rivals = scan.tools.filter((t) => t.used && t.tool !== use.tool && kind !== undefined && kindOf(t.tool) === kind);
  return use.files >= 2 && use.files >= 0.1 * code && rivals.every((t) => t.files < use.files);
}

/** The same test inside one project: files there, against its rivals' files there. */
function isCentralIn(project: string, use: ToolUse, scan: RepoScan, kindOf: KindOf): boolean {
  const files = use.projects?.[project] ?? 0;
  if (files >= 5) return true;
  const kind = kindOf(use.tool);
  const rivals = scan.tools.filter((t) => t.used && t.tool !== use.tool && kind !== undefined && kindOf(t.tool) === kind);
  return files >= 2 && rivals.every((t) => (t.projects?.[project] ?? 0) < files);
}

/** The project's own deployment evidence (a serving API, container or infrastructure under its root). */
function deploymentOf(project: string, scan: RepoScan): Evidence[] {
  const roots = new Set(scan.projects ?? []);
  return scan.signals
    .filter((s) => s.present === true && DEPLOYMENT_SIGNALS.includes(s.id))
    .flatMap((s) => s.evidence.filter((e) => projectOf(e.path, roots) === project));
}

/** The best rung over the projects of a multi-project repository that use the tool. */
function projectRung(use: ToolUse, scan: RepoScan, kindOf: KindOf, onPath: SignalId | undefined): Rung {
  const roots = new Set(scan.projects ?? []);
  const all = [...use.evidence, ...use.configFiles.map((p) => ({ path: p, location: p, match: p }) as Evidence)];
  const rungs = Object.entries(use.projects ?? {}).map(([project, files]): Rung => {
    const own = all.filter((e) => projectOf(e.path, roots) === project);
    const evidence = cite(scan.name, own.length > 0 ? own : all);
    const where = project === '.' ? 'the repository root' : project;
    const deployed = scan.maturity.level >= 2 ? deploymentOf(project, scan) : [];
    if (deployed.length > 0 && inShippedCode(own)) {
      return { level: 'production', reason: `used in ${where}, a deployed project (${deployed[0].location})`, evidence };
    }
    if (isCentralIn(project, use, scan, kindOf)) return { level: 'project', reason: `central to ${where} (${files} files)`, evidence };
    return { level: 'used', reason: `used in ${files} file(s) of ${where}`, evidence };
  });
  const best = bestRung(rungs) ?? { level: 'used', reason: `used in ${use.files} file(s)`, evidence: cite(scan.name, all) };
  if (onPath && best.level === 'used') return { ...best, level: 'project', reason: `on the ${onPath} path (no deployment shown)` };
  return best;
}

export function bestRung(rungs: Rung[]): Rung | undefined {
  return [...rungs].sort((a, b) => LADDER.indexOf(b.level as never) - LADDER.indexOf(a.level as never))[0];
}

/** Tests, notebooks, examples and scratch folders: code a deployment does not ship. */
const NOT_SHIPPED = /(?:^|\/)(?:tests?|testing|notebooks?|examples?|samples?|demos?|scratch|sandbox|playground|tutorials?|drafts?|old|archive)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$|\.ipynb$/i;

/** Whether the tool is used in code a deployment ships (not only in tests, notebooks or examples). */
const inShippedCode = (items: readonly Evidence[]) => items.some((e) => !NOT_SHIPPED.test(e.path));

/**
 * The tool's rung in one repository, or undefined when the repository does
 * not show it. `production` needs a deployment: a tool on a pipeline,
 * registry or monitoring path of a repository that deploys nothing is at
 * most `project`.
 */
export function rungIn(tool: string, scan: RepoScan, kindOf: KindOf): Rung | undefined {
  const use = scan.tools.find((t) => t.tool === tool);
  // A claim is backed by the candidate's code: a tool that blame finds only in other identities' lines is no
  // evidence of theirs (real-people review: NLTK "project" from a teammate's files). Unjudged lines (no history, no
  // identity) keep the rule below.
  const judged = (use?.evidence ?? []).filter((e) => e.blame?.candidate !== undefined);
  if (use && judged.length > 0 && judged.length === use.evidence.length && judged.every((e) => e.blame?.candidate === false)) {
    return { level: 'none', reason: `used in ${scan.name} only in lines by other identities`, evidence: cite(scan.name, judged) };
  }
  const onPath = scan.signals
    .filter((s) => s.present && PRODUCTION_SIGNALS.includes(s.id))
    .flatMap((s) => s.evidence.filter((e) => names(e, tool)).map((e) => ({ signal: s.id, e })));
  const deployed = isDeployed(scan) && !use?.projects;
  if (onPath.length > 0 && deployed && inShippedCode(onPath.map((p) => p.e))) {
    return { level: 'production', reason: `on the ${onPath[0].signal} path of a deployed repository`, evidence: cite(scan.name, onPath.map((p) => p.e)) };
  }
  if (onPath.length > 0 && !use?.used) {
    return { level: 'project', reason: `on the ${onPath[0].signal} path (no deployment shown)`, evidence: cite(scan.name, onPath.map((p) => p.e)) };
  }
  if (!use) {
    // A detector may cite the tool without the tool list carrying it (a Dockerfile for docker).
    const cited = scan.signals.filter((x) => x.present).flatMap((x) => x.evidence.filter((e) => names(e, tool) && e.kind !== 'declared-only'));
    if (cited.length === 0) return undefined;
    // The container a deployed repository ships in is in production as much as the code in it.
    if (deployed && inShippedCode(cited)) return { level: 'production', reason: 'cited by a detector in a deployed repository', evidence: cite(scan.name, cited) };
    return { level: 'used', reason: 'cited by a detector', evidence: cite(scan.name, cited) };
  }
  if (use.used && use.projects) return projectRung(use, scan, kindOf, onPath.length > 0 ? onPath[0].signal : undefined);
  const usedAt = cite(scan.name, use.evidence.length > 0 ? use.evidence : use.configFiles.map((p) => ({ location: p, match: p }) as Evidence));
  if (use.used && deployed && inShippedCode(use.evidence.length > 0 ? use.evidence : use.configFiles.map((p) => ({ path: p }) as Evidence))) {
    return { level: 'production', reason: `used in the shipped code of a deployed repository (${deploymentReason(scan)})`, evidence: usedAt };
  }
  if (use.used && onPath.length > 0) {
    return { level: 'project', reason: `on the ${onPath[0].signal} path (no deployment shown)`, evidence: cite(scan.name, onPath.map((p) => p.e)) };
  }
  if (use.used && isCentral(use, scan, kindOf)) return { level: 'project', reason: `central to the repository (${use.files} files)`, evidence: usedAt };
  if (use.used) return { level: 'used', reason: `used in ${use.files} file(s)`, evidence: usedAt };
  return impliedUse(tool, scan) ?? { level: 'declared', reason: 'only declared as a dependency', evidence: cite(scan.name, use.declared) };
}

/**
 * A declared tool whose signal is present on evidence of no other tool is in
 * use even without an import: pytest declared and test functions defined.
 * Only when no other tool of that signal is used in the repository: FastAPI
 * routes are FastAPI's, never evidence of a declared aiohttp (real-people
 * review). The reason says the use is implied, not seen.
 */
function impliedUse(tool: string, scan: RepoScan): Rung | undefined {
  if (!hasTool(tool)) return undefined;
  const signals = getTool(tool).signals as readonly SignalId[];
  for (const s of scan.signals) {
    if (s.present !== true || !signals.includes(s.id)) continue;
    const rivals = scan.tools.filter((t) => t.used && t.tool !== tool && productOf(t.tool) !== tool && hasTool(t.tool) && (getTool(t.tool).signals as readonly SignalId[]).includes(s.id));
    if (rivals.length > 0) continue;
    const own = s.evidence.filter((e) => (!e.tool || e.tool === tool) && e.kind !== 'declared-only');
    if (own.length > 0) return { level: 'used', reason: `declared, never imported; implied by ${s.id}, which uses no other library`, evidence: cite(scan.name, own) };
  }
  return undefined;
}
