// PEP 508 dependency specifiers (https://packaging.python.org/en/latest/specifications/dependency-specifiers/)
// and the pinning rule shared by every dependency parser (PEP 440 `==`, `===`).
import { normalizePackage } from '../catalog/match.js';
import type { DependencyFact } from './types.js';

export interface Requirement {
  /** Normalised (PEP 503). */
  name: string;
  extras: string[];
  /** Version specifiers without spaces or parentheses (`>=2,<3`), or ''. */
  spec: string;
  /** The URL of a `name @ url` requirement. */
  url?: string;
  marker?: string;
}

const NAME = /^\s*(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[(?<extras>[^\]]*)\])?\s*(?<rest>.*)$/s;
const SPEC_CLAUSE = /^(?:~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9*+!._-]+$/;

/** Parses a PEP 508 string; undefined when it is not one. */
export function parsePep508(text: string): Requirement | undefined {
  const m = NAME.exec(text);
  if (!m?.groups) return undefined;
  const { name, extras = '', rest } = m.groups;
  const req: Requirement = {
    name: normalizePackage(name),
    extras: extras.split(',').map((e) => e.trim()).filter(Boolean),
    spec: '',
  };
  if (rest.startsWith('@')) {
    // A URL ends at whitespace; a marker may follow after `;`.
    const url = /^@\s*(?<url>\S+)(?:\s+;\s*(?<marker>.*))?$/s.exec(rest);
    if (!url?.groups) return undefined;
    req.url = url.groups.url;
    if (url.groups.marker) req.marker = url.groups.marker.trim();
    return req;
  }
  const semi = rest.indexOf(';');
  const specText = (semi === -1 ? rest : rest.slice(0, semi)).trim().replace(/^\((.*)\)$/s, '$1');
  const spec = specText.replace(/\s+/g, '');
  if (spec !== '' && !spec.split(',').every((clause) => SPEC_CLAUSE.test(clause))) return undefined;
  req.spec = spec;
  if (semi !== -1) req.marker = rest.slice(semi + 1).trim();
  return req;
}

/** Release segments before a trailing `.*` (`1.2.*` → 2). */
function wildcardDepth(version: string): number {
  return version.replace(/\.\*$/, '').split('.').length;
}

/**
 * True for an exact pin: `==1.2`, `==1.2.*`, `===1.2` as one clause of the
 * spec; a major-only wildcard (`==2.*`) and ranges are not pins.
 */
export function isPinned(spec: string): boolean {
  for (const clause of spec.replace(/\s+/g, '').split(',')) {
    if (/^===.+/.test(clause)) return true;
    const exact = /^==([^=].*)$/.exec(clause);
    if (!exact) continue;
    const version = exact[1];
    if (!version.includes('*')) return true;
    if (version.endsWith('.*') && !version.slice(0, -2).includes('*') && wildcardDepth(version) >= 2) return true;
  }
  return false;
}

/**
 * pip's comment rule: `#` at the start or after whitespace (so `#egg=` in a
 * URL stays). Found as one character pair: `(^|\s+)#` would backtrack over
 * every space of a long run, quadratically.
 */
const COMMENT_START = /(?:^|\s)#/;

/** The text before its comment, trimmed. */
export function withoutComment(text: string): string {
  const m = COMMENT_START.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** Shortens evidence text to one line of at most 160 characters. */
export function evidenceText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

/** A PyPI DependencyFact from a PEP 508 string; undefined when the string is not one. */
export function pep508Dependency(text: string, line: number, group?: string): DependencyFact | undefined {
  const req = parsePep508(text);
  if (!req) return undefined;
  return pypiDependency(req.name, req.spec, line, text, group);
}

export function pypiDependency(name: string, spec: string, line: number, text: string, group?: string): DependencyFact {
  const fact: DependencyFact = { name, spec, pinned: isPinned(spec), ecosystem: 'pypi', line, text: evidenceText(text) };
  if (group !== undefined) fact.group = group;
  return fact;
}
