// Whether a CV's spelling fits a case-sensitive skill name: names that are
// also ordinary words ("Helm", "Express", "React") count only when written
// as names. Split from skills.ts.
import type { SkillForm } from './lexicon.js';

const flat = (s: string) => s.replace(/[\s\-_]+/g, ' ');

export function caseFits(form: Pick<SkillForm, 'cased' | 'text'>, text: string): boolean {
  if (!form.cased) return true;
  const seen = flat(text);
  const name = flat(form.text);
  if (seen === name || seen === name.toUpperCase()) return true;
  // An alias written in lower case (`helm charts`, `microsoft azure`) stands for its capitalised spelling: the
  // first letter is the name's ("Helm charts", "Microsoft Azure"); in lower case it is the ordinary word.
  if (name === name.toLowerCase()) return /^\p{Lu}/u.test(seen) && seen.toLowerCase() === name;
  // A name cased for its first word ("Helm charts"): the words after it are ordinary ("Helm Charts").
  const [head, ...rest] = seen.split(' ');
  const [nameHead, ...nameRest] = name.split(' ');
  return rest.length > 0 && (head === nameHead || head === nameHead.toUpperCase()) && rest.join(' ').toLowerCase() === nameRest.join(' ').toLowerCase();
}
