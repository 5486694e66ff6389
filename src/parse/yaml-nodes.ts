// YAML as nodes with lines, shared by the infrastructure parsers (https://eemeli.org/yaml/#parsing-yaml).
// Parsers walk nodes rather than `toJS()` values so every fact can cite its
// line, and so `<<` merges and `*alias`es resolve the way CI files use them.
import { Composer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import { MAX_YAML_DEPTH, yamlNestingDepth } from '../util/yaml-limits.js';
import type { Problem } from './types.js';

/** Documents past this many are not read: manifests have a few, data dumps thousands. */
export const MAX_YAML_DOCS = 200;
/** Strings gathered from one node at most (sequences of aliases can multiply). */
const MAX_STRINGS = 5000;

/**
 * Work the helpers below may do on one file: each entry, item and string
 * they return and each alias they resolve costs one unit, out of
 * YAML_WORK_BASE + YAML_WORK_PER_CHAR × the text's length. Without aliases a
 * parser's lookups stay far below it; aliases reused across thousands of CI
 * jobs would otherwise multiply the work (and the facts) without bound.
 */
export const YAML_WORK_BASE = 1_000_000;
export const YAML_WORK_PER_CHAR = 10;
/** Strings the helpers may return for one file: this base plus one per two characters of text. */
export const YAML_STRINGS_BASE = 100_000;

/** A read YAML file: document roots, where each node is, and the first error. */
export interface YamlFile {
  /** Root node of each document (`undefined` for an empty document). */
  roots: (Node | undefined)[];
  /** The first syntax error, if any. */
  error?: { message: string; line: number };
  lines: LineCounter;
  aliases: Map<Alias, Node>;
  /** What the helpers may still do (see YAML_WORK_BASE). */
  budget: { work: number; strings: number };
  /** Set when a bound was reached: the file was read in part, or not at all. */
  limit?: string;
}

export interface YamlEntry {
  key: string;
  /** 1-based line of the key. */
  line: number;
  value: Node | undefined;
}

/** Reads all documents (at most `maxDocs`); never throws. */
export function readYaml(text: string, maxDocs = MAX_YAML_DOCS): YamlFile {
  const lines = new LineCounter();
  const budget = { work: YAML_WORK_BASE + YAML_WORK_PER_CHAR * text.length, strings: YAML_STRINGS_BASE + text.length / 2 };
  const file: YamlFile = { roots: [], lines, aliases: new Map(), budget };
  if (yamlNestingDepth(text) > MAX_YAML_DEPTH) {
    file.limit = `nested deeper than ${MAX_YAML_DEPTH} levels; not read`;
    return file;
  }
  try {
    const composer = new Composer({ uniqueKeys: false });
    for (const doc of composer.compose(new Parser(lines.addNewLine).parse(text), true, text.length)) {
      addDocument(file, doc);
      if (file.roots.length >= maxDocs) break;
    }
  } catch (err) {
    file.error ??= { message: (err as Error).message, line: 1 };
  }
  return file;
}

function addDocument(file: YamlFile, doc: Document.Parsed): void {
  const err = doc.errors[0];
  if (err && !file.error) file.error = { message: err.message.split('\n')[0], line: file.lines.linePos(err.pos[0]).line };
  file.roots.push(doc.contents ?? undefined);
  // One pass in document order: an alias names the last anchor of its name
  // before it (what `Alias.resolve` finds by re-walking the document each time).
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) file.aliases.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
}

/** A `syntax` problem for the file's first error, and a `limit` problem when a bound was reached. */
export function yamlProblem(file: YamlFile, path: string): Problem[] {
  const out: Problem[] = [];
  if (file.error) out.push({ path, kind: 'syntax', message: `YAML: ${file.error.message}`, line: file.error.line });
  if (file.limit) out.push({ path, kind: 'limit', message: `YAML ${file.limit}` });
  return out;
}

/** Spends `units` of the file's work; false (and the file marked) once it is spent. */
function spend(file: YamlFile, units: number): boolean {
  file.budget.work -= units;
  if (file.budget.work >= 0 && file.budget.strings >= 0) return true;
  file.limit ??= 'aliases expand beyond the reading limit; the rest was not read';
  return false;
}

