// YAML as nodes with lines, shared by the infrastructure parsers (https://eemeli.org/yaml/#parsing-yaml).
// Parsers walk nodes rather than `toJS()` values so every fact can cite its
// line, and so `<<` merges and `*alias`es resolve the way CI files use them.
import { Composer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import type { Problem } from './types.js';

/** Documents past this many are not read: manifests have a few, data dumps thousands. */
export const MAX_YAML_DOCS = 200;

/** A read YAML file: document roots, where each node is, and the first error. */
export interface YamlFile {
  /** Root node of each document (`undefined` for an empty document). */
  roots: (Node | undefined)[];
  /** The first syntax error, if any. */
  error?: { message: string; line: number };
  lines: LineCounter;
  aliases: Map<Alias, Node>;
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
  const file: YamlFile = { roots: [], lines, aliases: new Map() };
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
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (target) file.aliases.set(alias, target);
    },
  });
}

/** A `syntax` problem for the file's first error, if it has one. */
export function yamlProblem(file: YamlFile, path: string): Problem[] {
  if (!file.error) return [];
  return [{ path, kind: 'syntax', message: `YAML: ${file.error.message}`, line: file.error.line }];
}

/** The node itself, or what an alias points at. */
export function deref(file: YamlFile, node: unknown): Node | undefined {
  if (isAlias(node)) return file.aliases.get(node);
  return (node ?? undefined) as Node | undefined;
}

/** 1-based line where a node starts (1 when unknown). */
export function lineOf(file: YamlFile, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? file.lines.linePos(range[0]).line : 1;
}

/** Entries of a map, with `<<: *base` merges expanded (own keys win); [] for anything else. */
export function entries(file: YamlFile, node: unknown, depth = 0): YamlEntry[] {
  const map = deref(file, node);
  if (!isMap(map) || depth > 5) return [];
  const own: YamlEntry[] = [];
  const merged: YamlEntry[] = [];
  for (const pair of map.items) {
    const key = scalarText(pair.key);
    if (key === undefined) continue;
    if (key === '<<') {
      const sources = isSeq(deref(file, pair.value)) ? items(file, pair.value) : [pair.value];
      for (const source of sources) merged.push(...entries(file, source, depth + 1));
      continue;
    }
    own.push({ key, line: lineOf(file, pair.key), value: deref(file, pair.value) });
  }
  const seen = new Set(own.map((e) => e.key));
  for (const e of merged) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
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
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => deref(file, item)).filter((item): item is Node => item !== undefined);
}

/** A scalar's value as text (numbers and booleans too); undefined for null, maps and sequences. */
export function str(file: YamlFile, node: unknown): string | undefined {
  return scalarText(deref(file, node));
}

/** A scalar as one string, or a sequence's scalars (nested sequences flattened). */
export function strings(file: YamlFile, node: unknown, depth = 0): string[] {
  const value = deref(file, node);
  if (isSeq(value) && depth < 10) return items(file, value).flatMap((item) => strings(file, item, depth + 1));
  const text = scalarText(value);
  return text === undefined ? [] : [text];
}

/** Scalar items of a sequence with their lines (nested sequences flattened), or the scalar itself. */
export function linedStrings(file: YamlFile, node: unknown, depth = 0): { text: string; line: number }[] {
  const value = deref(file, node);
  if (isSeq(value) && depth < 10) return items(file, value).flatMap((item) => linedStrings(file, item, depth + 1));
  const text = scalarText(value);
  return text === undefined ? [] : [{ text, line: lineOf(file, value) }];
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
