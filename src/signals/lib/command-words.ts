// Shell words of the commands a CI step, Makefile recipe or script runs, as
// the retraining and task rules read them (lib/retraining.ts, lib/task-*.ts):
// the shared shell reader's (lib/shell.ts), never a split of their own.
import { shellCommands } from './shell.js';

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Shell words of one simple command (its first, if the text holds more), without `VAR=x` assignments and `sudo`/`poetry run`-style prefixes. */
export function words(command: string): string[] {
  return shellCommands(command)[0]?.words ?? [];
}

/** The script or module a Python launcher runs, and its first positional argument (a subcommand). */
export function pythonTarget(args: string[]): { target?: string; sub?: string } {
  const m = args.indexOf('-m');
  if (m !== -1) return { target: args[m + 1], sub: args.slice(m + 2).find((a) => !a.startsWith('-')) };
  const script = args.findIndex((a) => a.endsWith('.py'));
  const at = script !== -1 ? script : args.findIndex((a) => !a.startsWith('-') && a !== 'launch' && a !== 'run');
  return { target: args[at], sub: at === -1 ? undefined : args.slice(at + 1).find((a) => !a.startsWith('-')) };
}

/** The folder `cd dir` leads to from `base` (`''` is the repository root; `..` goes up). */
export function cdInto(base: string, dir: string): string {
  const parts = dir.startsWith('/') || dir.startsWith('$') ? [] : base.split('/').filter(Boolean);
  for (const p of dir.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.' && !p.startsWith('$') && !p.startsWith('~')) parts.push(p);
  }
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}
