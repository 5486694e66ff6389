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

/** A list is compiled once it has been used this often (one-off literal lists never are). */
const COMPILE_AFTER_USES = 16;
/** Answers remembered per compiled list; a repository repeats its call names many times over. */
const MEMO_LIMIT = 50_000;
const compiled = new WeakMap<readonly string[], ((name: string) => boolean) | number>();

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  // Detectors test every call of a repository against the catalogue's
  // pattern lists, list after list; that was the profiled hot spot of a
  // scan. A list used repeatedly is compiled into set lookups, with its
  // answers remembered per name.
  if (patterns.length > 1) {
    const seen = compiled.get(patterns);
    if (typeof seen === 'function') return seen(name);
    if ((seen ?? 0) >= COMPILE_AFTER_USES) {
      const matcher = memoize(compilePatterns(patterns));
      compiled.set(patterns, matcher);
      return matcher(name);
    }
    compiled.set(patterns, (seen ?? 0) + 1);
  }
  for (const p of patterns) if (matchesName(name, p)) return true;
  return false;
}

function memoize(test: (name: string) => boolean): (name: string) => boolean {
  const memo = new Map<string, boolean>();
  return (name) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      hit = test(name);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(name, hit);
    }
    return hit;
  };
}

/** The same test as `matchesAny(name, patterns)`, as set lookups over the name's dotted prefixes and suffixes. */
export function compilePatterns(patterns: readonly string[]): (name: string) => boolean {
  const prefixes = new Set<string>(); // `a.b`: the name or a prefix of it ending before a dot
  const tails = new Set<string>(); // `*.x`: the name, or a suffix of it starting after a dot
  const wild = new Map<string, string[][]>(); // `a.*.c` by its first segment ('*' for any)
  for (const p of patterns) {
    if (p.startsWith('*.') && !p.slice(2).includes('*')) tails.add(p.slice(2));
    else if (p.includes('*')) {
      const parts = p.split('.');
      const list = wild.get(parts[0]) ?? [];
      list.push(parts);
      wild.set(parts[0], list);
    } else prefixes.add(p);
  }
  const anyHead = wild.get('*') ?? [];
  return (name) => {
    if (prefixes.has(name) || tails.has(name)) return true;
    for (let i = name.indexOf('.'); i !== -1; i = name.indexOf('.', i + 1)) {
      if (prefixes.has(name.slice(0, i)) || tails.has(name.slice(i + 1))) return true;
    }
    if (wild.size === 0) return false;
    const dot = name.indexOf('.');
    const candidates = wild.get(dot === -1 ? name : name.slice(0, dot));
    if (!candidates && anyHead.length === 0) return false;
    const segs = name.split('.');
    const fits = (parts: string[]): boolean => segs.length >= parts.length && parts.every((q, i) => q === '*' || q === segs[i]);
    return (candidates?.some(fits) ?? false) || anyHead.some(fits);
  };
}

/** PEP 503 normalisation of a distribution name. */
export function normalizePackage(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * What a name must share with a pattern list to match it: its first segment
 * with a pattern's first segment (`a.b`, `a.*.c`), or its last segment with
 * a `*.x` pattern's. Undefined when a pattern starts with a wildcard that
 * can match anything (`*`, `*.x.*`). Lets an index skip names that cannot match.
 */
export function patternAnchors(patterns: readonly string[]): { heads: Set<string>; lasts: Set<string> } | undefined {
  const heads = new Set<string>();
  const lasts = new Set<string>();
  for (const p of patterns) {
    if (p.startsWith('*.') && !p.slice(2).includes('*')) lasts.add(p.slice(p.lastIndexOf('.') + 1));
    else if (p === '*' || p.startsWith('*.')) return undefined;
    else heads.add(p.split('.')[0]);
  }
  return { heads, lasts };
}
