// Array helpers safe at any length. `a.push(...b)` and `Math.max(...b)` pass
// every element as an argument, and past ~100k elements (128k evidence items
// from one hostile repository) that overflows the stack and loses the whole
// report. These loop instead.

/** Appends every item to `target` (in place) and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `Math.max(...values)` without the spread: -Infinity for none, NaN if any is NaN. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v > max) max = v;
  }
  return max;
}

/** `Math.min(...values)` without the spread: Infinity for none, NaN if any is NaN. */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v < min) min = v;
  }
  return min;
}
