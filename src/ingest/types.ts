import type { Skipped } from '../model/scan.js';

export { Skipped, SkipReason } from '../model/scan.js';

export interface WalkedFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Absolute path on disk. */
  abs: string;
  size: number;
}

export interface WalkLimits {
  /** Largest source or config file read, in bytes. */
  maxFileBytes: number;
  /** Largest notebook read (outputs are ignored when parsing). */
  maxNotebookBytes: number;
  /** Most files walked before the rest is skipped. */
  maxFiles: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxNotebookBytes: 25 * 1024 * 1024,
  maxFiles: 200_000,
};

/** A source opened for reading: a folder on disk, cleaned up by `dispose`. */
export interface OpenedSource {
  /** What the user gave. */
  input: string;
  kind: 'directory' | 'git' | 'archive';
  /** Folder to walk. */
  root: string;
  /** Display name (`owner/name`, folder or archive name). */
  name: string;
  /** HEAD commit when the folder is a git work tree. */
  commit?: string;
  /** What was left out while bringing the source onto disk (archive link entries, links in a clone). */
  skipped?: Skipped[];
  /** Removes temporary folders; safe to call twice. */
  dispose(): Promise<void>;
}
