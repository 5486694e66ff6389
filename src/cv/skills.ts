// Skills and tools a CV claims: lexicon spellings found in the skills section
// and in experience, project and summary text. Names that are ordinary words
// too ("Go", "R", "Spark", "Excel") count only in a skills section or as an
// item of a list beside other skills ("Python, R and SQL", "using Kafka and Go").
import { inComparison } from './comparative.js';
import { caseFits } from './skill-case.js';
import { hfTransformersHits } from './hf-context.js';
import { getLexicon, skillKey, type Lexicon, type SkillEntry, type SkillForm } from './lexicon.js';
import { cvWords, positionClaims, rankProminence, wordsDiffer } from './prominence.js';
import { CLAIM_CONTEXTS, type ClaimContext, type CvLine, type CvRole, type SectionKind, type SkillClaim } from './types.js';

type Where = SectionKind | 'header';

/** Sections whose tools are claims; education, awards, publications, references ... are not. A "Languages" section often lists programming languages. */
const CLAIM_SECTIONS = new Set<Where>(['header', 'summary', 'experience', 'skills', 'projects', 'research', 'activities', 'volunteer', 'other', 'certifications', 'languages']);
/** A line that labels a list of tools ("Tech stack:", "Programmiersprachen:", "Herramientas:"). */
const SKILL_LABEL =
  /^\s*[•\-*]?\s*(tech(nologies|nical skills)?|tech stack|stack|tools?( used)?|skills|environment|(programming )?languages|frameworks|libraries|platforms|databases|technologies used|programmiersprachen|sprachen|werkzeuge|technologien|kenntnisse|frameworks? und tools|outils|langages|technologies|logiciels|lenguajes|herramientas|tecnolog[ií]as|linguaggi|strumenti)\s*:/i;
const CONNECTORS = /^(?:.*\b(?:using|with|in|including|includes|include|like|via|through|such as|e\.g\.|especially|mainly|primarily|notably|on|of|plus|from|into|incl\.))\s+/i;

interface Matcher {
  regex: RegExp;
  ignore: RegExp | undefined;
  forms: Map<string, { entry: SkillEntry; form: SkillForm }>;
}

let matcher: Matcher | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function spelling(key: string): string {
  return key.split(' ').map(escape).join('[\\s\\-_]*');
}

/** Singulars that are ordinary words, not the tool ("polar" for Polars). */
const NOT_SINGULAR = new Set(['polar']);

/**
 * The other number of a catalogue tool's name, so a CV's "statsmodel" finds
 * statsmodels and "pgvectors" pgvector: one word of five letters or more,
 * not a list-only spelling; "-us", "-is" and "-ss" endings are not plurals.
 */
function otherNumber(entry: SkillEntry, form: SkillForm): string | undefined {
  if (!entry.tool || form.weak || form.cased || !/^[a-z][a-z0-9.]{4,}$/.test(form.key)) return undefined;
  if (/[^su]s$/.test(form.key) && !/(is|ss)$/.test(form.key)) {
    const singular = form.key.slice(0, -1);
    return NOT_SINGULAR.has(singular) ? undefined : singular;
  }
  return /[a-rt-z]$/.test(form.key) ? `${form.key}s` : undefined;
}

function buildMatcher(lexicon: Lexicon): Matcher {
  const forms = new Map<string, { entry: SkillEntry; form: SkillForm }>();
  for (const entry of lexicon.entries) for (const form of entry.forms) if (!forms.has(form.key)) forms.set(form.key, { entry, form });
  // Spellings as written win over another name's singular or plural.
  for (const entry of lexicon.entries) {
    for (const form of entry.forms) {
      const key = otherNumber(entry, form);
      if (key && !forms.has(key)) forms.set(key, { entry, form: { ...form, text: key, key } });
    }
  }
  const patterns = [...forms.values()]
    .map(({ form }) => spelling(form.key))
    .sort((a, b) => b.length - a.length);
  const ignore = lexicon.ignore.length > 0 ? new RegExp(lexicon.ignore.map((p) => spelling(skillKey(p))).join('|'), 'giu') : undefined;
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_.#+])(?:${patterns.join('|')})(?![\\p{L}\\p{N}_+#]|\\.[\\p{L}\\p{N}])`, 'giu');
  return { regex, ignore, forms };
}

