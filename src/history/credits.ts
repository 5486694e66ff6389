// A README (or NOTICE, CREDITS) that credits another source for the code:
// "based on the tutorial by …", "forked from …", "adapted from <repo>",
// "credits to …", "original author", "following the … course". The history
// then cannot tell how much of the code the candidate wrote: authorship is
// partial, said neutrally, never a red flag and never a lower score. Citing
// a paper, a model, a dataset or a library ("based on the Transformer
// architecture", "built with FastAPI") is not a credit for the code, and
// instructions ("create a key by following the tutorial") are not either.
import { join } from 'node:path';
import { readRegularText } from './shares.js';

export interface Credit {
  /** Repository-relative path of the file. */
  path: string;
  /** 1-based line number. */
  line: number;
  /** The line, trimmed of Markdown markers and clipped. */
  text: string;
}

/** Files read at the repository's root (case-insensitive), and how much of each. */
const CREDIT_FILES = /^(?:readme|notice|credits|acknowledge?ments)(?:\.(?:md|markdown|rst|txt|adoc))?$/i;
export const MAX_CREDIT_FILE_BYTES = 256 * 1024;
/** Credits kept per repository (the first ones). */
export const MAX_CREDITS = 3;
const MAX_QUOTE = 160;

const PROVIDER = String.raw`(?:udemy|coursera|datacamp|udacity|freecodecamp(?:\.org)?|codecademy|edx|pluralsight|linkedin learning|zero to mastery|deeplearning\.ai|fast\.ai|kaggle learn|datatalks\.?club|zoomcamp|scrimba|frontend masters|egghead|microsoft learn|youtube)`;
const COURSE = String.raw`(?:tutorials?|courses?|crash course|bootcamp|nanodegree|specialization|workshop|codelab|lessons?|lectures?|${PROVIDER})`;
const COURSE_WORD = new RegExp(String.raw`\b${COURSE}\b`, 'i');
/** Words that make "based on …" a credit for code. */
const CODE_SOURCE = /\b(?:repo(?:sitory)?|project|code|source|implementation|work (?:of|by)|example|template|starter|boilerplate|notebook|article|blog|guide|walkthrough|video|book)\b|(?:github|gitlab|bitbucket)\.(?:com|org|io)\/|\bby @[\w-]+/i;
/** A person credited by name: "by Jason Brownlee" (case matters: "by the files" is no one). */
const BY_PERSON = /\bby \p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+/u;
/** Words that make "based on …" a citation of an idea, data or a tool, not of code. */
const NOT_CODE = /\b(?:paper|arxiv|doi|publication|thesis|study|research|architecture|model|dataset|data|context|approach|algorithm|method|idea|concept|theory|technique|specification|standard|framework|library|package|api)\b/i;
const DATA_OR_MEDIA = /\b(?:dataset|data|icons?|images?|photos?|pictures?|logos?|fonts?|artwork|sounds?|music|illustrations?)\b/i;

