// Bounds checked on YAML text before any YAML library sees it. The `yaml`
// package composes nested collections recursively: a few thousand levels
// (`[[[[...` or `- - - - ...`) overflow the stack, and near the stack's end
// V8 can abort the whole process (a fatal "RegExpCompiler allocation failed")
// instead of throwing. Real manifests, CI files and roles nest a few dozen
// levels at most.

/**
 * Empty entries of flow collections (`[,,,` ) accepted in a YAML text. The `yaml` package spends tens of
 * microseconds on each (an error for every one): 50,000 of them took 3 s of CPU in the hostile-input fuzz test.
 * Real files have none.
 */
export const MAX_YAML_EMPTY_FLOW_ENTRIES = 1_000;

/** How many empty flow-collection entries (a comma followed only by blanks and another comma or a closing bracket) a text holds, counting up to `stop`. */
export function emptyFlowEntries(text: string, stop = MAX_YAML_EMPTY_FLOW_ENTRIES + 1): number {
  let n = 0;
  for (const _ of text.matchAll(/,[ \t]*(?=[,\]}])/g)) if (++n >= stop) break;
  return n;
}

/** Deepest nesting of collections accepted in a YAML (or JSON) text; deeper text is refused unread. */
export const MAX_YAML_DEPTH = 128;

/**
 * Aliases a YAML document may resolve when it is turned into plain values
 * (the `yaml` package's `maxAliasCount`, which also weighs how much each
 * alias expands).
 */
export const MAX_YAML_ALIASES = 100;

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** Index past a quoted scalar starting at `at` on this line, or the line's end when it does not close. */
function skipQuoted(line: string, at: number): number {
  const quote = line[at];
  for (let i = at + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return line.length;
}

/** True when the line's value is a block scalar header (`|`, `>-`, `|2+`...), so the lines below are text. */
function startsBlockScalar(line: string): boolean {
  const hash = line.indexOf(' #');
  const value = (hash === -1 ? line : line.slice(0, hash)).trimEnd();
  const token = value.slice(Math.max(value.lastIndexOf(' '), value.lastIndexOf('\t')) + 1);
  return /^[|>][-+0-9]{0,3}$/.test(token);
}

const QUOTE_AFTER = new Set([undefined, ' ', '\t', ':', '[', '{', ',', '-', '?']);

/**
 * An upper estimate of how deeply the text nests: open flow brackets plus
 * the block levels (indentation steps, and `- ` / `? ` entries stacked on one
 * line). Quoted scalars, comments and block scalar bodies are skipped. One
 * pass, no recursion.
 */
export function yamlNestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let scalarIndent = -1; // >= 0 while inside a block scalar's body
  for (const line of text.split('\n')) {
    const indent = indentOf(line);
    const blank = indent === line.length || line[indent] === '#' || line[indent] === '\r';
    if (scalarIndent >= 0) {
      if (blank || indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    if (blank) continue;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let entries = 0;
    let i = indent;
    while ((line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      entries++;
      i += 2;
      while (line[i] === ' ' || line[i] === '\t') i++;
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if ((c === '"' || c === "'") && QUOTE_AFTER.has(line[i - 1])) i = skipQuoted(line, i) - 1;
      else if (c === '#' && (line[i - 1] === ' ' || line[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') max = Math.max(max, indents.length + entries + ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    max = Math.max(max, indents.length + entries + flow);
    if (flow === 0 && startsBlockScalar(line)) scalarIndent = indent;
  }
  return max;
}
