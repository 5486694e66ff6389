// Walks a folder: honours .gitignore files (at every depth), skips the
// folders signals.md excludes and binaries, never follows a symlink (a link
// inside the tree is read as its target only when the target stays inside).
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { hasBinaryExtension, isExcludedDir } from './skip-rules.js';
import { DEFAULT_WALK_LIMITS, type Skipped, type WalkLimits, type WalkedFile } from './types.js';

export interface WalkResult {
  files: WalkedFile[];
  skipped: Skipped[];
}

interface Rules {
  base: string;
  ig: Ignore;
}

export async function walkTree(root: string, limits: WalkLimits = DEFAULT_WALK_LIMITS): Promise<WalkResult> {
  const realRoot = await realpath(root);
  const files: WalkedFile[] = [];
  const skipped: Skipped[] = [];
  await walkDir(realRoot, '', [], { realRoot, limits, files, skipped });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

interface WalkState {
  realRoot: string;
  limits: WalkLimits;
  files: WalkedFile[];
  skipped: Skipped[];
}

function isIgnored(rules: Rules[], rel: string, dir: boolean): boolean {
  for (const r of rules) {
    const sub = r.base === '' ? rel : rel.startsWith(`${r.base}/`) ? rel.slice(r.base.length + 1) : undefined;
    if (sub === undefined) continue;
    if (r.ig.ignores(dir ? `${sub}/` : sub)) return true;
  }
  return false;
}

async function loadRules(abs: string, rel: string, inherited: Rules[]): Promise<Rules[]> {
  try {
    const text = await readFile(join(abs, '.gitignore'), 'utf8');
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
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const childAbs = join(abs, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await realpath(childAbs).catch(() => undefined);
      if (!target || (target !== state.realRoot && !target.startsWith(state.realRoot + sep))) {
        state.skipped.push({ path: childRel, reason: 'symlink', detail: 'points outside the repository or nowhere' });
        continue;
      }
      const st = await stat(target);
      if (st.isDirectory()) {
        // Links to folders inside the tree would be walked twice (or loop): skip.
        state.skipped.push({ path: `${childRel}/`, reason: 'symlink', detail: 'link to a folder inside the repository' });
        continue;
      }
      isDir = false;
      isFile = st.isFile();
    }
    if (isDir) {
      if (entry.name === '.git') continue;
      if (isExcludedDir(entry.name)) {
        state.skipped.push({ path: `${childRel}/`, reason: 'excluded-folder', detail: 'vendored or generated' });
        continue;
      }
      if (isIgnored(rules, childRel, true)) {
        state.skipped.push({ path: `${childRel}/`, reason: 'gitignore' });
        continue;
      }
      await walkDir(childAbs, childRel, rules, state);
      continue;
    }
    if (!isFile) continue;
    if (isIgnored(rules, childRel, false)) {
      state.skipped.push({ path: childRel, reason: 'gitignore' });
      continue;
    }
    const size = (await lstat(childAbs).then((s) => (s.isSymbolicLink() ? stat(childAbs) : s))).size;
    if (hasBinaryExtension(childRel)) {
      state.skipped.push({ path: childRel, reason: 'binary', detail: `${size} bytes` });
      continue;
    }
    const max = childRel.endsWith('.ipynb') ? state.limits.maxNotebookBytes : state.limits.maxFileBytes;
    if (size > max) {
      state.skipped.push({ path: childRel, reason: 'too-large', detail: `${size} bytes (limit ${max})` });
      continue;
    }
    if (state.files.length >= state.limits.maxFiles) {
      state.skipped.push({ path: childRel, reason: 'limit', detail: `more than ${state.limits.maxFiles} files` });
      continue;
    }
    state.files.push({ path: childRel, abs: childAbs, size });
  }
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export { relative };
