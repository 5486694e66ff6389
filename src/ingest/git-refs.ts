// Reads a candidate's git layout as data, never through git: the `.git`
// file or folder, HEAD and the ref it names (loose or packed), the shallow
// list. Every file read must lie inside the scanned folder (links resolved),
// be a regular file (no FIFO or device to hang on) and be small.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';

/** Object ids: SHA-1 (40 hex digits) or SHA-256 (64). */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Largest HEAD, loose ref or `.git` file read. */
const SMALL = 4096;
/** Largest packed-refs file read (a repository with very many tags). */
export const MAX_PACKED_REFS = 64 * 1024 * 1024;
/** Symbolic refs followed before giving up (git stops at 5 too). */
const MAX_SYMREF_DEPTH = 5;

/** The scanned folder, resolved: paths are checked against it. */
export class Fence {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  static async of(dir: string): Promise<Fence> {
    return new Fence(await realpath(dir));
  }

  /** The real path of `path` when it exists inside the folder. */
  async inside(path: string): Promise<string | undefined> {
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) return undefined;
    return real === this.root || real.startsWith(this.root + sep) ? real : undefined;
  }

  /** A regular file inside the folder, at most `max` bytes, or undefined. */
  async read(path: string, max = SMALL): Promise<Buffer | undefined> {
    const real = await this.inside(path);
    return real === undefined ? undefined : readRegular(real, max);
  }
}

/** Reads a regular file without following a final link or blocking on a FIFO. */
export async function readRegular(path: string, max: number): Promise<Buffer | undefined> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const st = await handle.stat();
    if (!st.isFile() || st.size > max) return undefined;
    const buffer = Buffer.alloc(st.size);
    const { bytesRead } = await handle.read(buffer, 0, st.size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Where a work tree's git data lives. */
export interface GitLayout {
  /** The git dir (HEAD). */
  gitDir: string;
  /** The common dir (objects, refs, shallow): the git dir, or what its `commondir` names. */
  commonDir: string;
}

export type LayoutResult = { layout: GitLayout } | { layout?: undefined; reason: string };

/**
 * `<root>/.git`: a folder, or a file `gitdir: <path>`. Only a git dir inside
 * the scanned folder is used: a `.git` file, `commondir` or link pointing
 * elsewhere would read another repository's history as the candidate's.
 */
export async function findLayout(fence: Fence): Promise<LayoutResult> {
  const dotGit = join(fence.root, '.git');
  const real = await fence.inside(dotGit);
  if (real === undefined) {
    const exists = await realpath(dotGit).then(() => true, () => false);
    return { reason: exists ? 'git history not read: .git points outside the folder' : 'no git history' };
  }
  let gitDir = real;
  const file = await readRegular(real, SMALL);
  if (file) {
    const m = /^gitdir: (.+?)\r?\n?$/.exec(file.toString('utf8'));
    if (!m) return { reason: 'no git history' };
    const target = await fence.inside(isAbsolute(m[1]) ? m[1] : resolve(fence.root, m[1]));
    if (target === undefined) return { reason: 'git history not read: the .git file points outside the folder' };
    gitDir = target;
  }
  let commonDir = gitDir;
  const common = await fence.read(join(gitDir, 'commondir'));
  if (common) {
    const named = common.toString('utf8').trim();
    const target = await fence.inside(isAbsolute(named) ? named : resolve(gitDir, named));
    if (target === undefined) return { reason: 'git history not read: its common git dir is outside the folder' };
    commonDir = target;
  }
  return { layout: { gitDir, commonDir } };
}

/** Ref names followed: refs/..., no `..`, no hidden or empty component, no control characters. */
export function isSafeRefName(name: string): boolean {
  if (!name.startsWith('refs/') || name.length > 1024 || /[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock')) && !name.includes('..');
}

/** The commit HEAD names, resolved through loose refs and packed-refs; undefined when unborn or unreadable. */
export async function resolveHead(fence: Fence, layout: GitLayout): Promise<string | undefined> {
  let value = (await fence.read(join(layout.gitDir, 'HEAD')))?.toString('utf8').trim();
  let packed: Map<string, string> | undefined;
  for (let depth = 0; value !== undefined && depth <= MAX_SYMREF_DEPTH; depth++) {
    if (OBJECT_ID.test(value)) return value;
    const m = /^ref: (\S+)$/.exec(value);
    if (!m || !isSafeRefName(m[1])) return undefined;
    const name = m[1];
    const loose = (await fence.read(join(layout.commonDir, name))) ?? (await fence.read(join(layout.gitDir, name)));
    if (loose) {
      value = loose.toString('utf8').trim();
      continue;
    }
    packed ??= await packedRefs(fence, layout.commonDir);
    value = packed.get(name);
  }
  return undefined;
}

async function packedRefs(fence: Fence, commonDir: string): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  const text = (await fence.read(join(commonDir, 'packed-refs'), MAX_PACKED_REFS))?.toString('utf8') ?? '';
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (refs\/\S+)$/.exec(line.trimEnd());
    if (m) refs.set(m[2], m[1]);
  }
  return refs;
}

/** The shallow list (object ids, one a line), validated; empty when the clone is complete. */
export async function readShallow(fence: Fence, layout: GitLayout): Promise<string[]> {
  const text = (await fence.read(join(layout.commonDir, 'shallow'), MAX_PACKED_REFS))?.toString('utf8') ?? '';
  return text.split('\n').map((l) => l.trim()).filter((l) => OBJECT_ID.test(l));
}
