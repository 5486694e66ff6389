// The one rule that turns evidence into a verdict (signals.md, first section):
// - the signal's catalogue tools show use by the detector's `uses`
//   (tool-rule.ts), its `patterns` match calls, and `detect` adds its own
//   checks; the config files of its tools count when `toolFiles` is set;
// - a tool of the signal that is declared and never used or configured is a
//   weak hint (`declared-only`): alone it leaves the signal absent, with
//   strength `declared-only`; hints are reported for absent signals only;
// - any other evidence makes the signal present: strength `config+used` when
//   both code (import, call, class, decorator, function) and a config file or
//   file decide it, otherwise `used`;
// - a place is cited once for each tool it shows (the strongest reading of
//   it, on the main path first): `@serve.deployment` is not also a call;
// - a detector that measures a ratio (notebook_only, type_hints, ...) may set
//   `present` itself, with a note;
// - `present: null` means undecidable (authorship without history).
import { DetectContext } from './context.js';
import type { Detector } from './define.js';
import { patternUses } from './lib/patterns.js';
import { declaredHints, toolEvidence, toolFileEvidence } from './tool-rule.js';
import type { Evidence, SignalResult, Strength } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Evidence items kept per signal in a report; the total is in `evidenceCount`. */
export const MAX_EVIDENCE = 12;
const MAX_HINTS = 5;
const CODE_KINDS = new Set(['import', 'call', 'class', 'decorator', 'function']);
const KIND_ORDER = ['config', 'file', 'call', 'class', 'decorator', 'function', 'measure', 'history', 'import', 'declared-only'];

export function runDetector(detector: Detector, ctx: DetectContext): SignalResult {
  let found = [...toolEvidence(ctx, detector.id, detector.uses), ...patternUses(ctx, detector.patterns ?? [])];
  let present: boolean | null | undefined;
  let note: string | undefined;
  if (detector.detect) {
    const result = detector.detect(ctx, found);
    if (Array.isArray(result)) found = result;
    else {
      found = result.evidence;
      present = result.present;
      note = result.note;
    }
  }
  if (detector.toolFiles) {
    const cited = new Set(found.map((e) => e.path));
    const keep = typeof detector.toolFiles === 'function' ? detector.toolFiles : undefined;
    pushAll(found, toolFileEvidence(ctx, detector.id, keep).filter((e) => !cited.has(e.path)));
  }
  found = dedupe(sortEvidence(found));
  const strong = found.filter((e) => e.kind !== 'declared-only');
  const isPresent = present === undefined ? strong.length > 0 : present;
  const hints = isPresent === false ? dedupe([...found.filter((e) => e.kind === 'declared-only'), ...declaredHints(ctx, detector.id)]) : [];
  const result: SignalResult = {
    id: detector.id,
    area: detector.area,
    present: isPresent,
    strength: isPresent === null ? null : strengthOf(isPresent, strong, hints),
    evidence: selectEvidence(strong, MAX_EVIDENCE),
    evidenceCount: strong.length,
    hints: sortEvidence(hints).slice(0, MAX_HINTS),
  };
  if (note) result.note = note;
  return result;
}

function strengthOf(present: boolean, strong: Evidence[], hints: Evidence[]): Strength | null {
  if (!present) return hints.length > 0 ? 'declared-only' : null;
  const code = strong.some((e) => CODE_KINDS.has(e.kind));
  const config = strong.some((e) => e.kind === 'config' || e.kind === 'file');
  return code && config ? 'config+used' : 'used';
}

/**
 * One item per location, the first kept, except that a location showing
 * two tools in two readings (`black --check . && flake8 .`) keeps one for
 * each; of two alike, the one that names its tool is kept.
 */
function dedupe(items: Evidence[]): Evidence[] {
  const byLocation = new Map<string, Evidence[]>();
  for (const e of items) {
    const kept = byLocation.get(e.location) ?? [];
    const same = kept.find((k) => k.match === e.match || k.tool === undefined || e.tool === undefined || k.tool === e.tool);
    if (!same) kept.push(e);
    else if (same.tool === undefined && e.tool !== undefined && same.match === e.match) kept[kept.indexOf(same)] = e;
    byLocation.set(e.location, kept);
  }
  const keep = new Set([...byLocation.values()].flat());
  return items.filter((e) => keep.has(e));
}

