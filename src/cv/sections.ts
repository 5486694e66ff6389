// Section headings → canonical section types (../shared/cv-samples/README.md
// vocabulary). A heading is a short line that names a known section and is
// set apart (bold, larger, capitals, a Word/Markdown heading style, or the
// whole line is the name); lines styled exactly like the known headings are
// headings of unknown sections.
import { foldText } from './clean.js';
import type { CvLine, CvSection, SectionKind } from './types.js';

/** Heading words and phrases (folded), several languages. */
const VOCABULARY: [SectionKind, string[]][] = [
  ['summary', ['summary', 'professional summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'overview', 'introduction', 'personal statement', 'philosophy', 'executive summary', 'career summary', 'summary of qualifications', 'perfil', 'resumen', 'profil', 'kurzprofil', 'zusammenfassung', 'a propos', 'sobre mi', 'profilo', 'chi sono']],
  ['experience', ['experience', 'experiences', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'career', 'positions', 'internships', 'internship', 'professional background', 'berufserfahrung', 'erfahrung', 'experience professionnelle', 'experiences professionnelles', 'experiencia', 'experiencia laboral', 'experiencia profesional', 'esperienza', 'esperienze', 'esperienze lavorative', 'werkervaring', 'ervaring']],
  ['education', ['education', 'academic background', 'academics', 'studies', 'degrees', 'education and training', 'ausbildung', 'bildung', 'studium', 'formation', 'formacion', 'educacion', 'istruzione', 'opleiding']],
  ['skills', ['skills', 'skill', 'technical skills', 'core skills', 'key skills', 'competencies', 'core competencies', 'technologies', 'tech stack', 'tools', 'technical proficiencies', 'proficiencies', 'expertise', 'areas of expertise', 'strengths', 'skill set', 'skillset', 'toolbox', 'programming languages', 'languages and tools', 'tools and technologies', 'kenntnisse', 'fahigkeiten', 'competences', 'habilidades', 'competencias', 'competenze', 'vaardigheden']],
  ['projects', ['projects', 'project', 'personal projects', 'side projects', 'selected projects', 'academic projects', 'open source', 'open source contributions', 'portfolio', 'projekte', 'projets', 'proyectos', 'progetti']],
  ['certifications', ['certifications', 'certification', 'certificates', 'certificate', 'licenses', 'licences', 'training', 'zertifikate', 'certificats', 'certificaciones']],
  ['awards', ['awards', 'award', 'honors', 'honours', 'achievements', 'accomplishments', 'scholarships', 'distinctions', 'prizes', 'most proud of', 'auszeichnungen', 'prix', 'premios']],
  ['publications', ['publications', 'papers', 'selected publications', 'research papers', 'articles', 'publikationen', 'publicaciones']],
  ['activities', ['activities', 'extracurricular', 'extracurricular activities', 'extra curricular', 'involvement', 'campus involvement', 'leadership', 'community', 'societies', 'clubs']],
  ['volunteer', ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community service', 'benevolat', 'voluntariado', 'ehrenamt']],
  ['languages', ['languages', 'language skills', 'sprachen', 'langues', 'idiomas', 'lingue']],
  ['interests', ['interests', 'hobbies', 'personal interests', 'interessen', 'loisirs', 'intereses', 'hobby']],
  ['references', ['references', 'referees', 'referenzen', 'references professionnelles', 'referencias']],
  ['coursework', ['coursework', 'relevant coursework', 'courses', 'course work', 'selected coursework']],
  ['links', ['links', 'profiles', 'online profiles', 'social', 'contact', 'contact information', 'contacts']],
  ['research', ['research', 'research experience', 'research projects']],
  ['patents', ['patents', 'patent']],
  ['talks', ['talks', 'invited talks', 'presentations', 'conference talks', 'speaking']],
  ['other', ['additional information', 'additional', 'miscellaneous', 'misc', 'other']],
];

const PHRASES: { kind: SectionKind; words: string[] }[] = VOCABULARY.flatMap(([kind, list]) =>
  list.map((p) => ({ kind, words: p.split(' ') })),
);
const FILLER = new Set(['and', 'of', 'my', 'the', 'a', 'an', 'relevant', 'selected', 'key', 'other', 'y', 'et', 'und', 'e']);

function words(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The section a heading text names, and how much of it the names cover (0–1). */
export function classifyHeading(text: string): { kind: SectionKind; coverage: number } | undefined {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 6) return undefined;
  let first: { kind: SectionKind; at: number; length: number } | undefined;
  const covered = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    for (const phrase of PHRASES) {
      if (!phrase.words.every((w, k) => ws[i + k] === w)) continue;
      for (let k = 0; k < phrase.words.length; k++) covered.add(i + k);
      if (!first || i < first.at || (i === first.at && phrase.words.length > first.length)) {
        first = { kind: phrase.kind, at: i, length: phrase.words.length };
      }
    }
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

function headingShaped(line: CvLine): boolean {
  const text = line.text.trim();
  return (
    line.segments.length === 1 &&
    text.length <= 50 &&
    /\p{L}/u.test(text) &&
    !/[.,;@]$/.test(text) &&
    !/^[•\-–*·▪►]/.test(text) &&
    !/@|https?:|www\./i.test(text)
  );
}

/** True when the line is set apart from body text. */
function standsOut(line: CvLine, body: number | undefined): boolean {
  if (line.heading || isCaps(line.text)) return true;
  if (line.size !== undefined && body !== undefined && line.size >= body + 0.9) return true;
  return line.bold === true;
}

interface Heading {
  line: number;
  kind: SectionKind;
}

function knownHeadings(lines: CvLine[], body: number | undefined): Heading[] {
  const found: Heading[] = [];
  lines.forEach((line, i) => {
    if (!headingShaped(line)) return;
    const match = classifyHeading(line.text.replace(/:\s*$/, ''));
    if (!match) return;
    // A line that is nothing but a section name is a heading in any style; a partial match must stand out.
    const whole = match.coverage >= 0.99 && line.text.split(/\s+/).length <= 4;
    if (whole || (match.coverage >= 0.5 && standsOut(line, body))) {
      found.push({ line: i, kind: match.kind });
    }
  });
  return found;
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
      if (!knownLines.has(i) && headingShaped(l) && isCaps(l.text) === caps && l.text.split(/\s+/).length <= 6) {
        extra.push({ line: i, kind: 'other' });
      }
    }
  }
  return extra;
}

function isProse(line: CvLine): boolean {
  return line.text.split(/\s+/).length >= 8 && !/@|https?:|www\./i.test(line.text);
}

/**
 * The document's sections in order. An unheaded opening paragraph is a
 * summary; so is an unknown first section ("Welcome to …"). Consecutive
 * headings of one kind (sub-headings such as "International Awards") merge.
 */
export function findSections(lines: CvLine[]): CvSection[] {
  const body = bodySize(lines);
  const known = knownHeadings(lines, body);
  const heads = [...known, ...styledHeadings(lines, known)].sort((a, b) => a.line - b.line);
  const sections: CvSection[] = [];
  const firstHead = heads[0]?.line ?? lines.length;
  const intro = lines
    .slice(0, firstHead)
    .findIndex((l, i, all) => isProse(l) && ((all[i + 1] !== undefined && isProse(all[i + 1])) || l.text.split(/\s+/).length >= 30));
  if (intro >= 0) sections.push({ kind: 'summary', heading: '', start: intro, end: firstHead });
  heads.forEach((h, n) => {
    const end = heads[n + 1]?.line ?? lines.length;
    const kind = h.kind === 'other' && sections.length === 0 ? 'summary' : h.kind;
    const previous = sections.at(-1);
    if (previous && previous.kind === kind && previous.heading !== '') previous.end = end;
    else sections.push({ kind, heading: lines[h.line].text, start: h.line, end });
  });
  return sections;
}

/** The section kind of each line (`header` before the first section). */
export function sectionOfLines(lines: CvLine[], sections: CvSection[]): (SectionKind | 'header')[] {
  const kinds: (SectionKind | 'header')[] = lines.map(() => 'header');
  for (const s of sections) for (let i = s.start; i < s.end; i++) kinds[i] = s.kind;
  return kinds;
}