/** A link or a repository's address: an outside source named. */
const LINK = /\bhttps?:\/\/|\bwww\.|(?:github|gitlab|bitbucket)\.(?:com|org|io)\/|\bby @[\w-]+|@[\w-]+\/[\w.-]+/i;
/** The project itself, not another source: "the project's adopter cadence", "this repository", "our code". */
const OWN_WORK = /^\s*(?:the (?:project|repo(?:sitory)?|code(?:base)?|app(?:lication)?|template)(?:'s|’s)|this (?:project|repo(?:sitory)?|code(?:base)?|app(?:lication)?|template)\b|(?:our|my|its) )/i;

/**
 * Whether the object of "based on …" names a source outside the project: a
 * link or a repository, a person ("by Jane Doe", "A. Kirsch"), a quoted title
 * or a proper noun ("the Keras example"). "Based on the project's adopter
 * cadence" names nothing: the bare words are no credit.
 */
function namesOutsideSource(object: string): boolean {
  if (LINK.test(object) || BY_PERSON.test(object)) return true;
  if (OWN_WORK.test(object)) return false;
  return /["“'][^"”']{2,}["”']/.test(object) || /(?:^|\s)(?!I\b)\p{Lu}[\p{L}\d.-]*/u.test(object);
}

/** Phrases that credit another source on their own. */
const STRONG = [
  /\b(?:forked|cloned|copied) from\b/i,
  /\boriginally (?:written|created|developed|made|authored|built|published) by\b/i,
  /(?<!\b(?:our|my) )\boriginal (?:author|code|source code|repo(?:sitory)?|project|app|application)s?\b(?! or authors)/i,
  /\bincludes (?:software|code) (?:developed|written) by\b/i,
  /\bcode[- ]along\b/i,
  new RegExp(String.raw`\b${COURSE} by\b`, 'i'),
  new RegExp(String.raw`^${PROVIDER}(?: course)?\s*:`, 'i'),
  // Code from a course: "this code is part of the Multi-Agent Systems course".
  new RegExp(String.raw`\b(?:this|the) (?:code|notebooks?|app|application) (?:is|was|comes) (?:part of|from|taken from) (?:the|a|an)\b[^.;!?]{0,60}\b${COURSE}\b`, 'i'),
  // The tutorial's own README: "an example application featured in my Flask Mega-Tutorial".
  new RegExp(String.raw`\b(?:example|sample|demo|companion|accompanying)\b[^.;!?]{0,40}\b(?:featured in|for|from|of|accompanying|to accompany)\b[^.;!?]{0,40}\b${COURSE}\b`, 'i'),
];
/** "based on X": a credit when X is code (or a tutorial, course...), not when it is a paper, data or a library. */
const BASED_ON = /\b(?:based on|adapted from|derived from|ported from|modified from|taken from|a modified version of)\b/i;
const CREDIT_TO = /\b(?:credits? (?:goes |go )?to|all credits?\b|credit:)/i;
/** Following a tutorial or a course ("built following the … tutorial"), or code from one. */
const FOLLOWING = new RegExp(
  String.raw`\bfollow(?:s|ed|ing)?\b[^.;!?]{0,60}?\b${COURSE}\b|\b(?:code|app|application|project|notebooks?|solutions?|exercises?|materials?)\b[^.;!?]{0,30}\bfrom (?:the |a |an |this )?[^.;!?]{0,50}?\b${COURSE}\b`,
  'i',
);
/** Instructions, not a credit: addressed to the reader, "… by following the tutorial", "see the tutorial". */
const INSTRUCTION = new RegExp(String.raw`\byou(?:r)?\b|\bby following\b|\bfollow(?:ing)? (?:the|this|our) ${COURSE}\b[^.;!?]{0,40}\bto\b|\bsee (?:the|our) ${COURSE}\b`, 'i');
/** A "Credits" section: a line there naming a repository or an author credits them (unless for data or media). */
const CREDITS_SECTION = /^\W*(?:credits?|attributions?|original (?:work|source|project))\b/i;
const NAMES_SOURCE = /(?:github|gitlab|bitbucket)\.(?:com|org|io)\/|\bby\b/i;
/** Sections whose lines are instructions or legal text. */
const SKIPPED_SECTION = /install|set ?up|getting started|quick ?start|usage|configur|prerequisite|requirement|deploy|running|how to|contribut|licen[cs]e|citation|cite/i;

/** The rest of a sentence after `index` (to a full stop, at most 160 characters). */
function sentenceFrom(line: string, index: number): string {
  const rest = line.slice(index, index + 160);
  const end = rest.search(/[.;!?](?:\s|$)/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Whether one line of prose credits another source for the code (any of its sentences). */
export function creditsAnotherSource(line: string): boolean {
  const text = plain(line);
  if (text === '' || /the original author\(?s?\)? or authors/i.test(text)) return false;
  return text.split(/(?<=[.!?])\s+/).some(sentenceCredits);
}

function sentenceCredits(text: string): boolean {
  // An instruction to the reader credits no one, unless it says where the code was forked from.
  if (INSTRUCTION.test(text)) return STRONG[0].test(text);
  if (STRONG.some((re) => re.test(text))) return true;
  const credit = CREDIT_TO.exec(text);
  if (credit && !DATA_OR_MEDIA.test(sentenceFrom(text, credit.index))) return true;
  const based = BASED_ON.exec(text);
  if (based) {
    const object = sentenceFrom(text, based.index + based[0].length);
    if (COURSE_WORD.test(object)) return true;
    const code = CODE_SOURCE.exec(object) ?? BY_PERSON.exec(object);
    const notCode = NOT_CODE.exec(object);
    if (code && (!notCode || code.index < notCode.index) && namesOutsideSource(object)) return true;
  }
  return FOLLOWING.test(text);
}

/** A line of a Credits section naming a repository or an author, not for data or media. */
function namesSource(line: string): boolean {
  const text = plain(line);
  return NAMES_SOURCE.test(text) && !DATA_OR_MEDIA.test(text) && !INSTRUCTION.test(text);
}

/** A Markdown or reStructuredText line as prose: links as their text (and address), markers and emphasis removed. */
function plain(line: string, urls = true): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, urls ? '$1 ($2)' : '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*(?:#+|>+|[-*+]|\d+[.)])\s*/, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The credit lines of one file's text (fenced code and skipped sections left out). */
export function findCredits(path: string, text: string): Credit[] {
  const found: Credit[] = [];
  let fenced = false;
  let skipped = false;
  let inCredits = false;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(raw);
    if (heading) {
      skipped = SKIPPED_SECTION.test(heading[1]);
      inCredits = CREDITS_SECTION.test(plain(heading[1]));
    }
    if (skipped || !(creditsAnotherSource(raw) || (inCredits && !heading && namesSource(raw)))) continue;
    const quote = plain(raw.replace(/[\u0000-\u001f\u007f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' '), false);
    const course = COURSE_WORD.test(plain(raw)) ? { course: true as const } : {};
    found.push({ path, line: i + 1, text: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote, ...course });
    if (found.length >= MAX_CREDITS) break;
  }
  return found;
}

/** Credits in the README, NOTICE, CREDITS or ACKNOWLEDGEMENTS files at the root of `root` (regular files only). */
export async function readCredits(root: string, paths: readonly string[]): Promise<Credit[]> {
  const files = paths.filter((p) => !p.includes('/') && CREDIT_FILES.test(p)).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const found: Credit[] = [];
  for (const path of files) {
    const text = await readRegularText(join(root, path), MAX_CREDIT_FILE_BYTES);
    for (const credit of findCredits(path, text)) if (found.length < MAX_CREDITS) found.push(credit);
  }
  return found;
}

/** README first. */
const rank = (path: string) => (/^readme/i.test(path) ? 0 : 1);
