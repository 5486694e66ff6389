// A Hugging Face trainer pushes to the Hub when its arguments say so:
// `TrainingArguments(push_to_hub=True)` (Seq2Seq, TRL's `SFTConfig`, ...) or
// `args.set_push_to_hub("me/model")` makes the `Trainer` create a model
// repository and upload its checkpoints and final model when it saves. That
// is signals.md's "Hugging Face Hub `push_to_hub`" as much as a
// `trainer.push_to_hub()` call, but only when a trainer is given those
// arguments and trains: arguments built and never handed to a trainer, a
// trainer never trained, `push_to_hub=False` or a flag whose value the code
// does not fix (`push_to_hub=args.push`) push nothing. The arguments may be
// built in the training file or at module level in a module it imports them
// from (`from config import training_args`).
import { HUB_PUSH_ARGUMENT, HUB_PUSH_SETTER } from '../../catalog/tools/mlops-calls.js';
import { TRAINER, TRAINER_ARGUMENTS } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import { isFixturePath, isTestPath, type DetectContext, type PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { ImportedNames } from './imported-names.js';
import { moduleIndexOf } from './local-modules.js';

/** Trainer arguments set to push: the call that says so, and the names the arguments are known by. */
interface Push {
  file: PyFile;
  call: CallFact;
  names: string[];
  match: string;
}

/** Trainers that train with arguments set to push to the Hub, as evidence (cited at the arguments). */
export function hubTrainerPushes(ctx: DetectContext): Evidence[] {
  const files = ctx.python.filter((f) => !isTestPath(f.path) && !isFixturePath(f.path));
  const pushes = files.flatMap(pushingArguments);
  if (pushes.length === 0) return [];
  let imported: ImportedNames | undefined;
  const out: Evidence[] = [];
  for (const push of pushes) {
    let used = trainsWith(push.file, push.names, push.names.length === 0);
    // Arguments built at module level in one module and imported by name where the trainer is built.
    if (!used && push.call.inFunction === undefined && !push.file.notebook && push.names.length > 0) {
      imported ??= new ImportedNames(moduleIndexOf(ctx.python));
      const names = imported;
      used = files.some((f) => {
        if (f === push.file) return false;
        const brought = names.of(f);
        const known = push.names.filter((n) => brought.has(`${push.file.path}#${n}`));
        return known.length > 0 && trainsWith(f, known, false);
      });
    }
    if (used) out.push(codeEvidence(push.file.path, push.call, push.match, 'call', 'huggingface-hub'));
  }
  return out;
}

/** A file's trainer arguments built with `push_to_hub=True`, or switched to push by `set_push_to_hub`. */
function pushingArguments(file: PyFile): Push[] {
  const out: Push[] = [];
  const calls = file.facts.calls;
  const built = calls.filter((c) => TRAINER_ARGUMENTS.test(c.name));
  for (const call of built) {
    if (!(call.consts ?? []).includes(HUB_PUSH_ARGUMENT)) continue;
    out.push({ file, call, names: call.bound ?? returnedAs(file, call), match: `${lastSegment(call.name)}(${HUB_PUSH_ARGUMENT})` });
  }
  const argNames = new Set(built.flatMap((c) => c.bound ?? []));
  for (const call of calls) {
    if (lastSegment(call.name) !== HUB_PUSH_SETTER) continue;
    const owner = call.name.slice(0, call.name.lastIndexOf('.'));
    if (argNames.has(owner)) out.push({ file, call, names: [owner], match: `${call.name}()` });
  }
  return out;
}

/**
 * Arguments built in a function that returns them (`def get_args(): return
 * TrainingArguments(...)`): the names the function's result is bound to in
 * the same file.
 */
function returnedAs(file: PyFile, call: CallFact): string[] {
  if (call.inFunction === undefined) return [];
  const fn = lastSegment(call.inFunction);
  return file.facts.calls.filter((c) => lastSegment(c.name) === fn).flatMap((c) => c.bound ?? []);
}

/**
 * Does the file build a trainer given these arguments (`args=training_args`,
 * or positionally) and train it? `args=` whose value the parser did not keep
 * (an inline `TrainingArguments(...)`, a call) counts as given when `inline`:
 * the arguments are known by no name.
 */
function trainsWith(file: PyFile, names: readonly string[], inline: boolean): boolean {
  return file.facts.calls.some((c) => TRAINER.test(c.name) && givenArguments(c, names, inline) && trains(file, c));
}

function givenArguments(trainer: CallFact, names: readonly string[], inline: boolean): boolean {
  const ref = (trainer.refs ?? []).find((r) => r.startsWith('args='));
  if (ref !== undefined) return names.includes(ref.slice('args='.length));
  if ((trainer.names ?? []).some((n) => names.includes(n))) return true;
  // `args=` given something the parser kept no name of: an inline call, or a name beyond the references it keeps.
  return trainer.kwargs.includes('args') && (inline || (trainer.refs ?? []).length >= 4);
}

/** A `.train()` of the trainer: on a name it is bound to, on something named for a trainer (`self.trainer`), or chained (`Trainer(...).train()`). */
function trains(file: PyFile, trainer: CallFact): boolean {
  const bound = trainer.bound ?? [];
  return file.facts.calls.some((c) => {
    if (lastSegment(c.name) !== 'train') return false;
    const on = c.name.slice(0, c.name.lastIndexOf('.'));
    if (on === '?') return TRAINER.test((c.receiver ?? '').replace(/\(\)$/, ''));
    return bound.includes(on) || /trainer$/i.test(on);
  });
}
