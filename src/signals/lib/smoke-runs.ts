// Runs that only look like training, for automated_retraining (lib/retraining.ts):
// a smoke or dry run of the training code (`--dry-run`, `--fast-dev-run`,
// `--max-steps 1`, `SMOKE_TEST=1`, a step named "dummy model"), and inline
// Python (`python -c "..."`, a heredoc) that fits a throw-away model on literal
// data so that a container has something to load. Inline code is taken out of
// the shell text before it is split into commands, so its `;` and `.fit(` are
// never read as shell commands of their own.
import type { CommandFact } from '../../parse/types.js';
import { basename } from './command-words.js';

export type Env = Readonly<Record<string, string>>;

/** Marks where inline code stood in a command: `python -c @inline:0`. */
export const INLINE = '@inline:';

/** A setting (env var, Hydra/CLI `key=value`) that asks for a smoke or dry run. */
const SMOKE_KEY = /(^|[._-])(smoke|dry[-_]?run|fast[-_]dev[-_]run|tiny)([._-]|$)/i;
const TRUTHY = /^(true|yes|on|y|[1-9]\d*)$/i;
/** A flag that asks for a smoke or dry run (`--dry-run`, `--fast_dev_run`, `--smoke-test=true`). */
const SMOKE_FLAG = /^--?(smoke([-_]?test)?|dry[-_]?run|dry|fast[-_]dev[-_]run|tiny|sanity[-_]check)(=(true|yes|on|[1-9]\d*))?$/i;
/** A step budget (`--max-steps 1`, `trainer.max_steps=5`); at most TINY_STEPS steps is a smoke run. */
const MAX_STEPS = /^(--?|\+*([\w-]+\.)*)max[-_](steps|iters|iterations)(=(\d+))?$/i;
const TINY_STEPS = 10;
/** A script, module, target or CI step named for a smoke or dummy run (`smoke_train.py`, "Create dummy model"). */
const SMOKE_NAME = /(^|[^a-z])(smoke|dummy|dry[-_ ]?run|mock|placeholder)([^a-z]|$)/i;
/** GitHub Actions expressions: what they hold is decided at run time. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

/** A CI step or job named for a smoke, dummy or dry run. */
export function namesSmoke(name: string | undefined): boolean {
  return name !== undefined && SMOKE_NAME.test(name);
}

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}

function smokeSetting(key: string, value: string): boolean {
  return SMOKE_KEY.test(key) && TRUTHY.test(unquote(value));
}

/**
 * Does a simple command run training as a smoke or dry run: a smoke flag or
 * setting among its words (prefix assignments, `docker run -e` included), a
 * tiny step budget, a smoke variable in the environment, or a script/target
 * named for a smoke run?
 */
export function smokeRun(segment: string, env: Env | undefined): boolean {
  if (env && Object.entries(env).some(([k, v]) => smokeSetting(k, v))) return true;
  const tokens = segment.replace(EXPRESSION, ' ').trim().split(/\s+/).filter(Boolean).map(unquote);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SMOKE_FLAG.test(t)) return true;
    const eq = t.indexOf('=');
    if (eq > 0 && !t.startsWith('-') && smokeSetting(t.slice(0, eq).replace(/^\++/, ''), t.slice(eq + 1))) return true;
    const steps = MAX_STEPS.exec(t);
    const budget = steps ? (steps[5] ?? tokens[i + 1]) : undefined;
    if (budget !== undefined && /^\d+$/.test(budget) && Number(budget) <= TINY_STEPS) return true;
  }
  // The program and the script or target it runs: `./smoke_train.sh`, `python scripts/train_smoke.py`, `make train-dummy`.
  const named = tokens.filter((t) => !/^\w+=/.test(t) && !t.startsWith('-')).slice(0, 2);
  return named.some((t) => SMOKE_NAME.test(basename(t)));
}

/** `export A=1 B=2`, or a line of assignments only: the variables it sets for later commands. */
export function exportsOf(segment: string): [string, string][] | undefined {
  const tokens = segment.trim().split(/\s+/).filter(Boolean);
  const assigns = tokens[0] === 'export' ? tokens.slice(1) : tokens;
  if (assigns.length === 0 || !assigns.every((t) => /^[A-Za-z_]\w*=/.test(t))) return undefined;
  return assigns.map((t) => [t.slice(0, t.indexOf('=')), unquote(t.slice(t.indexOf('=') + 1))]);
}

