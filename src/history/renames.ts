// Lines follow a file through its renames: the log is read with rename
// detection, so a move records the moved file under its new path with only
// the lines the move changed (a pure rename adds none), and the lines older
// commits added under the old path are counted under the file's name at
// HEAD, for the commits that wrote them.

import type { CommitRecord } from './types.js';

/**
 * Rewrites every commit's paths to the names the files carry at HEAD.
 * `commits` is the log, newest first: a rename seen in a commit renames the
 * path for every older commit. A path that a rename moved away and that a
 * later file took over again names an older, different file: it is not
 * followed further.
 */
export function followRenames(commits: readonly CommitRecord[]): void {
  const atHead = new Map<string, string>();
  for (const c of commits) {
    if (atHead.size > 0) {
      c.perPath = rekey(c.perPath, atHead);
      if (c.unknownPaths) c.unknownPaths = new Set([...c.unknownPaths].map((p) => atHead.get(p) ?? p));
    }
    const renames = c.renames ?? [];
    if (renames.length === 0) continue;
    const moved = renames.map(([from, to]) => [from, atHead.get(to) ?? to] as const);
    const sources = new Set(renames.map(([from]) => from));
    // Before this commit, the new path was not this file (a swap keeps it: it is also a source).
    for (const [, to] of renames) if (!sources.has(to)) atHead.delete(to);
    for (const [from, head] of moved) atHead.set(from, head);
  }
}

function rekey(perPath: ReadonlyMap<string, number>, atHead: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [path, added] of perPath) {
    const head = atHead.get(path) ?? path;
    out.set(head, (out.get(head) ?? 0) + added);
  }
  return out;
}
