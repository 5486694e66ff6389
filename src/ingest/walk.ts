// Walks a folder: honours .gitignore files at every depth (a deeper file
// overrides a shallower one, negations included) for untracked files only,
// skips the folders signals.md excludes, binaries and files over the size
// limits, and records every skipped item with its reason. A link is read only
// when it points to a file inside the tree; it is never followed out of it,
// nor into a folder.
// https://git-scm.com/docs/gitignore#_pattern_format
// As in git, an ignore rule leaves a tracked file alone (tracked.ts lists
// them): an ignored folder that holds tracked files is walked for those
// alone. Folders signals.md excludes stay excluded, tracked or not; so do
// the AI coding assistants' folders and skills (assistant-material.ts) and
// bundled copies of other projects (skip-rules.ts bundledCopy), which are
// known only once a folder's files are listed.
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { assistantFolder, skillFolder } from './assistant-material.js';
import { bundledCopy, hasBinaryExtension, isArchiveFolderName, isExcludedDir, isGitMetadataName, isIncidentalEntry } from './skip-rules.js';
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
  /** Tracked paths (files and links); empty for a folder that is not a git work tree. */
  tracked: ReadonlySet<string>;
  /** Folders holding tracked paths, with how many. */
  trackedIn: ReadonlyMap<string, number>;
}

/** A .gitignore larger than this is not read (it is someone's data, not ignore rules). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/**
 * Walks `root`. `tracked`: the paths its git history tracks at HEAD
 * (tracked.ts), which no ignore rule leaves out; none for a plain folder or
 * an archive.
 */
export async function walkTree(root: string, limits: WalkLimits = DEFAULT_WALK_LIMITS, tracked: readonly string[] = []): Promise<WalkResult> {
  const realRoot = await realpath(root);
  const state: WalkState = { realRoot, limits, files: [], skipped: [], full: false, tracked: new Set(tracked), trackedIn: countByFolder(tracked) };
  await walkDir(realRoot, '', [], state, false);
  state.files.sort((a, b) => byPath(a.path, b.path));
  state.skipped.sort((a, b) => byPath(a.path, b.path));
  return { files: state.files, skipped: state.skipped };
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** For every folder on the way to a tracked path, how many tracked paths lie below it. */
function countByFolder(tracked: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of tracked) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const folder = path.slice(0, slash);
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
  }
  return counts;
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

/**
 * Walks one folder. In an `ignored` folder (walked for its tracked files)
 * only tracked paths and the folders leading to them are visited; returns
 * how many untracked entries were left out there, nested ignored folders
 * included, for the one record of the outermost ignored folder.
 */
async function walkDir(abs: string, rel: string, inherited: Rules[], state: WalkState, ignored: boolean, alone = false): Promise<number> {
  const rules = await loadRules(abs, rel, inherited);
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (err) {
    state.skipped.push({ path: `${rel}/`, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
    return 0;
  }
  const fileNames = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
  const setAside = skillFolder(rel, fileNames) ?? bundledCopy(rel, fileNames, alone);
  if (setAside) {
    state.skipped.push({ path: `${rel}/`, reason: 'excluded-folder', detail: setAside });
    return 0;
  }
  entries.sort((a, b) => byPath(a.name, b.name));
  // The repository's own content here: not hidden entries, a README, a licence or archive folders (bundledCopy's `alone`).
  const own = (e: Dirent) => !isIncidentalEntry(e.name) && !(e.isDirectory() && isArchiveFolderName(e.name));
  const ownCount = entries.filter(own).length;
  let leftOut = 0;
  for (const entry of entries) {
    if (state.full) break;
    // The repository's own metadata (folder, or worktree file, in any spelling git accepts) is never content.
    if (isGitMetadataName(entry.name)) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const childAbs = join(abs, entry.name);
    if (ignored && !state.tracked.has(childRel) && !state.trackedIn.has(childRel)) leftOut += 1;
    else if (entry.isSymbolicLink()) await visitLink(childAbs, childRel, rules, state);
    else if (entry.isDirectory()) leftOut += await visitDir(childAbs, childRel, entry.name, rules, state, ignored, (rel === '' || alone) && ownCount - (own(entry) ? 1 : 0) === 0);
    else if (entry.isFile()) await visitFile(childAbs, childRel, rules, state);
    else state.skipped.push({ path: childRel, reason: 'unreadable', detail: 'not a regular file' });
  }
  return leftOut;
}

/** Returns the untracked entries left out below, when `parentIgnored` (see walkDir). */
async function visitDir(abs: string, rel: string, name: string, rules: Rules[], state: WalkState, parentIgnored: boolean, alone: boolean): Promise<number> {
  const excluded = isExcludedDir(name) ? 'vendored or generated' : assistantFolder(rel);
  if (excluded) {
    state.skipped.push({ path: `${rel}/`, reason: 'excluded-folder', detail: excluded });
    return 0;
  }
  const ignored = parentIgnored || isIgnored(rules, rel, true);
  const tracked = state.trackedIn.get(rel) ?? 0;
  if (ignored && tracked === 0) {
    state.skipped.push({ path: `${rel}/`, reason: 'gitignore' });
    return 0;
  }
  const leftOut = await walkDir(abs, rel, rules, state, ignored, alone);
  if (parentIgnored) return leftOut;
  if (ignored && leftOut > 0) {
    state.skipped.push({ path: `${rel}/`, reason: 'gitignore', detail: `${leftOut} untracked left out; its ${tracked} tracked ${tracked === 1 ? 'file is' : 'files are'} walked` });
  }
  return 0;
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
  if (!state.tracked.has(rel) && isIgnored(rules, rel, false)) {
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
