// Reading names out of Python syntax nodes: imports (and the aliases they
// bind), dotted names resolved through them, and call arguments.
import type { Node } from 'web-tree-sitter';
import type { FunctionFact, ImportFact } from './types.js';

/** A plain dotted name, spaced or continued over lines (a backslash-newline: `spark.readStream \\` then `.format(...)`). */
const DOTTED = /^[A-Za-z_][\w]*(?:(?:\s|\\\r?\n)*\.(?:\s|\\\r?\n)*[A-Za-z_]\w*)*$/;
const MAX_STRING = 200;

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

export function line(node: Node): number {
  return node.startPosition.row + 1;
}

export function readImport(node: Node, out: ImportFact[], aliases: Map<string, string>): void {
  const text = oneLine(node.text);
  for (const child of node.childrenForFieldName('name')) {
    if (child.type === 'aliased_import') {
      const module = compact(child.childForFieldName('name')?.text ?? '');
      const alias = child.childForFieldName('alias')?.text;
      if (!module) continue;
      out.push({ module, alias, text, line: line(node) });
      if (alias) aliases.set(alias, module);
    } else {
      const module = compact(child.text);
      if (!module) continue;
      out.push({ module, text, line: line(node) });
      // `import os.path` binds `os`.
      const head = module.split('.')[0];
      if (!aliases.has(head)) aliases.set(head, head);
    }
  }
}

export function readFromImport(node: Node, out: ImportFact[], aliases: Map<string, string>): void {
  const text = oneLine(node.text);
  const moduleNode = node.childForFieldName('module_name');
  const module = node.type === 'future_import_statement' ? '__future__' : compact(moduleNode?.text ?? '');
  if (!module) return;
  const names = node.childrenForFieldName('name');
  if (names.length === 0) {
    // `from x import *`
    out.push({ module, name: '*', text, line: line(node) });
    return;
  }
  for (const child of names) {
    let name: string;
    let alias: string | undefined;
    if (child.type === 'aliased_import') {
      name = compact(child.childForFieldName('name')?.text ?? '');
      alias = child.childForFieldName('alias')?.text;
    } else {
      name = compact(child.text);
    }
    if (!name) continue;
    out.push({ module, name, alias, text, line: line(node) });
    aliases.set(alias ?? name, module.startsWith('.') ? `${module}${module.endsWith('.') ? '' : '.'}${name}` : `${module}.${name}`);
  }
}

export function compact(text: string): string {
  return text.replace(/\\\r?\n|\s+/g, '');
}

/**
 * Resolves the head of a dotted name through the file's import aliases; or,
 * given attributes bound to modules (`self._tf` by a dynamic import:
 * python-dynamic.ts), its longest prefix that is one of them.
 */
export function resolveName(dotted: string, aliases: Map<string, string>, attributes?: ReadonlyMap<string, string>): string {
  const dot = dotted.indexOf('.');
  const head = dot === -1 ? dotted : dotted.slice(0, dot);
  const target = aliases.get(head);
  if (!target) return attributes && attributes.size > 0 && dot !== -1 ? resolveAttribute(dotted, attributes) : dotted;
  return dot === -1 ? target : target + dotted.slice(dot);
}

function resolveAttribute(dotted: string, attributes: ReadonlyMap<string, string>): string {
  for (let end = dotted.length; end > 0; end = dotted.lastIndexOf('.', end - 1)) {
    const target = attributes.get(dotted.slice(0, end));
    if (target) return target + dotted.slice(end);
  }
  return dotted;
}

/** The dotted text of an expression (`a.b.c`), or `?.last` when the object is not a plain name chain. */
export function dottedName(node: Node): string | undefined {
  const text = node.text;
  if (text.length < 300 && DOTTED.test(text)) return compact(text);
  if (node.type === 'attribute') {
    const attr = node.childForFieldName('attribute')?.text;
    if (attr) return `?.${attr}`;
  }
  return undefined;
}

/**
 * The content of a string literal. An f-string keeps its interpolations as
 * written (`f"INSERT INTO {table}"` → `INSERT INTO {table}`): its literal
 * text is a fact (SQL, a URL, an environment key), and the calls inside the
 * braces are read as calls like any other. Implicitly concatenated literals
 * (`"SELECT *" f" FROM {t}"`) are one string.
 */
export function stringValue(node: Node, type: string = node.type): string | undefined {
  // A node's type is a call into wasm: each is asked once (`type` when the caller knows it).
  if (type === 'concatenated_string') {
    const parts: Array<string | undefined> = [];
    for (const c of node.namedChildren) if (c && c.type === 'string') parts.push(stringValue(c, 'string'));
    if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
    const joined = parts.join('');
    return joined.length <= MAX_STRING ? joined : undefined;
  }
  if (type !== 'string') return undefined;
  const texts: string[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    const t = c.type;
    if (t === 'string_content' || t === 'interpolation') texts.push(c.text);
  }
  const content = texts.join('');
  return content.length <= MAX_STRING ? content : undefined;
}

/** A call's arguments: keyword names, string values, dict-literal keys, constant keywords (`train=False`) and bare names passed. */
export interface Arguments {
  kwargs: string[];
  strings: string[];
  keys: string[];
  consts: string[];
  names: string[];
  /** Bare names given as keyword values (`post(url=API_URL)` → `API_URL`). */
  valueNames: string[];
  /** For each of `strings`, the keyword it was passed as, `''` when positional. */
  passedAs: string[];
  /** Names handed over that `names` leaves out: attribute chains passed positionally, and names or attribute chains given as keyword values, as `key=value` (CallFact.refs). */
  refs: string[];
  /** The argument nodes with their types, for other readers of the same call (each is a call into wasm to ask again). */
  nodes: ArgumentNode[];
}

