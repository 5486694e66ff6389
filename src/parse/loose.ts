// Loose zod helpers in renovate's style (LooseArray, LooseRecord in lib/util/schema-utils):
// candidates' config files are messy, so invalid items are dropped instead of failing the whole file.
import { z } from 'zod';

/** An array whose invalid items are dropped; anything that is not an array becomes []. */
export function looseArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap((i): z.output<T>[] => {
      const parsed = item.safeParse(i);
      return parsed.success ? [parsed.data] : [];
    }));
}

/** A table whose invalid values are dropped; anything that is not a table becomes {}. */
export function looseRecord<T extends z.ZodType>(value: T) {
  return z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((record) => {
      const out: Record<string, z.output<T>> = {};
      for (const [key, v] of Object.entries(record)) {
        const parsed = value.safeParse(v);
        if (parsed.success) out[key] = parsed.data;
      }
      return out;
    });
}
