// Section headings → canonical section types (../shared/cv-samples/README.md
// vocabulary). A heading is a short line that names a known section and is
// set apart (bold, larger, capitals, a Word/Markdown heading style, or the
// whole line is the name); lines styled exactly like the known headings are
// headings of unknown sections.
import { foldText } from './clean.js';
import type { CvLine, CvSection, SectionKind } from './types.js';

/** Heading words and phrases (folded), several languages. A trailing plural "s" is optional. */
const VOCABULARY: [SectionKind, string[]][] = [
  ['summary', ['summary', 'professional summary', 'profile', 'professional profile', 'career profile', 'about', 'about me', 'about myself', 'objective', 'career objective', 'overview', 'introduction', 'personal statement', 'philosophy', 'executive summary', 'career summary', 'summary of qualifications', 'perfil', 'perfil profesional', 'resumen', 'acerca de mi', 'profil', 'profil professionnel', 'kurzprofil', 'zusammenfassung', 'uber mich', 'a propos', 'sobre mi', 'profilo', 'chi sono']],
  ['experience', ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'career', 'position', 'internship', 'professional background', 'berufserfahrung', 'erfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'werdegang', 'praktika', 'praktikum', 'experience professionnelle', 'parcours professionnel', 'stage', 'experiencia', 'experiencia laboral', 'experiencia profesional', 'trayectoria profesional', 'practicas', 'esperienza', 'esperienze', 'esperienze lavorative', 'werkervaring', 'ervaring']],
  ['education', ['education', 'academic background', 'educational background', 'academics', 'studies', 'degree', 'education and training', 'academic qualification', 'qualification', 'ausbildung', 'bildung', 'studium', 'schulbildung', 'formation', 'formation academique', 'diplome', 'etudes', 'cursus', 'formacion', 'formacion academica', 'educacion', 'estudios', 'istruzione', 'opleiding']],
  ['skills', ['skills', 'skill', 'technical skills', 'core skills', 'key skills', 'hard skills', 'soft skills', 'computer skills', 'it skills', 'software skills', 'digital skills', 'competencies', 'core competencies', 'technologies', 'tech stack', 'tools', 'technical proficiencies', 'proficiencies', 'expertise', 'technical expertise', 'areas of expertise', 'strengths', 'skill set', 'skillset', 'toolbox', 'frameworks', 'programming languages', 'languages and tools', 'tools and technologies', 'kenntnisse', 'fachkenntnisse', 'it kenntnisse', 'edv kenntnisse', 'technische kenntnisse', 'kompetenzen', 'fahigkeiten', 'programmiersprachen', 'competences', 'competences techniques', 'competences informatiques', 'informatique', 'outils', 'logiciels', 'habilidades', 'competencias', 'conocimientos', 'conocimientos informaticos', 'tecnologias', 'herramientas', 'aptitudes', 'competenze', 'vaardigheden']],
  ['projects', ['projects', 'project', 'personal projects', 'side projects', 'selected projects', 'academic projects', 'open source', 'open source contributions', 'contributions', 'open source work', 'open source projects', 'oss', 'oss contributions', 'github contributions', 'portfolio', 'projekte', 'projets', 'proyectos', 'progetti']],
  ['certifications', ['certification', 'certificate', 'licenses', 'licences', 'training', 'courses and certifications', 'zertifikate', 'zertifizierungen', 'weiterbildung', 'weiterbildungen', 'fortbildungen', 'certificats', 'certificaciones', 'certificados', 'cursos']],
  ['awards', ['awards', 'award', 'honors', 'honours', 'achievements', 'accomplishments', 'scholarships', 'distinctions', 'prizes', 'most proud of', 'auszeichnungen', 'prix', 'premios', 'logros', 'reconocimientos']],
  ['publications', ['publications', 'papers', 'selected publications', 'research papers', 'articles', 'publikationen', 'veroffentlichungen', 'publicaciones']],
  ['activities', ['activities', 'extracurricular', 'extracurricular activities', 'extra curricular', 'involvement', 'campus involvement', 'leadership', 'community', 'societies', 'clubs', 'aktivitaten', 'activites', 'vie associative', 'actividades']],
  ['volunteer', ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community service', 'benevolat', 'voluntariado', 'ehrenamt', 'ehrenamtliches engagement']],
  ['languages', ['languages', 'language skills', 'sprachen', 'sprachkenntnisse', 'langues', 'idiomas', 'lingue']],
  ['interests', ['interests', 'hobbies', 'personal interests', 'interessen', 'hobbys', 'freizeit', 'loisirs', 'centres d interet', 'intereses', 'aficiones', 'hobby']],
  ['references', ['references', 'referees', 'referenzen', 'references professionnelles', 'referencias']],
  ['coursework', ['coursework', 'relevant coursework', 'courses', 'course work', 'selected coursework']],
  ['links', ['links', 'profiles', 'online profiles', 'social', 'social media', 'contact', 'contact information', 'contact details', 'personal information', 'personal details', 'personal data', 'personliche daten', 'personliche angaben', 'kontakt', 'kontaktdaten', 'informations personnelles', 'coordonnees', 'liens', 'datos personales', 'contacto', 'enlaces', 'redes sociales']],
  ['research', ['research', 'research experience', 'research projects', 'forschung', 'recherche', 'investigacion', 'investigation']],
  ['patents', ['patents', 'patent']],
  ['talks', ['talks', 'invited talks', 'presentations', 'conference talks', 'public speaking', 'speaking engagements', 'vortrage']],
  ['other', ['additional information', 'additional', 'miscellaneous', 'misc', 'other', 'sonstiges', 'divers', 'otros']],
];

/** Endings of German compound headings ("Schulbildung", "IT-Sprachkenntnisse"), longest first. */
const COMPOUND_ENDINGS: [string, SectionKind][] = [
  ['sprachkenntnisse', 'languages'],
  ['kenntnisse', 'skills'],
  ['kompetenzen', 'skills'],
  ['erfahrung', 'experience'],
  ['ausbildung', 'education'],
  ['bildung', 'education'],
  ['projekte', 'projects'],
  ['zertifikate', 'certifications'],
];

const PHRASES: { kind: SectionKind; words: string[] }[] = VOCABULARY.flatMap(([kind, list]) =>
  list.map((p) => ({ kind, words: p.split(' ') })),
);
const FILLER = new Set(['and', 'of', 'my', 'the', 'a', 'an', 'relevant', 'selected', 'key', 'other', 'y', 'et', 'und', 'e', 'de', 'du', 'des', 'del', 'la', 'le', 'les', 'der', 'die', 'das', 'en', 'di']);

function words(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function sameWord(word: string, vocabulary: string): boolean {
  return word === vocabulary || word === `${vocabulary}s` || word === `${vocabulary}es`;
}

function compound(word: string): SectionKind | undefined {
  return COMPOUND_ENDINGS.find(([ending]) => word.length > ending.length + 2 && word.endsWith(ending))?.[1];
}

/** The section a heading text names, and how much of it the names cover (0–1). */
export function classifyHeading(text: string): { kind: SectionKind; coverage: number } | undefined {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 6) return undefined;
  let first: { kind: SectionKind; at: number; length: number } | undefined;
  const covered = new Set<number>();
  const found = (kind: SectionKind, at: number, length: number) => {
    for (let k = 0; k < length; k++) covered.add(at + k);
    if (!first || at < first.at || (at === first.at && length > first.length)) first = { kind, at, length };
  };
  for (let i = 0; i < ws.length; i++) {
    for (const phrase of PHRASES) {
      if (phrase.words.every((w, k) => ws[i + k] !== undefined && sameWord(ws[i + k], w))) found(phrase.kind, i, phrase.words.length);
    }
    const kind = covered.has(i) ? undefined : compound(ws[i]);
    if (kind) found(kind, i, 1);
  }
  if (!first) return undefined;
  const counted = ws.filter((w, i) => covered.has(i) || FILLER.has(w)).length;
  return { kind: first.kind, coverage: counted / ws.length };
}

function bodySize(lines: CvLine[]): number | undefined {
  const weights = new Map<number, number>();
  for (const l of lines) if (l.size) weights.set(l.size, (weights.get(l.size) ?? 0) + l.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function headingShaped(text: string): boolean {
  return (
    text.length <= 50 &&
    /\p{L}/u.test(text) &&
    !/[.,;@]$/.test(text) &&
    !/^[•\-–*·▪►]/.test(text) &&
    !/@|https?:|www\./i.test(text)
  );
}

/** True when the line is set apart from body text. */
function standsOut(line: CvLine, body: number | undefined, text = line.text): boolean {
  if (line.heading || isCaps(text)) return true;
  if (line.size !== undefined && body !== undefined && line.size >= body + 0.9) return true;
  return line.bold === true;
}

interface Heading {
  line: number;
  kind: SectionKind;
  /** The heading as printed (a label column's first segment for a label). */
  text: string;
}

interface Candidate extends Heading {
  whole: boolean;
  /** The first segment of a row whose other segments are the section's first entry (a label column). */
  label: boolean;
}

/** "Key contributions:" labels a role's bullets; a section of contributions is headed without a colon, or names open source. */
const ENTRY_LABEL = /^(?!.*\b(open|oss|github)\b).*\bcontributions?\s*:\s*$/i;

function candidate(line: CvLine, i: number, text: string, body: number | undefined): Candidate | undefined {
  if (!headingShaped(text.trim()) || ENTRY_LABEL.test(text.trim())) return undefined;
  const match = classifyHeading(text.replace(/:\s*$/, ''));
  if (!match) return undefined;
  const whole = match.coverage >= 0.99 && text.split(/\s+/).length <= 4;
  const label = line.segments.length > 1;
  // A line that is nothing but a section name is a heading in any style; a partial match, or a label, must stand out.
  if (label ? !(whole && standsOut(line, body, text)) : !(whole || (match.coverage >= 0.5 && standsOut(line, body)))) return undefined;
  return { line: i, kind: match.kind, text: text.trim(), whole, label };
}

function mainStyle(lines: CvLine[]): string | undefined {
  const weights = new Map<string, number>();
  for (const l of lines) if (l.style) weights.set(l.style, (weights.get(l.style) ?? 0) + l.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Once two or more headings share a style of their own, a heading in the
 * body text's style ("Publications:" inside a project), a label with a colon
 * in another style ("Accomplishments:") or a partial match in another style
 * (a bold entry title "Project Management Training") is not one.
 */
function consistent(lines: CvLine[], found: Candidate[], body: number | undefined): Candidate[] {
  const text = mainStyle(lines);
  // Distinct heading texts per style: a label repeated in every entry ("Accomplishments:") makes no style of headings.
  const texts = new Map<string, Set<string>>();
  for (const h of found) {
    const style = lines[h.line].style;
    if (!style || style === text || !h.whole || h.label || /:\s*$/.test(h.text) || !standsOut(lines[h.line], body)) continue;
    texts.set(style, (texts.get(style) ?? new Set()).add(h.text.toLowerCase()));
  }
  const counts = new Map([...texts].map(([style, set]) => [style, set.size]));
  const established = new Set([...counts].filter(([, n]) => n >= 2).map(([style]) => style));
  if (established.size === 0) return found;
  // A style the headings share with many other lines (entry titles in bold) does not make a partial match a heading.
  const uses = (style: string) => lines.filter((l) => l.style === style && l.segments.length === 1 && headingShaped(l.text.trim())).length;
  return found.filter((h) => {
    const { style, heading } = lines[h.line];
    if (h.label || heading || !style) return true;
    if (established.has(style)) return h.whole || uses(style) <= 2 * (counts.get(style) ?? 0);
    // "Responsibilities:", "Accomplishments:": a label inside an entry, set like its text, not like the headings.
    return h.whole && style !== text && !/:\s*$/.test(h.text);
  });
}

function knownHeadings(lines: CvLine[], body: number | undefined): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((line, i) => {
    const text = line.segments.length > 1 ? line.segments[0] : line.text;
    const head = candidate(line, i, text, body);
    if (head) found.push(head);
  });
  return consistent(lines, found, body);
}

/** Lines styled like the known headings (same font, size and capitals) head unknown sections. */
function styledHeadings(lines: CvLine[], known: Heading[]): Heading[] {
  const knownLines = new Set(known.map((h) => h.line));
  const extra: Heading[] = [];
  const styles = new Set(known.map((h) => lines[h.line].style).filter((s): s is string => !!s));
  for (const style of styles) {
    const all = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.style === style);
    const heads = all.filter(({ i }) => knownLines.has(i));
    if (heads.length < 2 || heads.length < all.length / 2) continue;
    const caps = heads.filter(({ l }) => isCaps(l.text)).length > heads.length / 2;
    for (const { l, i } of all) {
      if (!knownLines.has(i) && l.segments.length === 1 && headingShaped(l.text.trim()) && isCaps(l.text) === caps && l.text.split(/\s+/).length <= 6) {
        extra.push({ line: i, kind: 'other', text: l.text });
      }
    }
  }
  return extra;
}

/** A line of running text: eight or more words of letters, no contact details. */
function isProse(line: CvLine): boolean {
  const words = line.text.split(/\s+/).filter((w) => /^[(“"'‘]?\p{L}[\p{L}'’-]*[.,;:!?)”"']*$/u.test(w));
  return words.length >= 8 && !/@|https?:|www\./i.test(line.text);
}

/** Where the first paragraph of running text starts in lines [from, to), or -1. */
function proseAt(lines: CvLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const long = lines[i].text.split(/\s+/).length >= 30;
    if (isProse(lines[i]) && ((i + 1 < to && isProse(lines[i + 1])) || long)) return i;
  }
  return -1;
}

/**
 * The document's sections in order. An unheaded opening paragraph is a
 * summary; so is an unknown first section ("Welcome to …"). Consecutive
 * headings of one kind (sub-headings such as "International Awards") merge.
 */
export function findSections(lines: CvLine[]): CvSection[] {
  const body = bodySize(lines);
  const known = knownHeadings(lines, body);
  const heads = [...known, ...styledHeadings(lines, known.filter((h) => !h.label))].sort((a, b) => a.line - b.line);
  const sections: CvSection[] = [];
  const firstHead = heads[0]?.line ?? lines.length;
  const intro = proseAt(lines, 0, firstHead);
  if (intro >= 0) sections.push({ kind: 'summary', heading: '', start: intro, end: firstHead });
  heads.forEach((h, n) => {
    const end = heads[n + 1]?.line ?? lines.length;
    const kind = h.kind === 'other' && sections.length === 0 ? 'summary' : h.kind;
    const previous = sections.at(-1);
    if (previous && previous.kind === kind && previous.heading !== '') previous.end = end;
    else sections.push({ kind, heading: h.text, start: h.line, end });
  });
  return withIntroductions(lines, sections);
}

/** A paragraph of running text inside a contact block ("Personal information", then a profile) is a summary. */
function withIntroductions(lines: CvLine[], sections: CvSection[]): CvSection[] {
  const split = sections.flatMap((s) => {
    const prose = s.kind === 'links' ? proseAt(lines, s.start + 1, s.end) : -1;
    if (prose < 0) return [s];
    return [{ ...s, end: prose }, { kind: 'summary' as const, heading: '', start: prose, end: s.end }];
  });
  // That paragraph runs on into a "Summary" heading right after it: one summary.
  const merged: CvSection[] = [];
  for (const s of split) {
    const previous = merged.at(-1);
    if (previous && previous.kind === s.kind && previous.heading === '' && previous.end === s.start) merged[merged.length - 1] = { ...s, start: previous.start };
    else merged.push(s);
  }
  return merged;
}

/** The section kind of each line (`header` before the first section). */
export function sectionOfLines(lines: CvLine[], sections: CvSection[]): (SectionKind | 'header')[] {
  const kinds: (SectionKind | 'header')[] = lines.map(() => 'header');
  for (const s of sections) for (let i = s.start; i < s.end; i++) kinds[i] = s.kind;
  return kinds;
}
