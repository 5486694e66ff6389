// Terraform configuration syntax: https://developer.hashicorp.com/terraform/language/syntax/configuration
// (JSON form: https://developer.hashicorp.com/terraform/language/syntax/json).
// `.tf` files are read by a line scanner (no HCL library): the block headers
// `resource "type" "name" {`, `module "x" {` and `provider "aws" {` only occur
// at the top level, so headers outside comments and heredocs are enough.
import type { FileFacts, ManifestFact, Problem } from './types.js';

const HEADER = /^\s*(resource|module|provider)\s+("[^"]*"|[\w-]+)(?:\s+("[^"]*"|[\w-]+))?\s*\{/;
export const HEREDOC = /<<-?\s*"?([A-Za-z_]\w*)"?\s*$/;
const MODULE_SOURCE = /^\s*source\s*=\s*"([^"]*)"/;

export function parseTerraform(text: string, path: string): Partial<FileFacts> {
  return path.endsWith('.json') ? parseTerraformJson(text, path) : { manifests: scanHcl(text) };
}

function scanHcl(text: string): ManifestFact[] {
  const lines = text.split('\n');
  const out: ManifestFact[] = [];
  let heredoc: string | undefined;
  let inComment = false;
  let openModule: ManifestFact | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (heredoc !== undefined) {
      if (lines[i].trim() === heredoc) heredoc = undefined;
      continue;
    }
    const line = stripBlockComments(lines[i], inComment);
    inComment = line.inComment;
    heredoc = HEREDOC.exec(line.text)?.[1];
    const source = openModule && MODULE_SOURCE.exec(line.text);
    if (openModule && source) openModule.text += ` (source: ${source[1]})`;
    if (source || /^\}/.test(line.text)) openModule = undefined;
    const header = HEADER.exec(line.text);
    if (!header) continue;
    const fact = factOf(header[1], unquote(header[2]), header[3] ? unquote(header[3]) : undefined, i + 1);
    out.push(fact);
    openModule = header[1] === 'module' ? fact : undefined;
  }
  return out;
}

function factOf(block: string, first: string, second: string | undefined, line: number): ManifestFact {
  if (block === 'resource') return { kind: `terraform:${first}`, text: `resource "${first}" "${second ?? ''}"`, line };
  if (block === 'module') return { kind: 'terraform:module', text: `module "${first}"`, line };
  return { kind: `terraform:provider:${first}`, text: `provider "${first}"`, line };
}

/** The line without `/* ... *\/` parts, and whether a block comment is still open at its end. */
export function stripBlockComments(line: string, inComment: boolean): { text: string; inComment: boolean } {
  let text = '';
  let rest = line;
  let open = inComment;
  while (rest.length > 0) {
    if (open) {
      const end = rest.indexOf('*/');
      if (end === -1) return { text, inComment: true };
      rest = rest.slice(end + 2);
      open = false;
    } else {
      const start = rest.indexOf('/*');
      if (start === -1 || /^\s*(#|\/\/)/.test(rest)) return { text: text + rest, inComment: false };
      text += rest.slice(0, start);
      rest = rest.slice(start + 2);
      open = true;
    }
  }
  return { text, inComment: open };
}

function unquote(label: string): string {
  return label.startsWith('"') ? label.slice(1, -1) : label;
}

function parseTerraformJson(text: string, path: string): Partial<FileFacts> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const problems: Problem[] = [{ path, kind: 'syntax', message: `JSON: ${(err as Error).message}` }];
    return { manifests: [], problems };
  }
  const manifests: ManifestFact[] = [];
  const lineOf = (name: string): number => lineOfKey(text, name);
  for (const block of asList(objectAt(doc, 'resource'))) {
    for (const [type, named] of Object.entries(block)) {
      for (const name of Object.keys(asObject(named))) manifests.push({ kind: `terraform:${type}`, text: `resource "${type}" "${name}"`, line: lineOf(type) });
    }
  }
  for (const block of asList(objectAt(doc, 'module'))) {
    for (const name of Object.keys(block)) manifests.push({ kind: 'terraform:module', text: `module "${name}"`, line: lineOf(name) });
  }
  for (const block of asList(objectAt(doc, 'provider'))) {
    for (const name of Object.keys(block)) manifests.push({ kind: `terraform:provider:${name}`, text: `provider "${name}"`, line: lineOf(name) });
  }
  return { manifests };
}

/** A block may be one object or a list of objects in the JSON syntax. */
function asList(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : [value]).map(asObject).filter((o) => Object.keys(o).length > 0);
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function objectAt(doc: unknown, key: string): unknown {
  return asObject(doc)[key];
}

/** Line of the first `"key":` in the text (1 when not found). */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`${JSON.stringify(key)}`);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}
