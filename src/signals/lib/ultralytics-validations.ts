// Ultralytics' own validation (model_evaluation): `model.val(...)`, or
// `model.train(data=...)`, which validates on the val split of its data file
// every epoch (unless `val=False`), as methods of a local object in a file
// that builds an Ultralytics model (ULTRALYTICS_MODELS).
// A train run is evidence of held-out validation only where that split can be
// seen: a data file given by a path with folders (`../../data/x/data.yaml`,
// `C:/Users/me/project/data.yaml`) must be in the repository, or named by the
// repository's code elsewhere (a script that writes it); a bare name
// (`coco8.yaml`) may be one of the datasets Ultralytics ships, and a name
// (`data=cfg.data`) is not known, so both count. A data file that is not
// committed leaves the validation unverified, not shown.
import { matchesAny } from '../../catalog/index.js';
import { ULTRALYTICS_MODELS } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';

/** Names a file binds by its imports (`YOLO`, `np`, `torch`): a call rooted elsewhere is a method of a local object. */
function importedNames(file: PyFile): Set<string> {
  return new Set(file.facts.imports.map((i) => i.alias ?? (i.name && i.name !== '*' ? i.name : i.module.split('.')[0])));
}

/** The string literal passed as `data=`, if any. */
function dataLiteral(call: CallFact): string | undefined {
  const at = (call.passedAs ?? []).indexOf('data');
  return at >= 0 ? call.strings[at] : undefined;
}

/** A data file path with folders, reduced to the part a repository path could end with (`../../data/x.yaml` → `data/x.yaml`). */
function folderPath(literal: string): string | undefined {
  const path = literal.replace(/\\/g, '/');
  if (!path.includes('/') || !/\.ya?ml$/i.test(path)) return undefined;
  return path.replace(/^[A-Za-z]:/, '').replace(/^(\.{1,2}\/|\/)+/, '');
}

/** Whether the data file a train run is given can be seen: in the repository, written by its code, or not a path with folders. */
function dataSeen(ctx: DetectContext, call: CallFact): boolean {
  const literal = dataLiteral(call);
  const path = literal === undefined ? undefined : folderPath(literal);
  if (literal === undefined || path === undefined) return true;
  if (ctx.files.some((f) => f.path === path || path.endsWith(`/${f.path}`) || f.path.endsWith(`/${path}`))) return true;
  return ctx.python.some((f) => f.facts.calls.some((c) => c !== call && c.strings.includes(literal) && dataLiteral(c) !== literal));
}

/** Ultralytics validations in the repository's Python files. */
export function ultralyticsValidations(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    if (!file.facts.calls.some((c) => matchesAny(c.name, ULTRALYTICS_MODELS))) continue;
    const imported = importedNames(file);
    const onObject = (c: CallFact) => c.name.includes('.') && (c.name.startsWith('ultralytics.') || !imported.has(c.name.split('.')[0]));
    const trains = (c: CallFact) => /\.train$/.test(c.name) && c.kwargs.includes('data') && !(c.consts ?? []).includes('val=False') && dataSeen(ctx, c);
    out.push(...file.facts.calls.filter((c) => onObject(c) && (/\.val$/.test(c.name) || trains(c))).map((c) => callEvidence(file, c)));
  }
  return out;
}
