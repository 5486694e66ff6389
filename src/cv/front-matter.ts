// YAML front matter of a Markdown CV (a Jekyll or Hugo page: `---`, YAML,
// `---` at the very top, https://jekyllrb.com/docs/front-matter/). The site
// never shows it, so it is not CV text; it may state whose CV the page is
// (`author: Jane Doe`, `title: "CV of Jane Doe"`), which is kept as the
// name the file states. Parsed with the `yaml` library under the project's
// YAML limits; anything that is not a YAML mapping is left as text.
import { parseDocument } from 'yaml';
import { isNameShaped, isPlaceholderName } from './name.js';
import { readText } from './text.js';
import type { CvDocument } from './types.js';
import { emptyFlowEntries, MAX_YAML_ALIASES, MAX_YAML_DEPTH, MAX_YAML_EMPTY_FLOW_ENTRIES, yamlNestingDepth } from '../util/yaml-limits.js';

/** Largest front matter read, characters; real pages hold a few hundred. */
const MAX_FRONT_MATTER = 32_000;
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** The front matter block and the text after it, or undefined when the text does not start with a YAML mapping between `---` lines. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER + 8);
  const close = CLOSE.exec(rest);
  if (!close || close.index > MAX_FRONT_MATTER) return undefined;
  const yaml = rest.slice(0, close.index);
  if (yamlNestingDepth(yaml) > MAX_YAML_DEPTH || emptyFlowEntries(yaml) > MAX_YAML_EMPTY_FLOW_ENTRIES) return undefined;
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const end = open[0].length + close.index + close[0].length;
  return { data: data as Record<string, unknown>, body: text.slice(end).replace(/^\r?\n/, '') };
}

const DOCUMENT = String.raw`(?:cv|résumé|resume|curriculum\s+vitae|vita)`;
/** "CV of Jane Doe", "Resume of J. R. Doe, ML engineer": the name up to a comma, a full stop after a word, a bracket or a dash. */
const OF_NAME = new RegExp(String.raw`^(?:the\s+)?${DOCUMENT}\s+of\s+([^,;:()|–—]+?)\s*(?:$|[,;:(|–—]|(?<=\p{L}{2})\.|\s-\s)`, 'iu');
/** "Jane Doe's CV", "Jane Doe’s Résumé". */
const POSSESSIVE = new RegExp(String.raw`^([^,;:()|–—]+?)['’]s?\s+${DOCUMENT}\s*$`, 'iu');
/** "Jane Doe — CV", "Jane Doe | Curriculum Vitae", "Jane Doe - Resume". */
const DASHED = new RegExp(String.raw`^([^,;:()|–—]+?)\s+(?:[|–—]|-{1,2})\s+${DOCUMENT}\s*$`, 'iu');

function asName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  return text.length <= 80 && isNameShaped(text) && !isPlaceholderName(text) ? text : undefined;
}

function fromTitle(value: unknown, forms: RegExp[]): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  for (const form of forms) {
    const name = asName(form.exec(text)?.[1]);
    if (name) return name;
  }
  return undefined;
}

/**
 * The person's name the front matter states: `name`, `author` (text or
 * `{name: …}`), a `title` of the form "CV of X", "X's CV", "X — CV", or a
 * `description` opening "CV of X, …". A title that is only "CV", a site name
 * or a theme's author key (`jane_doe`) is no name: each must be name-shaped.
 */
export function frontMatterName(data: Record<string, unknown>): string | undefined {
  const author = data.author;
  const authorName = author && typeof author === 'object' && !Array.isArray(author) ? (author as Record<string, unknown>).name : author;
  return (
    asName(data.name) ??
    asName(authorName) ??
    fromTitle(data.title, [OF_NAME, POSSESSIVE, DASHED]) ??
    fromTitle(data.description, [OF_NAME, POSSESSIVE])
  );
}

/** Reads a Markdown CV: front matter is taken off the text, and the name it states kept as `statedName`. */
export function readMarkdown(data: Uint8Array): CvDocument {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  const front = splitFrontMatter(text);
  if (!front) return readText(data, 'markdown');
  const doc = readText(Buffer.from(front.body, 'utf-8'), 'markdown');
  const name = frontMatterName(front.data);
  return name ? { ...doc, statedName: name } : doc;
}
