// The layer rules of issue 10 / shared/design.md, checked on every import of
// the source tree: static imports, `export … from`, dynamic `import()` and
// `import('x').T` type references, read with the TypeScript compiler API.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file. */
export interface ImportRef {
  /** Repository-relative POSIX path of the importing file. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** Repository-relative POSIX path it resolves to, without extension; null for a package. */
  target: string | null;
  /** `import type`, `export type`, every named binding type-only, or an `import('x').T` type. */
  typeOnly: boolean;
  dynamic: boolean;
  line: number;
}

export interface Violation {
  rule: 'model-imports' | 'stage-imports' | 'web-imports' | 'folder-cycle';
  file: string;
  line: number;
  message: string;
}

/** The analysis stages: never import the application, store, jobs, server or CLI. */
export const STAGES = ['ingest', 'parse', 'signals', 'catalog', 'history', 'cv', 'assess', 'interview', 'report', 'scan', 'eval'] as const;
export const OUTER = ['app', 'store', 'jobs', 'server', 'cli'] as const;
/** Packages the model may import. */
const MODEL_PACKAGES = new Set(['zod']);

/** The imports written in one file's text. */
export function readImports(from: string, text: string): ImportRef[] {
  const kind = from.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true, kind);
  const out: ImportRef[] = [];
  const add = (node: ts.Node, spec: string, typeOnly: boolean, dynamic: boolean) =>
    out.push({ from, spec, target: resolveSpec(from, spec), typeOnly, dynamic, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node, node.moduleSpecifier.text, isTypeOnlyImport(node), false);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node, node.moduleSpecifier.text, isTypeOnlyExport(node), false);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      add(node, node.arguments[0].text, false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** `./x.js` from `src/a/b.ts` → `src/a/x`; a package name → null. */
export function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  const joined = posix.normalize(posix.join(posix.dirname(from), spec));
  return joined.replace(/\.(?:[cm]?[jt]sx?)$/, '').replace(/\/index$/, '');
}

/** `src/cli/commands/scan` → `src/cli`; `src/pipeline` → `src/pipeline`; `web/src/x` → `web`. */
export function layerOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts.length >= 2) return `src/${parts[1].replace(/\.[cm]?[jt]sx?$/, '')}`;
  return parts[0];
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** Every import rule broken by `imports`, in file order. */
export function checkLayers(imports: readonly ImportRef[]): Violation[] {
  const out: Violation[] = [];
  for (const i of imports) {
    const from = layerOf(i.from);
    const to = i.target === null ? null : layerOf(i.target);
    if (from === 'src/model' && (to === null ? !MODEL_PACKAGES.has(packageOf(i.spec)) : to !== 'src/model')) {
      out.push({ rule: 'model-imports', file: i.from, line: i.line, message: `src/model imports only zod and src/model, not ${i.spec}` });
    }
    if ((STAGES as readonly string[]).includes(from.slice(4)) && from.startsWith('src/') && to !== null && (OUTER as readonly string[]).some((o) => to === `src/${o}`)) {
      out.push({ rule: 'stage-imports', file: i.from, line: i.line, message: `the ${from.slice(4)} stage must not import ${to}` });
    }
    if (from === 'web' && to !== null && to !== 'web') {
      if (to !== 'src/model') out.push({ rule: 'web-imports', file: i.from, line: i.line, message: `web imports only types from src/model, not ${i.spec}` });
      else if (!i.typeOnly) out.push({ rule: 'web-imports', file: i.from, line: i.line, message: `web imports src/model with \`import type\` only: ${i.spec}` });
    }
  }
  for (const cycle of folderCycles(imports)) {
    const edge = imports.find((i) => i.target !== null && layerOf(i.from) === cycle[0] && layerOf(i.target) === cycle[1])!;
    out.push({ rule: 'folder-cycle', file: edge.from, line: edge.line, message: `import cycle between folders: ${[...cycle, cycle[0]].join(' → ')}` });
  }
  return out;
}

/** Cycles in the graph of top-level folders (type imports included): one shortest cycle per strongly connected group. */
export function folderCycles(imports: readonly ImportRef[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const i of imports) {
    if (i.target === null) continue;
    const [a, b] = [layerOf(i.from), layerOf(i.target)];
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    if (seen.has(start)) continue;
    const path = shortestPath(graph, start, start);
    if (!path) continue;
    path.forEach((n) => seen.add(n));
    cycles.push(path);
  }
  return cycles;
}

/** Breadth-first: the shortest path from `a` back to `b` (without repeating `b`), or null. */
function shortestPath(graph: Map<string, Set<string>>, a: string, b: string): string[] | null {
  const prev = new Map<string, string>();
  const queue = [a];
  while (queue.length > 0) {
    const n = queue.shift()!;
    for (const m of [...(graph.get(n) ?? [])].sort()) {
      if (m === b) {
        const path = [n];
        while (path[0] !== a) path.unshift(prev.get(path[0])!);
        return path;
      }
      if (prev.has(m) || m === a) continue;
      prev.set(m, n);
      queue.push(m);
    }
  }
  return null;
}

/** The imports of every `.ts`/`.tsx` file under `dirs` of `root` (tests, declarations and node_modules left out). */
export function collectImports(root: string, dirs: readonly string[]): ImportRef[] {
  const out: ImportRef[] = [];
  const walk = (abs: string): void => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(abs, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== 'dist') walk(path);
      } else if (/\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name)) {
        const rel = relative(root, path).split(sep).join('/');
        out.push(...readImports(rel, readFileSync(path, 'utf8')));
      }
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}
