/**
 * Dotted-name patterns used by the catalogue and detectors:
 * - `mlflow` matches `mlflow` and `mlflow.sklearn.autolog` (prefix on whole segments);
 * - `*.backward` matches any name whose last segment is `backward` (`loss.backward`, `?.backward`);
 * - `sklearn.*.fit` style wildcards match exactly one segment.
 */
export function matchesName(name: string, pattern: string): boolean {
  if (pattern.startsWith('*.') && !pattern.slice(2).includes('*')) {
    const tail = pattern.slice(1);
    return name.endsWith(tail) || name === pattern.slice(2);
  }
  if (pattern.includes('*')) {
    const parts = pattern.split('.');
    const segs = name.split('.');
    if (segs.length < parts.length) return false;
    return parts.every((p, i) => p === '*' || p === segs[i]);
  }
  return name === pattern || name.startsWith(`${pattern}.`);
}

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  for (const p of patterns) if (matchesName(name, p)) return true;
  return false;
}

/** PEP 503 normalisation of a distribution name. */
export function normalizePackage(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}
