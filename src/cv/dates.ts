// Dates as CVs print them, in English, German, French, Spanish, Italian and
// Dutch: "Jan 2019", "März 2020", "févr. 2021", "03/2020", "2020/03", "2018",
// "Jan '19", "Present" / "heute" / "Actuellement" / "Actualidad", and the
// ranges between two of them ("Jan 2019 – Present", "de 2019 à 2021").
import { foldText } from './clean.js';

/** Month words (folded: lower case, no accents) → month number. */
const MONTH_WORDS: Record<string, number> = {};
const MONTH_SPELLINGS: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janner', 'jaenner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari']],
  [2, ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'febr', 'februari']],
  [3, ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'mrz']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug']],
  [8, ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre']],
  [3, ['spring']],
  [6, ['summer']],
  [9, ['fall', 'autumn']],
  [12, ['winter']],
];
for (const [month, words] of MONTH_SPELLINGS) for (const w of words) MONTH_WORDS[w] ??= month;

/** Accented spellings the folded list stands for. */
const ACCENTED = ['märz', 'février', 'févr', 'fév', 'août', 'décembre', 'déc', 'jänner'];

const monthAlternatives = [...Object.keys(MONTH_WORDS), ...ACCENTED].sort((a, b) => b.length - a.length).join('|');
export const MONTH = `(?:${monthAlternatives})\\.?`;
export const DATE = `(?:${MONTH}\\s*,?\\s*(?:19|20)\\d{2}|${MONTH}\\s*['’]\\d{2}(?!\\d)|(?:0?[1-9]|1[0-2])\\s?[/.]\\s?(?:19|20)\\d{2}|(?:19|20)\\d{2}[/.](?:0?[1-9]|1[0-2])(?!\\d)|(?:19|20)\\d{2})`;
export const NOW =
  "(?:present|current(?:ly)?|now|today|ongoing|to date|date|heute|aktuell|jetzt|laufend|actuellement|actuel|aujourd['’]hui|en cours|présent|actualidad|actualmente|presente|hoy|la fecha|attuale|oggi|in corso|heden)";
const TO = '(?:-|–|—|to|until|till|through|bis|à|au|a|al|hasta|fino a|tot)';
const RANGE_SOURCE = `(?<![\\p{L}\\d/.])(${DATE})\\s*${TO}\\s*(${DATE}|${NOW})(?![\\p{L}\\d/])`;
export const RANGE = new RegExp(RANGE_SOURCE, 'giu');
export const HAS_RANGE = new RegExp(RANGE_SOURCE, 'iu');
/** A range whose end is on the next line: "Jan 2019 –" then "Present". */
export const DANGLING = new RegExp(`(?<![\\p{L}\\d/.])(${DATE})\\s*(?:-|–|—)\\s*$|(?<![\\p{L}\\d/.])(${DATE})\\s*(?:-|–|—)\\s+(?=\\p{L})`, 'iu');
export const STARTS_WITH_END = new RegExp(`^\\s*(${DATE}|${NOW})(?![\\p{L}\\d/])`, 'iu');
/** A range broken inside its end date: "September 2013 – January" then "2016" on the next line (Europass). */
export const BROKEN_END = new RegExp(`(?<![\\p{L}\\d/.])(${DATE})\\s*(?:-|–|—)\\s*(${MONTH})(?![\\p{L}\\d]|\\s*,?\\s*['’]?\\d)`, 'iu');
export const STARTS_WITH_YEAR = /^\s*((?:19|20)\d{2})(?!\d)/;
const SINCE_WORD = '(?:since|seit|depuis|desde|dal|sinds)';
/** "Since 2021", "seit März 2020", "depuis 2019", "desde 2018": a role still held. */
export const SINCE = new RegExp(`(?<![\\p{L}])${SINCE_WORD}\\s+(${DATE})(?![\\p{L}\\d/])`, 'iu');
/**
 * "Since Apr" then "2021" on the next line, or "Since" then "Apr 2021": a
 * date column too narrow for the whole date, at the start of a line or a
 * column. Group 1 is the month, if any.
 */
export const SINCE_BROKEN = new RegExp(`(?:^|(?<=\\t))\\s*${SINCE_WORD}(?:\\s+(${MONTH})(?![\\p{L}\\d]|\\s*,?\\s*['’]?\\d)|\\s*(?=$|\\t))`, 'iu');
export const STARTS_WITH_DATE = new RegExp(`^\\s*(${DATE})(?![\\p{L}\\d/])`, 'iu');
/** "Apr 2021 –" closing a line or a column: a range left open, a role still held. */
export const OPEN_END = new RegExp(`(?<![\\p{L}\\d/.])(${DATE})\\s*(?:-|–|—)\\s*(?:$|\\t)`, 'iu');
const ANY_DATE = new RegExp(`(?<![\\p{L}\\d/.])${DATE}(?![\\p{L}\\d/])`, 'giu');
const IS_NOW = new RegExp(`^${NOW}$`, 'iu');

/** `YYYY-MM` of a date token (January when only a year is given); `present` stays. */
export function toMonth(token: string): string {
  const t = foldText(token).replace(/\s+/g, ' ');
  if (IS_NOW.test(token.trim()) || IS_NOW.test(t)) return 'present';
  const short = /['’](\d{2})$/.exec(t)?.[1];
  // "Jan '19": a two-digit year is this century unless that would be in the future.
  const year = short ? String(Number(short) > (new Date().getFullYear() % 100) + 1 ? 1900 + Number(short) : 2000 + Number(short)) : (/(19|20)\d{2}/.exec(t)?.[0] ?? '1970');
  const word = /^[a-z]+/.exec(t)?.[0];
  const named = word ? MONTH_WORDS[word] : undefined;
  const numeric = /^(\d{1,2})\s?[/.]/.exec(t)?.[1] ?? /^(?:19|20)\d{2}[/.](\d{1,2})/.exec(t)?.[1];
  const month = named ?? (numeric ? Number(numeric) : 1);
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthIndex(ym: string, now: Date): number {
  if (ym === 'present') return now.getFullYear() * 12 + now.getMonth();
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

/** The latest month any date in the text names (`YYYY-MM`), to check a file's own date against. */
export function latestMonth(lines: { text: string }[]): string | undefined {
  let latest: string | undefined;
  for (const line of lines) {
    for (const [m] of line.text.matchAll(ANY_DATE)) {
      const month = toMonth(m);
      if (!latest || month > latest) latest = month;
    }
  }
  return latest;
}
