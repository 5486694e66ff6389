// Walks a folder: honours .gitignore files at every depth (a deeper file
// overrides a shallower one, negations included), skips the folders
// signals.md excludes, binaries and files over the size limits, and records
// every skipped item with its reason. A link is read only when it points to a
// file inside the tree; it is never followed out of it, nor into a folder.
// https://git-scm.com/docs/gitignore#_pattern_format
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { hasBinaryExtension, isExcludedDir, isGitMetadataName } from './skip-rules.js';
import { DEFAULT_WALK_LIMITS, type Skipped, type WalkLimits, type WalkedFile } from './types.js';

export interface WalkResult {
  files: WalkedFile[];
  skipped: Skipped[];
}

/** The patterns of one .gitignore, relative to its folder (`base`, '' at the root). */
interface Rules {
  base: string;
  ig: Ignore;
}

interface WalkState {
  realRoot: string;
  limits: WalkLimits;
  files: WalkedFile[];
  skipped: Skipped[];
  /** Set once maxFiles is reached: the rest of the tree is not walked. */
  full: boolean;
}

/** A .gitignore larger than this is not read (it is someone's data, not ignore rules). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

export async function walkTree(root: string, limits: WalkLimits = DEFAULT_WALK_LIMITS): Promise<WalkResult> {
  const realRoot = await realpath(root);
  const state: WalkState = { realRoot, limits, files: [], skipped: [], full: false };
  await walkDir(realRoot, '', [], state);
  state.files.sort((a, b) => byPath(a.path, b.path));
  state.skipped.sort((a, b) => byPath(a.path, b.path));
  return { files: state.files, skipped: state.skipped };
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Git's precedence: the deepest .gitignore with a matching pattern decides; within one, the last pattern. */
function isIgnored(rules: Rules[], rel: string, dir: boolean): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const { base, ig } = rules[i];
    const sub = base === '' ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : undefined;
    if (sub === undefined) continue;
    try {
      const result = ig.test(dir ? `${sub}/` : sub);
      if (result.ignored) return true;
      if (result.unignored) return false;
    } catch {
      // A path the ignore library cannot test is simply not ignored.
    }
  }
  return false;
}

async function loadRules(abs: string, rel: string, inherited: Rules[]): Promise<Rules[]> {
  const file = join(abs, '.gitignore');
  // Only a regular file: a link could point anywhere, a FIFO would block the read.
  const st = await lstat(file).catch(() => undefined);
  if (!st?.isFile() || st.size > MAX_GITIGNORE_BYTES) return inherited;
  try {
    const text = await readFile(file, 'utf8');
    return [...inherited, { base: rel, ig: ignore().add(text) }];
  } catch {
    return inherited;
  }
}

async function walkDir(abs: string, rel: string, inherited: Rules[], state: WalkState): Promise<void> {
  const rules = await loadRules(abs, rel, inherited);
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (err) {
    state.skipped.push({ path: `${rel}/`, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
    return;
  }
  entries.sort((a, b) => byPath(a.name, b.name));
  for (const entry of entries) {
    if (state.full) return;
    // The repository's own metadata (folder, or worktree file, in any spelling git accepts) is never content.
    if (isGitMetadataName(entry.name)) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const childAbs = join(abs, entry.name);
    if (entry.isSymbolicLink()) await visitLink(childAbs, childRel, rules, state);
    else if (entry.isDirectory()) await visitDir(childAbs, childRel, entry.name, rules, state);
    else if (entry.isFile()) await visitFile(childAbs, childRel, rules, state);
    else state.skipped.push({ path: childRel, reason: 'unreadable', detail: 'not a regular file' });
  }
}

async function visitDir(abs: string, rel: string, name: string, rules: Rules[], state: WalkState): Promise<void> {
  if (isExcludedDir(name)) {
    state.skipped.push({ path: `${rel}/`, reason: 'excluded-folder', detail: 'vendored or generated' });
    return;
  }
  if (isIgnored(rules, rel, true)) {
    state.skipped.push({ path: `${rel}/`, reason: 'gitignore' });
    return;
  }
  await walkDir(abs, rel, rules, state);
}

async function visitLink(abs: string, rel: string, rules: Rules[], state: WalkState): Promise<void> {
  const target = await realpath(abs).catch(() => undefined);
  if (!target || (target !== state.realRoot && !target.startsWith(state.realRoot + sep))) {
    state.skipped.push({ path: rel, reason: 'symlink', detail: 'points outside the repository or nowhere' });
    return;
  }
  const st = await stat(target).catch(() => undefined);
  if (st?.isDirectory()) {
    // Links to folders inside the tree would be walked twice (or loop).
    state.skipped.push({ path: `${rel}/`, reason: 'symlink', detail: 'link to a folder inside the repository' });
    return;
  }
  if (!st?.isFile()) {
    state.skipped.push({ path: rel, reason: 'unreadable', detail: 'link to something that is not a regular file' });
    return;
  }
  await visitFile(abs, rel, rules, state, st.size);
}

async function visitFile(abs: string, rel: string, rules: Rules[], state: WalkState, knownSize?: number): Promise<void> {
  if (isIgnored(rules, rel, false)) {
    state.skipped.push({ path: rel, reason: 'gitignore' });
    return;
  }
  const size = knownSize ?? (await lstat(abs).catch(() => undefined))?.size;
  if (size === undefined) {
    state.skipped.push({ path: rel, reason: 'unreadable', detail: 'vanished while walking' });
    return;
  }
  if (hasBinaryExtension(rel)) {
    state.skipped.push({ path: rel, reason: 'binary', detail: `${size} bytes` });
    return;
  }
  const max = rel.toLowerCase().endsWith('.ipynb') ? state.limits.maxNotebookBytes : state.limits.maxFileBytes;
  if (size > max) {
    state.skipped.push({ path: rel, reason: 'too-large', detail: `${size} bytes (limit ${max})` });
    return;
  }
  if (state.files.length >= state.limits.maxFiles) {
    state.full = true;
    state.skipped.push({ path: rel, reason: 'limit', detail: `more than ${state.limits.maxFiles} files: this one and the rest of the tree were not read` });
    return;
  }
  state.files.push({ path: rel, abs, size });
}
