// Entry names from an archive: which could land outside the root (refused),
// and which cannot be written as they are (left out and recorded).
import { isGitMetadataName } from './skip-rules.js';

/** Longest single name most file systems accept (ext4, APFS, NTFS: 255). */
export const MAX_NAME_BYTES = 255;
/** Longest entry path written, leaving room under PATH_MAX (4096) for the temp folder. */
export const MAX_PATH_BYTES = 3072;

/**
 * An entry name as a safe relative POSIX path ('' for the root itself).
 * Calls `refuse` (which throws) for names that could land outside the root.
 */
export function safeEntryPath(name: string, refuse: (why: string) => Error): string {
  if (name.includes('\0')) throw refuse('has a NUL byte in its name');
  if (name.includes('\\')) throw refuse('uses backslashes (a Windows path that may escape the root)');
  if (name.startsWith('/')) throw refuse('is an absolute path');
  if (/^[A-Za-z]:/.test(name)) throw refuse('starts with a drive letter');
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw refuse('escapes the archive root (..)');
  return segments.join('/');
}

/** Why a safe path is not written as it is (too long for the file system), or undefined. */
export function unwritable(path: string): string | undefined {
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) return `path over ${MAX_PATH_BYTES} bytes (not extracted)`;
  if (path.split('/').some((s) => Buffer.byteLength(s) > MAX_NAME_BYTES)) return `name over ${MAX_NAME_BYTES} bytes (not extracted)`;
  return undefined;
}

/** The git metadata part of a path (`sub/.git`, `.GIT`), or undefined. */
export function gitMetadataPrefix(segments: readonly string[]): string | undefined {
  const at = segments.findIndex(isGitMetadataName);
  return at === -1 ? undefined : segments.slice(0, at + 1).join('/');
}

/** An entry name for a message: control characters shown as `?`, long names cut. */
export function quote(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}
