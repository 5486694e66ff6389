// Detection work that depends on one file's facts only, remembered by file
// and done early. A detector wraps such a function with `perFile`; a scan
// feeds each file to `warmFile` as its facts arrive from the parse workers
// (FactFeed in context.ts), so the work overlaps parsing instead of waiting
// for the last file; detection then finds the answers ready. Files are
// compared by object: a PyFile's facts never change once parsed.
import type { PyFile } from './context.js';

export interface PerFileOptions {
  /**
   * Which files are worked out ahead of detection: only those the detector
   * asks about anyway (warming others would add work, not move it).
   * Default: every file.
   */
  warm?: (file: PyFile) => boolean;
}

const warmers: Array<(file: PyFile) => void> = [];

/** `compute`, remembered per file and registered to be worked out as files arrive. It must read nothing but the file. */
export function perFile<T>(compute: (file: PyFile) => T, options: PerFileOptions = {}): (file: PyFile) => T {
  const memo = new WeakMap<PyFile, { value: T }>();
  const get = (file: PyFile): T => {
    let hit = memo.get(file);
    if (!hit) {
      hit = { value: compute(file) };
      memo.set(file, hit);
    }
    return hit.value;
  };
  const wanted = options.warm;
  warmers.push((file) => {
    if (!wanted || wanted(file)) get(file);
  });
  return get;
}

/** Registers more per-file work to do as files arrive (`warm` must read nothing but the file, and never throw on its account). */
export function onEachFile(warm: (file: PyFile) => void): void {
  warmers.push(warm);
}

/** Works out every registered per-file answer for a file. Never throws: a failure is left for detection to meet, as it would without warming. */
export function warmFile(file: PyFile): void {
  for (const warm of warmers) {
    try {
      warm(file);
    } catch {
      // Not remembered: detection computes it again and reports it as before.
    }
  }
}
