// Lines that only carry on the line above: the wrapped rest of a bullet
// ("… APIs: Paypal, Google" + "Wallet, Facebook.") or of a "Technologies: …"
// line. They describe the entry above and never name an entry's employer or title.
import { HAS_RANGE } from './dates.js';
import { BULLET, isGenericPart, isTechLine, namesEntry, readLabelled } from './role-lines.js';
import type { CvLine, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/**
 * The wrapped rest of a detail line: the line above is "Technologies: …" (or
 * its own wrapped rest, or a list of technologies) and this line goes on
 * with the list (the line above ends in a comma, this one starts in lower
 * case, lists three or more items, or is a technology list itself).
 */
export function isDetailContinuation(lines: CvLine[], where: Where[], k: number, depth = 0): boolean {
  const above = lines[k - 1];
  if (!above || where[k - 1] !== where[k] || depth > 3) return false;
  const text = lines[k].text.trim();
  if (readLabelled(text) !== null || HAS_RANGE.test(text) || BULLET.test(text)) return false;
  const detailAbove = readLabelled(above.text) === 'detail' || isTechLine(above.text) || isDetailContinuation(lines, where, k - 1, depth + 1);
  if (!detailAbove) return false;
  return /,\s*$/.test(above.text) || /^\p{Ll}/u.test(text) || text.split(/\s*,\s*/).filter(Boolean).length >= 3 || isTechLine(text) || isGenericPart(text);
}

/** True when the line runs on into the next: it ends in a comma, a hyphen or a joining word. */
function runsOn(text: string): boolean {
  return /(?:[,(&/-]|\b(?:and|or|of|the|for|with|in|to|a|an|as|y|und|et|de)\b)\s*$/i.test(text.trim());
}

/**
 * The wrapped rest of a bullet: a line without a bullet of its own, in the
 * bullet's style, under a bullet (or under such a rest) that runs on into it
 * (it ends in a comma or a joining word, or this line starts in lower case),
 * or, when the layout gave the lines a style, that ends without a full stop
 * and nearly fills the width of the longest line in its style (a wrapped
 * line) while this line is not shaped like an entry header ("Acme, Engineer").
 */
export function isBulletContinuation(lines: CvLine[], where: Where[], k: number): boolean {
  const line = lines[k];
  if (!line) return false;
  const text = line.text.trim();
  if (BULLET.test(text) || HAS_RANGE.test(text)) return false;
  let j = k - 1;
  const same = (m: number) => lines[m] !== undefined && where[m] === where[k] && lines[m].style === line.style;
  while (j >= k - 4 && same(j) && !BULLET.test(lines[j].text)) j--;
  if (!same(j) || !BULLET.test(lines[j].text)) return false;
  const above = lines[k - 1].segments[0]?.trim() ?? '';
  if (/^\p{Ll}/u.test(text) || runsOn(above)) return true;
  if (line.style === undefined || /[.!?;:]$/.test(above) || namesEntry(line.segments[0] ?? '')) return false;
  let widest = 0;
  for (let m = 0; m < lines.length; m++) if (where[m] === where[k] && lines[m].style === line.style) widest = Math.max(widest, lines[m].segments[0]?.trim().length ?? 0);
  return above.length >= 40 && above.length >= 0.8 * widest;
}
