// Evidence constructors: detectors build evidence only through these, so
// every item has the same shape and a correct `location`.
import type { Loc } from '../parse/types.js';
import type { Evidence, EvidenceKind } from './types.js';

/** `path:line`, `path#cell=N:line` for notebooks, or `path` for a whole file. */
export function formatLocation(path: string, loc?: Partial<Loc>): string {
  if (!loc?.line) return path;
  if (loc.cell !== undefined && loc.cell >= 0) return `${path}#cell=${loc.cell}:${loc.line}`;
  return `${path}:${loc.line}`;
}

function build(path: string, loc: Partial<Loc> | undefined, match: string, kind: EvidenceKind, tool?: string): Evidence {
  const e: Evidence = { path, location: formatLocation(path, loc), match, kind };
  if (loc?.line) e.line = loc.line;
  if (loc?.cell !== undefined && loc.cell >= 0) e.cell = loc.cell;
  if (tool) e.tool = tool;
  return e;
}

/** A function whose name says it is a demo, a stub or a stand-in, not the code that runs. */
const STAND_IN = /(^|[._])(demo|stub|mock|fake|dummy)(_|$)/i;

/** Something in code: an import, a call, a class, a decorator or a function. */
export function codeEvidence(
  path: string,
  loc: Loc & { inExcept?: true; inFunction?: string },
  match: string,
  kind: 'import' | 'call' | 'class' | 'decorator' | 'function' = 'call',
  tool?: string,
): Evidence {
  const e = build(path, loc, match, kind, tool);
  // Code in an `except` fallback or a demo stub is cited only when nothing on the main path shows the same (run.ts sorts it last).
  if (loc.inExcept || (loc.inFunction !== undefined && STAND_IN.test(loc.inFunction))) e.fallback = true;
  return e;
}

/** A setting in a config file (`tool.ruff`, `on: schedule`, `kind: Deployment`). */
export function configEvidence(path: string, loc: Partial<Loc> | undefined, match: string, tool?: string): Evidence {
  return build(path, loc, match, 'config', tool);
}

/** A file whose presence decides (a Dockerfile, a lock file, `dvc.yaml`). */
export function fileEvidence(path: string, match = 'file present', tool?: string): Evidence {
  return build(path, undefined, match, 'file', tool);
}

/** A measured figure (`27 of 40 defs annotated (68%)`), located at a representative place. */
export function measureEvidence(path: string, loc: Partial<Loc> | undefined, match: string): Evidence {
  return build(path, loc, match, 'measure');
}

/** A dependency declared and never used: a weak hint. */
export function declaredOnly(path: string, loc: Partial<Loc> | undefined, match: string, tool?: string): Evidence {
  return build(path, loc, match, 'declared-only', tool);
}

/** A fact from git history (commit counts, a bulk-import commit), located at the commit when there is one. */
export function historyEvidence(match: string, commit?: string): Evidence {
  return build(commit ? `commit:${commit}` : 'git history', undefined, match, 'history');
}
