// Shell words of the commands a CI step, Makefile recipe or script runs, as
// the retraining rules read them (lib/retraining.ts).

/** Package managers whose `run` prefixes the real command (`uv run python train.py`). */
const WRAPPERS = new Set(['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye', 'conda', 'mamba', 'micromamba', 'pixi']);

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Shell words of one simple command, without `VAR=x` assignments and `sudo`/`env`-style prefixes. */
export function words(segment: string): string[] {
  const tokens = segment.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/^["']|["']$/g, ''));
  while (tokens.length > 0 && (/^\w+=/.test(tokens[0]) || ['sudo', 'time', 'nohup', 'exec', 'env', 'then', 'do'].includes(tokens[0]))) tokens.shift();
  if (WRAPPERS.has(tokens[0]) && tokens[1] === 'run') {
    tokens.splice(0, 2);
    while (tokens[0]?.startsWith('-')) tokens.splice(0, ['-n', '-p', '--name', '--prefix', '-e'].includes(tokens[0]) ? 2 : 1);
  }
  return tokens;
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
