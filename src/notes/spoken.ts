// Spoken sentences in a stretch written without punctuation (an automatic
// caption, a transcript typed as heard). A listener hears a new sentence
// where a new clause starts with nothing linking it to the one before:
// "... for each field every evening it tells the farmer ..." is two
// sentences, while "... and then it gives her a number and if it's too low
// someone rings up ..." is one run-on, chained by its links. Used to judge
// sentence length where the writer left the sentences unmarked.

/** Words before which a clause is linked to the one before, or is its object: no break. */
const LINKS = new Set(
  (
    'and or but so because cause cos then that which who whom whose when where while if as since until unless though although ' +
    'whether what how why than like say says said think thinks thought know knows knew mean means guess hope feel felt ' +
    'realised realized noticed sure is was are were be been do does did once before after whenever wherever also even only just ' +
    'to of in on at for with from by about into onto over under through see sees saw tell tells told find finds found all both ' +
    'not never the a an this these those my our their your his her its every each some any no'
  ).split(' '),
);

/** Words that open a clause the next one completes. */
const CONDITIONS = new Set('if when whenever once unless because cause cos'.split(' '));

/** Pronouns that can only be a clause's subject, and their contractions. */
const SUBJECTS = new Set(
  "i we they she he there's theres that's thats i'm im we're they're theyre we've i've ive nobody everyone everybody".split(' '),
);

/** After these, "it" is an object ("put it on", "use it every day", "fed it the sizes"), not a subject. */
const AFTER_OBJECT_IT = new Set(
  (
    'a an the this that these those my our their your his her its every each some any no all both to for on in at of with from ' +
    'into onto by about over under through and or but so as than out up down off back again away myself ourselves yourself ' +
    'themselves himself herself now then later first too once twice here there right well more less much'
  ).split(' '),
);

/** "It's" before these is "it is" ("it's only guessing"), not the possessive "its age". */
const AFTER_ITS_VERB = /^(?:a|an|the|not|only|just|really|pretty|quite|very|too|been|going|got|more|less|always|never|still|all|basically|for|way|\w+ing|\w+ed|\w+est)$/;

/** Does a new clause start at word `i`? */
function startsClause(w: readonly string[], i: number): boolean {
  const word = w[i];
  const next = w[i + 1] ?? '';
  if (SUBJECTS.has(word)) return true;
  if ((word === "it's" || word === 'its') && AFTER_ITS_VERB.test(next)) return true;
  if (word === 'it' && next !== '' && !AFTER_OBJECT_IT.has(next)) return true;
  if (word === 'there' && /^(?:is|are|was|were)$/.test(next)) return true;
  // A cleft or a named thing opening a clause: "where it goes wrong is ...", "the catch is ...", "the model looks ...".
  if (/^(?:what|where|how|why)$/.test(word) && w.slice(i + 2, i + 6).some((x) => x === 'is' || x === 'was')) return true;
  return (word === 'the' || word === 'our') && /^(?:model|system|tool|app|thing|algorithm|problem|catch|downside|idea|trick)$/.test(next);
}

/** Word counts of the spoken sentences of an unpunctuated stretch (lower-cased, fillers already out). */
export function spokenLengths(text: string): number[] {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const lengths: number[] = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    if (!startsClause(words, i) || LINKS.has(words[i - 1])) continue;
    // The main clause after a short if- or when-clause follows on ("and if it's too high she sends some back"); the
    // sentence breaks before that clause instead, unless something links it ("... and complain | when it's too high we pay").
    let at = i;
    for (let c = i - 1; c >= Math.max(start, i - 6); c--) {
      if (CONDITIONS.has(words[c])) {
        at = c > start && !LINKS.has(words[c - 1]) ? c : -1;
        break;
      }
    }
    if (at <= start) continue;
    lengths.push(at - start);
    start = at;
  }
  if (words.length > start) lengths.push(words.length - start);
  return lengths;
}