/** Folders of scratch work, drafts, old copies and tutorials: the last place to cite a skill from. */
const PERIPHERAL_DIR = /(?:^|\/)(?:scratch|scratchpad|sandbox|playground|tmp|temp|drafts?|old|archived?|backups?|deprecated|legacy|unused|attic|trash|tutorials?|courses?|exercises?|homework|practice)(?:\/)/i;

/** 0 for the main evidence, 1 for a weaker place to cite, 2 for a fallback path. */
function citeRank(e: Evidence): number {
  if (e.fallback === true) return 2;
  return e.secondary === true || PERIPHERAL_DIR.test(e.path) ? 1 : 0;
}

/** Config and files, then code, then measures and history, then imports and declarations. */
const KIND_GROUP: Record<string, number> = { config: 0, file: 0, call: 1, class: 1, decorator: 1, function: 1, measure: 2, history: 2, import: 3, 'declared-only': 4 };
/** A quoted literal cited as a call: a provider URL in a dict of base URLs, a constant. */
const LITERAL = /^["'`]/;

/**
 * Among code lines, how directly a line does the thing (0 best): the call,
 * route, write or definition that does the job; then a call found only by
 * the tool's name (`OpenAI()`, `generic`); then a quoted literal that only
 * names the provider (a base URL in a config dict). Imports come later by kind.
 */
export function actionRank(e: Evidence): number {
  if (KIND_GROUP[e.kind] !== 1) return 0;
  if (LITERAL.test(e.match)) return 2;
  return e.generic || PLUMBING_ROUTE.test(e.match) ? 1 : 0;
}

/**
 * A route of the app's plumbing (sign-in, health, metrics, docs, static
 * files, admin): it sits beside the model's route and serves no model, so it
 * is cited after the routes that do (real-people review: `/auth/token` cited
 * first as a chatbot's serving evidence).
 */
const PLUMBING_ROUTE = /^@[\w.]+\.(?:get|post|put|patch|delete|route|api_route|websocket)\(\s*["'`]\/?(?:api\/)?(?:v\d+\/)?(?:auth|login|logout|token|oauth2?|signup|sign-up|register|users?|me|health|healthz|ready|readyz|live|livez|ping|status|metrics|docs|openapi|redoc|static|favicon|admin)\b/i;

/** Stable order: code on the main path before weaker places, fallbacks and stubs; config, then code lines that do the thing before calls found only by the tool's name and quoted literals, then imports; modules before notebooks, then by path, cell and line. */
export function sortEvidence(items: Evidence[]): Evidence[] {
  return [...items].sort(
    (a, b) =>
      citeRank(a) - citeRank(b) ||
      KIND_GROUP[a.kind] - KIND_GROUP[b.kind] ||
      actionRank(a) - actionRank(b) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.cell === undefined ? 0 : 1) - (b.cell === undefined ? 0 : 1) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.cell ?? -1) - (b.cell ?? -1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.match < b.match ? -1 : a.match > b.match ? 1 : 0),
  );
}

export { DetectContext };

/**
 * The evidence kept in a report when there is more than fits: taken
 * round-robin across files (`.py` files before notebooks), so twelve slots
 * show twelve places rather than twelve lines of one notebook; then in the
 * stable order of `sortEvidence`.
 */
export function selectEvidence(items: Evidence[], max: number): Evidence[] {
  const sorted = sortEvidence(items);
  if (sorted.length <= max) return sorted;
  const groups = new Map<string, Evidence[]>();
  const notebook = (e: Evidence) => (e.cell !== undefined ? 1 : 0);
  for (const e of [...sorted].sort((a, b) => notebook(a) - notebook(b))) {
    const list = groups.get(e.path) ?? [];
    list.push(e);
    groups.set(e.path, list);
  }
  const out: Evidence[] = [];
  for (let round = 0; out.length < max; round++) {
    let added = false;
    for (const list of groups.values()) {
      if (round < list.length && out.length < max) {
        out.push(list[round]);
        added = true;
      }
    }
    if (!added) break;
  }
  return sortEvidence(out);
}