export interface ArgumentNode {
  node: Node;
  type: string;
}

const CONSTANTS = new Set(['true', 'false', 'none']);
/** Most names kept in `refs` for one call. */
const MAX_REFS = 4;

/** A plain name or attribute chain (`train`, `self.retrain`, `jobs.nightly.run`), as one word; else none. */
function refOf(node: Node, type: string): string | undefined {
  if (type !== 'identifier' && type !== 'attribute') return undefined;
  const text = compact(node.text);
  return text.length <= 80 && DOTTED.test(text) ? text : undefined;
}

export function readArguments(args: Node | null): Arguments {
  const kwargs: string[] = [];
  const strings: string[] = [];
  const keys: string[] = [];
  const consts: string[] = [];
  const names: string[] = [];
  const valueNames: string[] = [];
  const passedAs: string[] = [];
  const refs: string[] = [];
  const nodes: ArgumentNode[] = [];
  if (!args) return { kwargs, strings, keys, consts, names, valueNames, passedAs, refs, nodes };
  for (const arg of args.namedChildren) {
    if (!arg) continue;
    const type = arg.type;
    nodes.push({ node: arg, type });
    if (type === 'keyword_argument') {
      const key = arg.childForFieldName('name')?.text;
      if (key) kwargs.push(key);
      const value = arg.childForFieldName('value');
      const s = value ? stringValue(value) : undefined;
      if (s !== undefined) {
        strings.push(s);
        passedAs.push(key ?? '');
      } else if (value?.type === 'dictionary') keys.push(...dictKeys(value));
      else if (key && value) {
        const t = value.type;
        if (CONSTANTS.has(t)) consts.push(`${key}=${value.text}`);
        else if (t === 'identifier' && value.text.length <= 60) valueNames.push(value.text);
        const ref = key && refs.length < MAX_REFS ? refOf(value, t) : undefined;
        if (ref !== undefined) refs.push(`${key}=${ref}`);
      }
    } else {
      const s = stringValue(arg, type);
      if (s !== undefined) strings.push(s);
      else if (type === 'dictionary') keys.push(...dictKeys(arg));
      else if (type === 'identifier' && arg.text.length <= 60) names.push(arg.text);
      else if (type === 'attribute') {
        const ref = refs.length < MAX_REFS ? refOf(arg, type) : undefined;
        if (ref !== undefined) refs.push(ref);
      } else for (const item of commandList(arg, type)) strings.push(item);
      while (passedAs.length < strings.length) passedAs.push('');
    }
  }
  return { kwargs, strings, keys, consts, names, valueNames, passedAs, refs, nodes };
}

/** Most keys read from one dict literal. */
const MAX_KEYS = 40;

/** The string-literal keys of a dict literal (`{"input": x, "prediction": y}` → `input`, `prediction`). */
export function dictKeys(dict: Node): string[] {
  const out: string[] = [];
  for (const pair of dict.namedChildren) {
    if (!pair || pair.type !== 'pair' || out.length >= MAX_KEYS) continue;
    const key = pair.childForFieldName('key');
    const s = key ? stringValue(key) : undefined;
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** Keys of a dict literal that describes a periodic job (PythonFacts.periodicJobs). */
const JOB_TASK_KEYS = new Set(['task', 'func']);
const JOB_SCHEDULE_KEYS = new Set(['schedule', 'trigger']);

/**
 * A dict literal that describes a periodic job, its task and schedule: a
 * `task` or `func` key given a string beside a `schedule` or `trigger` key
 * (`{"task": "app.tasks.retrain", "schedule": crontab(hour=2)}`, a Celery
 * beat entry; `{"func": "jobs:retrain", "trigger": "interval"}`, a
 * Flask-APScheduler job). The schedule is its value's text on one line.
 */
export function periodicJob(dict: Node): { task: string; schedule: string } | undefined {
  let task: string | undefined;
  let schedule: string | undefined;
  for (const pair of dict.namedChildren) {
    if (!pair || pair.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const key = keyNode ? stringValue(keyNode) : undefined;
    const value = pair.childForFieldName('value');
    if (key === undefined || !value) continue;
    if (JOB_TASK_KEYS.has(key)) task = stringValue(value) ?? task;
    else if (JOB_SCHEDULE_KEYS.has(key)) schedule = oneLine(value.text);
  }
  return task !== undefined && schedule !== undefined ? { task, schedule } : undefined;
}

/** A positional list or tuple of string literals only (a command: `["python", "train.py"]`), its strings; else none. */
function commandList(node: Node, type: string = node.type): string[] {
  if (type !== 'list' && type !== 'tuple') return [];
  const items: Array<string | undefined> = [];
  for (const c of node.namedChildren) {
    if (c === null) continue;
    const t = c.type;
    if (t !== 'comment') items.push(stringValue(c, t));
  }
  return items.length > 0 && items.every((s): s is string => s !== undefined) ? items : [];
}


/** Most dict keys kept for one function. */
const MAX_FUNCTION_KEYS = 100;

/** Gives the string keys of a dict literal to the function whose body holds it (FunctionFact.dictKeys). */
export function addDictKeys(fn: FunctionFact, dict: Node): void {
  const keys = dictKeys(dict);
  if (keys.length === 0) return;
  const have = (fn.dictKeys ??= []);
  for (const key of keys) {
    if (have.length >= MAX_FUNCTION_KEYS) break;
    if (!have.includes(key)) have.push(key);
  }
}
