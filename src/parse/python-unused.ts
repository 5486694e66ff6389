// Imports whose name the file never uses: `import ragas` with every call of
// it commented out is a mention, not a use (signals.md: "a commented-out
// import ... does not count"). A name counts as used when it appears in code
// outside import statements, comments and string literals (an f-string's
// interpolated code is code); the check is by word, so attribute access,
// calls, decorators, base classes, annotations and arguments all count.
import type { ImportFact } from './types.js';

/** A span of the text that is not code that uses names: an import statement, a comment, a string's literal part. */
export interface Span {
  start: number;
  end: number;
}

/** The name an import binds in the file: `import a.b` → `a`, `import a as b` → `b`, `from a import b as c` → `c`. */
export function boundName(imp: ImportFact): string | undefined {
  if (imp.name === '*' || imp.module === '__future__') return undefined;
  if (imp.alias) return imp.alias;
  if (imp.name !== undefined) return imp.name;
  return imp.module.split('.')[0];
}

/** The text with the spans removed (each replaced by a space). */
function codeOutside(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) {
      at = Math.max(at, s.end);
      continue;
    }
    parts.push(text.slice(at, s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join(' ');
}

/** Marks each import whose bound name never appears in the file's code (`unused: true`); returns the words of the code (none when nothing is imported). */
export function markUnusedImports(text: string, imports: ImportFact[], spans: Span[]): ReadonlySet<string> {
  if (imports.length === 0) return new Set();
  const words = codeWords(text, spans);
  for (const imp of imports) {
    const name = boundName(imp);
    if (name !== undefined && !words.has(name)) imp.unused = true;
  }
  return words;
}

/** The words of the code: the text outside the spans (imports, comments, strings). */
export function codeWords(text: string, spans: Span[]): Set<string> {
  return new Set(codeOutside(text, spans).match(/[A-Za-z_]\w*/g) ?? []);
}