/** The node itself, or what an alias points at. */
export function deref(file: YamlFile, node: unknown): Node | undefined {
  if (isAlias(node)) return spend(file, 1) ? file.aliases.get(node) : undefined;
  return (node ?? undefined) as Node | undefined;
}

/** 1-based line where a node starts (1 when unknown). */
export function lineOf(file: YamlFile, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? file.lines.linePos(range[0]).line : 1;
}

/** Entries of a map, with `<<: *base` merges expanded (own keys win); [] for anything else. */
export function entries(file: YamlFile, node: unknown): YamlEntry[] {
  return mapEntries(file, node, new Set());
}

/** `seen` keeps each merged map to one visit, so crafted merge chains cannot blow up. */
function mapEntries(file: YamlFile, node: unknown, seen: Set<unknown>): YamlEntry[] {
  const map = deref(file, node);
  if (!isMap(map) || seen.has(map)) return [];
  seen.add(map);
  const own: YamlEntry[] = [];
  const merged: YamlEntry[] = [];
  if (!spend(file, map.items.length)) return own;
  for (const pair of map.items) {
    const key = scalarText(pair.key);
    if (key === undefined) continue;
    if (key === '<<') {
      const sources = isSeq(deref(file, pair.value)) ? items(file, pair.value) : [pair.value];
      for (const source of sources) for (const e of mapEntries(file, source, seen)) merged.push(e);
      continue;
    }
    own.push({ key, line: lineOf(file, pair.key), value: deref(file, pair.value) });
  }
  const keys = new Set(own.map((e) => e.key));
  for (const e of merged) {
    if (keys.has(e.key)) continue;
    keys.add(e.key);
    own.push(e);
  }
  return own;
}

export function entry(file: YamlFile, node: unknown, key: string): YamlEntry | undefined {
  return entries(file, node).find((e) => e.key === key);
}

export function get(file: YamlFile, node: unknown, key: string): Node | undefined {
  return entry(file, node, key)?.value;
}

export function has(file: YamlFile, node: unknown, key: string): boolean {
  return entry(file, node, key) !== undefined;
}

/** Items of a sequence, aliases resolved; [] for anything else. */
export function items(file: YamlFile, node: unknown): Node[] {
  const seq = deref(file, node);
  if (!isSeq(seq) || !spend(file, seq.items.length)) return [];
  return seq.items.map((item) => deref(file, item)).filter((item): item is Node => item !== undefined);
}

/** A scalar's value as text (numbers and booleans too); undefined for null, maps and sequences. */
export function str(file: YamlFile, node: unknown): string | undefined {
  return scalarText(deref(file, node));
}

/** A scalar as one string, or a sequence's scalars (nested sequences flattened). */
export function strings(file: YamlFile, node: unknown): string[] {
  return linedStrings(file, node).map((s) => s.text);
}

/** Scalar items of a sequence with their lines (nested sequences flattened), or the scalar itself. */
export function linedStrings(file: YamlFile, node: unknown): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  collectStrings(file, node, 0, out);
  return out;
}

/** At most MAX_STRINGS, so aliases of aliases (a "billion laughs" file) stay cheap. */
function collectStrings(file: YamlFile, node: unknown, depth: number, out: { text: string; line: number }[]): void {
  if (out.length >= MAX_STRINGS) return;
  const value = deref(file, node);
  if (isSeq(value)) {
    if (depth < 10 && spend(file, value.items.length)) for (const item of value.items) collectStrings(file, item, depth + 1, out);
    return;
  }
  const text = scalarText(value);
  if (text === undefined) return;
  if (--file.budget.strings < 0) {
    file.limit ??= 'aliases expand beyond the reading limit; the rest was not read';
    return;
  }
  out.push({ text, line: lineOf(file, value) });
}

export function isMapNode(file: YamlFile, node: unknown): boolean {
  return isMap(deref(file, node));
}

export function isSeqNode(file: YamlFile, node: unknown): boolean {
  return isSeq(deref(file, node));
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}
