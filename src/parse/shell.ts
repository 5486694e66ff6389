// Shell scripts (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html)
// and Makefile recipes (https://www.gnu.org/software/make/manual/html_node/Rule-Syntax.html):
// one CommandFact per command line, `\` continuations and quotes that run
// over lines joined and cited at their first line, comments dropped. A
// script's heredoc body stays with the command that reads it (its text after
// a newline), never a command of its own (parse/shell-lex.ts). Makefile
// recipe lines carry their target, so `make train` in CI can be followed to
// what it runs. Never throws.
import { scanShell } from './shell-lex.js';
import type { CommandFact, FileFacts } from './types.js';

const MAX_COMMAND = 400;
const TARGET_NAMES = /^[A-Za-z0-9_.%/$(){}-][A-Za-z0-9_.%/$(){} -]*$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * A rule line `targets: prerequisites` (or `::`, not `:=`): the targets and
 * what follows the colon, or undefined. Split at the first colon by hand: one
 * pattern with a lazy target and `\s*` before the colon backtracks over a
 * long run of spaces quadratically.
 */
export function makeRule(raw: string): { targets: string; rest: string } | undefined {
  const colon = raw.indexOf(':');
  if (colon <= 0) return undefined;
  const targets = raw.slice(0, colon).trimEnd();
  if (!TARGET_NAMES.test(targets)) return undefined;
  let at = colon + 1;
  if (raw[at] === '=') return undefined;
  if (raw[at] === ':' && raw[at + 1] !== '=') at++;
  const rest = raw.slice(at);
  return LINE_BREAK.test(rest) ? undefined : { targets, rest };
}

interface Logical {
  text: string;
  line: number;
  indented: boolean;
}

/** Physical lines joined at trailing backslashes, each with the line it starts on. */
function logicalLines(text: string): Logical[] {
  const out: Logical[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let joined = lines[i];
    while (joined.endsWith('\\') && i + 1 < lines.length) joined = `${joined.slice(0, -1)} ${lines[++i].trim()}`;
    out.push({ text: joined, line: start + 1, indented: /^[\t ]/.test(lines[start]) });
  }
  return out;
}

export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_COMMAND ? `${flat.slice(0, MAX_COMMAND - 3)}...` : flat;
}

export function parseShell(text: string, _path: string): Partial<FileFacts> {
  const commands: CommandFact[] = [];
  for (const { text: raw, line, input } of scanShell(text).lines) {
    // Heredoc bodies keep their lines (inline Python is read whole), each clipped.
    const body = input.flatMap((b) => b.split('\n')).map((l) => (l.length > MAX_COMMAND ? l.slice(0, MAX_COMMAND) : l));
    commands.push({ text: [clip(raw), ...body].join('\n'), line: line + 1 });
  }
  return { commands };
}

export function parseMakefile(text: string, _path: string): Partial<FileFacts> {
  const commands: CommandFact[] = [];
  let target: string | undefined;
  for (const { text: raw, line, indented } of logicalLines(text)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (indented && target !== undefined) {
      // `@` (silent) and `-` (ignore errors) prefixes are make's, not the command's.
      commands.push({ text: clip(trimmed.replace(/^[@+-]+/, '')), line, target });
      continue;
    }
    const rule = makeRule(raw);
    if (rule && !raw.includes('=') && !/^(\.PHONY|\.DEFAULT|\.SUFFIXES|ifeq|ifneq|ifdef|ifndef|else|endif|include|define|endef)\b/.test(raw)) {
      target = rule.targets.trim().split(/\s+/)[0];
      // `target: deps ; command` puts a recipe on the rule line.
      const inline = rule.rest.split(';').slice(1).join(';').trim();
      if (inline) commands.push({ text: clip(inline), line, target });
    } else if (!indented) target = undefined;
  }
  return { commands };
}