/** `python -c "code"` (the same quote closes it; escaped quotes inside are kept). */
const PYTHON_C = /(\bpython[\d.]*(?:\s+-[A-Za-bd-z]\w*)*\s+-c\s+)(["'])((?:\\[\s\S]|(?!\2)[^\\])*)\2/y;
/** `<<EOF`, `<<-'EOF'`, `<< "END"` (not a `<<<` here-string, not a shift such as `1<<2`). */
const HEREDOC = /(?<!<)<<(-?)\s*(["']?)([A-Za-z_]\w*)\2/y;

/**
 * Takes inline Python and heredoc bodies out of a shell text, left to right:
 * each is replaced by `@inline:N` (N its index in `codes`) and its text
 * pushed to `codes`; a heredoc's body lines and terminator are dropped.
 */
export function takeInline(text: string, codes: string[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    PYTHON_C.lastIndex = i;
    const py = text[i] === 'p' ? PYTHON_C.exec(text) : null;
    if (py) {
      out += `${py[1]}${INLINE}${codes.push(py[3].replace(/\\(["'\\$`])/g, '$1')) - 1}`;
      i += py[0].length;
      continue;
    }
    HEREDOC.lastIndex = i;
    const here = text[i] === '<' ? HEREDOC.exec(text) : null;
    if (here) {
      // The body runs from the next line to a line that is the terminator alone (or to the end).
      const eol = text.indexOf('\n', i);
      const lineEnd = eol === -1 ? text.length : eol;
      const body: string[] = [];
      let at = eol === -1 ? text.length : eol + 1;
      while (at < text.length) {
        const next = text.indexOf('\n', at);
        const line = text.slice(at, next === -1 ? text.length : next);
        at = next === -1 ? text.length : next + 1;
        if (line.trim() === here[3]) break;
        body.push(line);
      }
      out += ` ${INLINE}${codes.push(body.join('\n')) - 1}${text.slice(i + here[0].length, lineEnd)}\n`;
      i = at;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

/** A line with its `@inline:N` marks given back their code (quoted, for citing). */
export function restoreInline(line: string, codes: readonly string[]): string {
  return line.replace(/@inline:(\d+)/g, (mark, n: string) => (codes[Number(n)] === undefined ? mark : JSON.stringify(codes[Number(n)])));
}

/** The inline code a Python launcher runs (`python -c @inline:0`, `python - @inline:1`), if any. */
export function inlineCode(args: string[], codes: readonly string[] | undefined): string | undefined {
  const at = args.findIndex((a) => a.startsWith(INLINE));
  if (at === -1 || !codes) return undefined;
  // `python train.py <<EOF` feeds a script its input; only `-c`, `-` or no script runs the inline text.
  if (args.slice(0, at).some((a) => !a.startsWith('-'))) return undefined;
  return codes[Number(args[at].slice(INLINE.length))];
}

/** Literal or generated data: nested number lists, `np.array([...])`, random arrays, `make_classification(...)`. */
const LITERAL_DATA =
  /\[\s*\[\s*-?[\d.]|\b(np|numpy)\.(array|asarray)\(\s*\[|\b(np|numpy)\.random\.|\b(np|numpy)\.(zeros|ones|eye|arange|full)\(|\btorch\.(randn|rand|randint|zeros|ones)\(|\bmake_(classification|regression|blobs|moons|circles)\(|\.fit\(\s*\[/;
/** `from m import a as b, c` (group 1 the module, 2 the names) or `import m.n as x, y` (group 2). */
const IMPORTED = /(?:^|[\s;])(?:from\s+([\w.]+)\s+)?import\s+(\([^)]*\)|[^;\n]+)/g;
const CALLED = /(?<![\w.])([A-Za-z_][\w.]*)\s*\(/g;

/** The modules an import statement names and the names it binds (`import a.b` binds `a`; `from a import b as c` binds `c`). */
function importsIn(code: string): { modules: string[]; bound: string[] }[] {
  return [...code.matchAll(IMPORTED)].map((m) => {
    const items = m[2]
      .replace(/[()]/g, '')
      .split(',')
      .map((item) => item.trim().split(/\s+as\s+/))
      .filter(([name]) => /^[\w.]+$/.test(name ?? ''));
    const bound = items.map(([name, alias]) => alias ?? (m[1] === undefined ? name.split('.')[0] : name));
    const modules = m[1] === undefined ? items.map(([name]) => name) : [m[1], ...items.map(([name]) => `${m[1]}.${name}`)];
    return { modules, bound };
  });
}

/**
 * Does inline Python train? Not when it fits on literal or generated data (a
 * throw-away model for a smoke test); yes when it calls a training function
 * (`train_model()`, `trainer.train()`), calls what it imports from a training
 * module (`from src.train import main; main()`), or fits (`.fit(`) on other
 * data. A training module imported and never called (`from src.train import
 * main; print("imports ok")`) is an import check: nothing trains.
 */
export function inlineTrains(code: string, namesTraining: (name: string) => boolean): boolean {
  if (LITERAL_DATA.test(code)) return false;
  const called = [...code.matchAll(CALLED)].map((m) => m[1]);
  if (called.some((c) => namesTraining(c.slice(c.lastIndexOf('.') + 1)))) return true;
  const heads = new Set(called.map((c) => c.split('.')[0]));
  return importsIn(code).some(({ modules, bound }) => modules.some((mod) => mod.split('.').some((seg) => namesTraining(seg))) && bound.some((b) => heads.has(b)));
}

/**
 * Makefile recipes with each heredoc's body joined to the command that opens
 * it (a recipe line is a command of its own): the body is the opener's
 * input, not commands. A script's commands come with their bodies already
 * (parse/shell.ts), after a newline.
 */
export function joinHeredocs(commands: readonly CommandFact[]): CommandFact[] {
  const out: CommandFact[] = [];
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    const word = c.text.includes('\n') ? undefined : /(?<!<)<<-?\s*(["']?)([A-Za-z_]\w*)\1/.exec(c.text)?.[2];
    if (word === undefined) {
      out.push(c);
      continue;
    }
    const lines = [c.text];
    while (i + 1 < commands.length && commands[i + 1].target === c.target) {
      i++;
      lines.push(commands[i].text);
      if (commands[i].text.trim() === word) break;
    }
    out.push({ ...c, text: lines.join('\n') });
  }
  return out;
}
