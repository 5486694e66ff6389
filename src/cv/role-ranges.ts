// The date ranges printed on a line of an experience section: whole ranges
// ("Jan 2019 – Present"), ranges broken over two lines of a narrow date
// column ("Nov 2018 -" + "Mar 2021", "September 2013 – January" + "2016",
// "Since Apr" + "2021"), ranges still open ("since 2021", "Apr 2021 –").
import { BROKEN_END, DANGLING, OPEN_END, RANGE, SINCE, SINCE_BROKEN, STARTS_WITH_DATE, STARTS_WITH_END, STARTS_WITH_YEAR } from './dates.js';
import type { CvLine } from './types.js';

export interface Range {
  start: string;
  end: string;
  /** The text of the range on its own line (removed from it to read the rest). */
  text: string;
  /** "since 2021", "Apr 2021 –": a start only. */
  since?: boolean;
  /** Part of the range is printed on the next line. */
  usesNext?: boolean;
}

/** Ranges on line i that need nothing from an open end: whole, broken over two lines, or "since <date>". */
function closedOrSince(lines: CvLine[], i: number): Range[] {
  const text = lines[i].text;
  const next = lines[i + 1]?.text ?? '';
  const ranges: Range[] = [...text.matchAll(RANGE)].map((m) => ({ start: m[1], end: m[2], text: m[0] }));
  if (ranges.length > 0) return ranges;
  const broken = BROKEN_END.exec(text);
  const year = STARTS_WITH_YEAR.exec(next);
  if (broken && year) return [{ start: broken[1], end: `${broken[2]} ${year[1]}`, text: broken[0], usesNext: true }];
  const dangling = DANGLING.exec(text);
  const end = STARTS_WITH_END.exec(next);
  if (dangling && end) return [{ start: dangling[1] ?? dangling[2], end: end[1], text: dangling[0], usesNext: true }];
  const since = SINCE.exec(text);
  if (since) return [{ start: since[1], end: 'present', text: since[0], since: true }];
  // "Since Apr" over "2021", "Since" over "Apr 2021": the date column wrapped.
  const sinceBroken = SINCE_BROKEN.exec(text);
  const date = sinceBroken?.[1] ? year : STARTS_WITH_DATE.exec(next);
  if (sinceBroken && date) {
    const start = sinceBroken[1] ? `${sinceBroken[1]} ${date[1]}` : date[1];
    return [{ start, end: 'present', text: sinceBroken[0].trim(), since: true, usesNext: true }];
  }
  return [];
}

/**
 * The date ranges on line i. "Apr 2021 –" ending a line or a column, with no
 * end date on the next line, is a role still held; the line that finishes a
 * range begun on the line above starts none of its own.
 */
export function rangesAt(lines: CvLine[], i: number): Range[] {
  const ranges = closedOrSince(lines, i);
  if (ranges.length > 0) return ranges;
  const open = OPEN_END.exec(lines[i].text);
  if (!open || STARTS_WITH_END.test(lines[i + 1]?.text ?? '')) return [];
  if (i > 0 && closedOrSince(lines, i - 1).some((r) => r.usesNext)) return [];
  return [{ start: open[1], end: 'present', text: open[0].trim(), since: true }];
}
