// Strict YAML loading for the project's own data and users' files: a zod
// schema, and errors that name the file, line and field.
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { UserError } from './errors.js';
import { emptyFlowEntries, MAX_YAML_ALIASES, MAX_YAML_DEPTH, MAX_YAML_EMPTY_FLOW_ENTRIES, yamlNestingDepth } from './yaml-limits.js';

/**
 * Parses YAML text against a schema; throws UserError naming `file:line` and
 * the field. Text nested deeper than MAX_YAML_DEPTH, and aliases that expand
 * past MAX_YAML_ALIASES (a "billion laughs" file), are refused with the file named.
 */
export function parseYamlStrict<T>(text: string, file: string, schema: z.ZodType<T>): T {
  if (yamlNestingDepth(text) > MAX_YAML_DEPTH) {
    throw new UserError(`${file}: YAML nested deeper than ${MAX_YAML_DEPTH} levels; refused`, 'E_YAML');
  }
  if (emptyFlowEntries(text) > MAX_YAML_EMPTY_FLOW_ENTRIES) {
    throw new UserError(`${file}: YAML with more than ${MAX_YAML_EMPTY_FLOW_ENTRIES} empty flow entries; refused`, 'E_YAML');
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new UserError(`${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`, 'E_YAML');
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    // `yaml` throws ReferenceError for excessive or unresolved aliases.
    throw new UserError(`${file}: YAML aliases expand too far (more than ${MAX_YAML_ALIASES}) or point nowhere; refused`, 'E_YAML');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A misspelt field gives both "missing" and "unrecognised key": name the misspelling.
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(String(issue.keys[0]));
  const line = lineOf(doc.contents as YamlNode | null, path, lineCounter);
  const field = path.length ? path.join('.') : '(document)';
  throw new UserError(`${file}:${line}: ${field}: ${issue.message}`, 'E_YAML');
}

function lineOf(node: YamlNode | null, path: string[], lc: LineCounter): number {
  let current: YamlNode | null = node;
  let line = current?.range ? lc.linePos(current.range[0]).line : 1;
  for (const key of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode | null;
      if (keyNode?.range) line = lc.linePos(keyNode.range[0]).line;
      current = pair.value as YamlNode | null;
    } else if (isSeq(current)) {
      const item = current.items[Number(key)] as YamlNode | undefined;
      if (!item) break;
      if (item.range) line = lc.linePos(item.range[0]).line;
      current = item;
    } else break;
  }
  return line;
}
