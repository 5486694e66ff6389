// pip requirements and constraints files: https://pip.pypa.io/en/stable/reference/requirements-file-format/
// Other files named by `-r`/`-c` are recorded as `include:<file>` configs, never read.
import { normalizePackage } from '../catalog/match.js';
import { evidenceText, parsePep508, pypiDependency, withoutComment } from './pep508.js';
import type { ConfigFact, DependencyFact, FileFacts, Problem } from './types.js';

/** A requirements line after joining continuations and removing comments. */
export interface LogicalLine {
  text: string;
  /** Line of its first physical line. */
  line: number;
}

/** Joins `\`-continued lines and strips comments and blank lines, as pip does. */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let parts: string[] = [];
  let first = 0;
  const physical = text.split(/\r?\n/);
  for (const [i, raw] of physical.entries()) {
    // A comment line ends a continuation (and is itself removed below).
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith('\\') && !isComment) {
      if (parts.length === 0) first = i + 1;
      parts.push(raw.slice(0, -1));
      continue;
    }
    const joined = parts.length > 0 ? parts.join('') + (isComment ? ` ${raw}` : raw) : raw;
    const line = parts.length > 0 ? first : i + 1;
    parts = [];
    const content = withoutComment(joined);
    if (content !== '') out.push({ text: content, line });
  }
  if (parts.length > 0) {
    const content = withoutComment(parts.join(''));
    if (content !== '') out.push({ text: content, line: first });
  }
  return out;
}

/** What one requirements line declares. */
export type RequirementEntry =
  | { kind: 'dependency'; fact: DependencyFact }
  | { kind: 'include'; fact: ConfigFact }
  | { kind: 'option' }
  | { kind: 'unnamed' }
  | { kind: 'invalid' };

const INCLUDE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(?<file>\S+)/;
const EDITABLE = /^(?:-e|--editable)(?:\s*=\s*|\s+|(?=[^\s-]))(?<target>\S+)/;

/** Reads one logical requirements line (also used for conda's `pip:` list). */
export function readRequirementLine(text: string, line: number, group?: string): RequirementEntry {
  const include = INCLUDE.exec(text);
  if (include?.groups) return { kind: 'include', fact: { key: `include:${include.groups.file}`, text: evidenceText(text), line } };
  const editable = EDITABLE.exec(text);
  if (editable?.groups) return urlEntry(editable.groups.target, text, line, group);
  if (text.startsWith('-')) return { kind: 'option' };
  // Per-requirement options (`--hash=...`) start at the first token beginning with `-`.
  const tokens = text.split(/\s+/);
  const optionAt = tokens.findIndex((t) => t.startsWith('-'));
  const requirement = (optionAt === -1 ? tokens : tokens.slice(0, optionAt)).join(' ');
  if (isUrlOrPath(requirement)) return urlEntry(requirement, requirement, line, group);
  const req = parsePep508(requirement);
  if (!req) return { kind: 'invalid' };
  return { kind: 'dependency', fact: pypiDependency(req.name, req.spec, line, requirement, group) };
}

/** `name @ url` or `name[extras] @ url`; each run of spaces can be matched one way only. */
const NAME_AT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\]\s*)?@/;

function isUrlOrPath(text: string): boolean {
  if (NAME_AT.test(text)) return false;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(\.|\/|~)/.test(text) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)(#|$)/i.test(text);
}

/**
 * Name of a URL or path requirement: its `#egg=` fragment, a wheel/sdist
 * file name, or for a VCS URL (`git+https://github.com/org/repo.git@v1`) the
 * repository name, which is usually the distribution's.
 */
export function nameOfUrl(target: string): string | undefined {
  const egg = /[#&]egg=(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target)?.groups?.name;
  if (egg) return normalizePackage(egg.replace(/-\d.*$/s, ''));
  const url = target.split(/[?#]/)[0];
  const file = url.split('/').pop() ?? '';
  const archive = archiveName(file);
  if (archive) return normalizePackage(archive);
  if (!/^(git|hg|svn|bzr)\+/i.test(url)) return undefined;
  const path = url.replace(/^[a-z+]+:\/\/[^/@]*@/i, '');
  const repo = /[/:](?<repo>[A-Za-z0-9][A-Za-z0-9._-]*?)(?:\.git)?(?:@[^@]*)?$/.exec(path)?.groups?.repo;
  return repo ? normalizePackage(repo) : undefined;
}

/**
 * `name` of a `name-1.2(...).whl` (or sdist) file name. The extension is
 * found first, then the name up to its first `-digit`: one pattern for both
 * retries the extension at every dash, quadratically on `a-1-1-1...`.
 */
function archiveName(file: string): string | undefined {
  const ext = /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.exec(file);
  if (!ext) return undefined;
  const name = /^(?<name>[A-Za-z0-9][A-Za-z0-9._]*?)-\d/.exec(file);
  return name?.groups && name[0].length <= ext.index ? name.groups.name : undefined;
}

function urlEntry(target: string, text: string, line: number, group?: string): RequirementEntry {
  const pep508 = NAME_AT.test(target) ? parsePep508(target) : undefined;
  const name = pep508?.name ?? nameOfUrl(target);
  // `-e .` and local paths without a name install the project itself: nothing to declare.
  if (!name) return { kind: 'unnamed' };
  return { kind: 'dependency', fact: pypiDependency(name, '', line, text, group) };
}

/** How the logical lines of a text read as requirements: dependencies (and how many of them pinned), and lines that are none. */
export interface RequirementCounts {
  dependencies: number;
  pinned: number;
  invalid: number;
}

export function countRequirementLines(text: string): RequirementCounts {
  const counts: RequirementCounts = { dependencies: 0, pinned: 0, invalid: 0 };
  for (const { text: content, line } of logicalLines(text)) {
    const entry = readRequirementLine(content, line);
    if (entry.kind === 'dependency') {
      counts.dependencies++;
      if (entry.fact.pinned) counts.pinned++;
    } else if (entry.kind === 'invalid') counts.invalid++;
  }
  return counts;
}

/** Parses a requirements or constraints file. Never throws. */
export function parseRequirements(text: string, path: string): Partial<FileFacts> {
  const dependencies: DependencyFact[] = [];
  const configs: ConfigFact[] = [];
  const problems: Problem[] = [];
  for (const { text: content, line } of logicalLines(text)) {
    const entry = readRequirementLine(content, line);
    if (entry.kind === 'dependency') dependencies.push(entry.fact);
    else if (entry.kind === 'include') configs.push(entry.fact);
    else if (entry.kind === 'invalid' && problems.length === 0) {
      problems.push({ path, kind: 'invalid', line, message: 'line is not a valid requirement' });
    }
  }
  const facts: Partial<FileFacts> = { dependencies };
  if (configs.length > 0) facts.configs = configs;
  if (problems.length > 0) facts.problems = problems;
  return facts;
}