function getMatcher(): Matcher {
  matcher ??= buildMatcher(getLexicon());
  return matcher;
}

interface Hit {
  entry: SkillEntry;
  form: SkillForm;
  start: number;
  end: number;
  text: string;
}

/** Where the clause around a match starts and ends (sentences, tabs, parentheses, colons). */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[\t():[\];!?\n]/.test(text[from - 1]) && !(text[from - 1] === ' ' && text[from - 2] === '.')) from--;
  let to = end;
  while (to < text.length && !/[\t():[\];!?\n]/.test(text[to]) && !(text[to] === '.' && /\s|$/.test(text[to + 1] ?? ''))) to++;
  return [from, to];
}

const ITEM_SPLIT = /\s*(?:,|\/|•|·|\||\s&\s|\s\+\s|\band\b|\bor\b|\bas well as\b)\s*/gi;

/** The list items of the clause, as [start, end] offsets into `text`. */
function items(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let last = from;
  const clause = text.slice(from, to);
  for (const m of clause.matchAll(ITEM_SPLIT)) {
    out.push([last, from + m.index!]);
    last = from + m.index! + m[0].length;
  }
  out.push([last, to]);
  return out.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** Words after which an item goes on as a phrase of its own ("Atlantis to collaborate", "Go in production"). */
const ITEM_END = /\s(?:to|for|which|that|so|where|while|across|at|on|in|into|within|throughout)\s.*$/i;

/**
 * An item that is just skills ("Go", "Proficient in Go", "Go 1.21", "Scala
 * using Play", "Node.js Koa"), perhaps followed by a phrase of its own.
 */
function itemIsSkill(text: string, item: [number, number], hit: Hit, hits: Hit[]): boolean {
  let itemText = text.slice(item[0], item[1]);
  for (const other of hits) {
    if (other.start >= item[0] && other.end <= item[1] && other !== hit) {
      itemText = itemText.slice(0, other.start - item[0]) + ' '.repeat(other.end - other.start) + itemText.slice(other.end - item[0]);
    }
  }
  const tail = itemText.trim().replace(CONNECTORS, '');
  if (!tail.startsWith(hit.text)) return false;
  const rest = tail
    .slice(hit.text.length)
    .replace(ITEM_END, '')
    .replace(/\(.*?\)|\bv?\d[\d.x]*\b|\b(programming|language|scripting|scripts?|development|framework|library|libraries|packages?|dependencies|ecosystem|code|stack|basics?)\b/gi, '')
    .trim();
  return rest === '';
}

/** Keeps the weak matches of one text that sit in a list beside other skills. */
function acceptWeak(text: string, hits: Hit[]): Hit[] {
  const accepted = new Set(hits.filter((h) => !h.form.weak));
  const candidates = hits.filter((h) => h.form.weak);
  const listed = candidates.filter((h) => {
    const [from, to] = clauseBounds(text, h.start, h.end);
    const item = items(text, from, to).find(([a, b]) => h.start >= a && h.end <= b);
    return item !== undefined && itemIsSkill(text, item, h, hits);
  });
  for (const h of listed) {
    const [from, to] = clauseBounds(text, h.start, h.end);
    const others = [...accepted, ...listed].filter((o) => o !== h && o.start >= from && o.end <= to && o.entry.id !== h.entry.id);
    if (others.length > 0) accepted.add(h);
  }
  return hits.filter((h) => accepted.has(h));
}

/** All lexicon matches in a text, case rules applied. */
export function matchSkills(text: string): Hit[] {
  const { regex, ignore, forms } = getMatcher();
  const hits: Hit[] = [];
  const masked = ignore ? text.replace(ignore, (m) => ' '.repeat(m.length)) : text;
  for (const m of masked.matchAll(regex)) {
    const found = forms.get(skillKey(m[0]));
    if (!found || !caseFits(found.form, m[0])) continue;
    hits.push({ ...found, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  // A bare "Transformers" is the Hugging Face library beside its other tools, or called a library (hf-context.ts).
  return [...hits, ...hfTransformersHits(masked, hits)].sort((a, b) => a.start - b.start);
}

/** True when a line names a programming language outright ("C Programming, Python" under "Languages"). */
function namesLanguage(text: string): boolean {
  return matchSkills(text).some((h) => !h.form.weak && h.entry.category === 'language');
}

/** Authors' initials ("Schepers, C.", "Rausch,A.") */
const AUTHOR = /\p{Lu}[\p{Ll}'’-]+,\s?(?:\p{Lu}\.\s?-?){1,3}(?=[\s,;&(]|$)/gu;

/** A line of a reference list (two authors' initials, or "et al." and a year) names authors, not skills. */
function isCitation(text: string): boolean {
  return (text.match(AUTHOR)?.length ?? 0) >= 2 || /\bet al\.?.*\b(19|20)\d{2}\b/.test(text);
}

/** A "Label:" at the start of a line ("Cloud:", "Frameworks:"), or a bullet. */
const LINE_LABEL = /^\s*[\p{L}][\p{L}\p{N} /&+.-]{0,30}:\s/u;

/**
 * A line that carries on the comma-separated list of the line above
 * ("Frameworks: PyTorch, Hugging Face" then "Transformers, LangChain"): no
 * bullet or label of its own, no sentence, short items, and either the line
 * above ends in a comma or most of its own items are skill names.
 */
function continuesList(text: string, above: string): boolean {
  const list = above.replace(LINE_LABEL, '');
  if (!list.includes(',') || /^\s*[•\-*·▪►]/.test(text) || LINE_LABEL.test(text)) return false;
  const parts = listParts(text);
  return parts !== undefined && (/,\s*$/.test(above) || mostlySkills(parts));
}

/** The items of a short comma-separated list ("Transformers, LangChain"), or undefined for a sentence. */
function listParts(text: string): string[] | undefined {
  if (/[.!?;]\s+\p{Lu}|[;:]/u.test(text.trim().replace(/\.$/, ''))) return undefined;
  const parts = text.split(/\s*(?:,|\||•|·)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length === 0 || parts.some((p) => p.split(/\s+/).length > 4) ? undefined : parts;
}

function mostlySkills(parts: string[]): boolean {
  return parts.filter((p) => matchSkills(p).length > 0).length >= Math.ceil(parts.length * 0.6);
}

/** A labelled line listing skills under a label of its own ("Cloud: AWS, GCP", "MLOps: Docker, MLflow"). */
function labelledList(text: string): boolean {
  const label = LINE_LABEL.exec(text.replace(/^\s*[•\-*·▪►]\s*/, ''));
  if (!label || label[0].trim().split(/\s+/).length > 3) return false;
  const parts = listParts(text.replace(/^\s*[•\-*·▪►]\s*/, '').slice(label[0].length));
  return parts !== undefined && parts.length >= 2 && mostlySkills(parts);
}

/**
 * Text blocks to match in: the wrapped lines of a paragraph joined, so that a
 * name broken across lines still matches; in a skills section each line is
 * its own clause. A line that carries on a list of skills is part of the list.
 */
function blocks(lines: CvLine[], where: Where[]): { text: string; lineAt: number[]; skills: boolean }[] {
  const out: { text: string; lineAt: number[]; skills: boolean }[] = [];
  let current: { text: string; lineAt: number[]; skills: boolean } | undefined;
  lines.forEach((line, i) => {
    if (!CLAIM_SECTIONS.has(where[i]) || isCitation(line.text)) return void (current = undefined);
    const continued = current?.skills === true && where[i] === where[i - 1] && continuesList(line.text, lines[i - 1].text);
    const skills = continued || where[i] === 'skills' || SKILL_LABEL.test(line.text) || labelledList(line.text) || (where[i] === 'languages' && namesLanguage(line.text));
    // Wrapped lines of one paragraph share a PDF style; a new style, a bullet or an unstyled line starts afresh.
    const wrapped = line.style !== undefined && line.style === lines[i - 1]?.style && !/^\s*[•\-*·▪►]/.test(line.text);
    const fresh = !current || current.skills !== skills || where[i] !== where[i - 1] || !(wrapped || continued);
    if (fresh) {
      current = { text: '', lineAt: [], skills };
      out.push(current);
    }
    const joiner = current!.text === '' ? '' : skills ? '\n' : ' ';
    for (let k = 0; k < joiner.length + line.text.length; k++) current!.lineAt.push(i);
    current!.text += joiner + line.text;
  });
  return out;
}

const ROLE_SECTIONS = new Set<Where>(['experience', 'research']);
const PROJECT_SECTIONS = new Set<Where>(['projects', 'activities', 'volunteer']);

/** The context of one mention: its section, and whether it sits in a bare list of tools. */
export function mentionContext(section: Where, inList: boolean): ClaimContext {
  if (ROLE_SECTIONS.has(section)) return 'role';
  if (PROJECT_SECTIONS.has(section)) return 'project';
  return inList || section === 'skills' || section === 'languages' || section === 'header' ? 'list' : 'prose';
}

/** The stronger of two contexts (role > project > prose > list). */
export function strongerContext(a: ClaimContext | undefined, b: ClaimContext): ClaimContext {
  return a !== undefined && CLAIM_CONTEXTS.indexOf(a) <= CLAIM_CONTEXTS.indexOf(b) ? a : b;
}

/**
 * The skills the CV claims, each with the sections naming it, its first line, its strongest context and the CV's
 * words for it; given the dated roles, also where it sits on the CV and how much the CV leans on it (prominence.ts).
 */
export function findSkills(lines: CvLine[], where: Where[], roles?: readonly CvRole[]): SkillClaim[] {
  const claims = new Map<string, SkillClaim>();
  const mentions = new Map<string, number[]>();
  for (const block of blocks(lines, where)) {
    const hits = matchSkills(block.text).filter((h) => !h.form.skillsOnly || block.skills);
    const kept = block.skills ? hits : acceptWeak(block.text, hits);
    // A certification in a tool claims the tool ("HashiCorp Certified: Vault Associate").
    kept.push(...hits.filter((h) => h.form.weak && !kept.includes(h) && /certifi\w*\s*:?\s+(in\s+)?$/i.test(block.text.slice(0, h.start))));
    for (const h of kept) {
      const line = block.lineAt[h.start] ?? block.lineAt[block.lineAt.length - 1];
      const claim = claims.get(h.entry.id);
      const section = where[line];
      // A tool only compared with, or named in work a skill was carried over to, is no claim of use where it is written.
      const aside = !block.skills && inComparison(block.text, h.start);
      const context = aside ? 'prose' : mentionContext(section, block.skills);
      const next = Math.min(block.text.length, ...hits.filter((o) => o.start >= h.end).map((o) => o.start));
      const words = cvWords(block.text, h.start, h.end, next);
      const cvText = wordsDiffer(words, h.entry.name) ? { cvText: words } : {};
      mentions.set(h.entry.id, [...(mentions.get(h.entry.id) ?? []), ...(aside ? [] : [line])]);
      if (claim) {
        claim.mentions += 1;
        claim.context = strongerContext(claim.context, context);
        if (!claim.where.includes(section)) claim.where.push(section);
        claim.cvText ??= cvText.cvText;
        if (claim.cvText === undefined) delete claim.cvText;
        continue;
      }
      const { id, name, category, tool } = h.entry;
      claims.set(id, { id, name, category, tool, where: [section], mentions: 1, line, context, ...cvText });
    }
  }
  const found = [...claims.values()].sort((a, b) => a.line - b.line);
  if (roles) {
    positionClaims(found, mentions, where, roles);
    rankProminence(found);
  }
  return found;
}
