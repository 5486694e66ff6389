// The pieces of a CV entry line: job titles, company forms, places, the
// parts between separators, "Label: value" lines and lines that only list
// technologies ("Python, PyTorch, Kubernetes"), which never name an employer.
import { isPlaceName, isPlaces, REGION_CODES } from './places.js';
import { matchSkills } from './skills.js';

export const TITLE_WORDS =
  /\b(engineer|developer|scientist|analyst|manager|designer|consultant|intern|architect|lead|leader|director|specialist|technician|administrator|officer|assistant|researcher|professor|founder|co-founder|cto|ceo|vp|head|fellow|contributor|member|programmer|associate|coordinator|advisor|instructor|tutor|teacher|sre|devops|volunteer|tester|qa|sdet|freelancer|freelance|contractor|president|owner|coach|editor|writer|journalist|reporter|employee|student|phd|postdoc|trainee|apprentice|ingénieur|développeur|technicien|technicienne|stagiaire|alternant|alternante|apprenti|apprentie|chef|responsable|chargée?|directeur|directrice|analyste|ingeniero|ingeniera|desarrollador|desarrolladora|analista|becario|becaria|jefe|consultor|consultora|programador|programadora|investigador|investigadora|técnico|técnica|gerente|especialista|ingegnere|sviluppatore|fundador|fundadora|cofundador|cofundadora|co-fundador|operador|operadora|operator|sales|ventas|científico|científica|practicante|asesor|asesora|coordinador|coordinadora|directora|líder|administrador|administradora|propietario|propietaria|(?:various|varios|varias|multiple|several|diversos|distintos)\s+(?:roles|positions|puestos|cargos))\b/i;
/** German job titles are compounds: "Softwareingenieur", "Teamleiterin", "Werkstudent". */
const TITLE_ENDINGS = /(ingenieur|entwickler|berater|leiter|techniker|wissenschaftler|referent|mitarbeiter|praktikant|werkstudent|spezialist|architekt|administrator|manager|engineer|developer|analyst)(in)?\b/i;
export const COMPANY =
  /\b(inc|corp|corporation|ltd|limited|llc|gmbh|kg|plc|co|sa|sas|sarl|srl|spa|bv|nv|oy|ag|se|pvt|labs?|group|technologies|solutions|consulting|university|universität|université|universidad|università|institute|institut|instituto|hochschule)\b\.?/i;
const LOCATION = /^(remote|hybrid|on-?site)$|^[\p{L} .'-]+,\s*(\p{Lu}{2}|\p{Lu}[\p{L}.]*(\s\p{Lu}[\p{L}.]*)*)$/u;
export const BULLET = /^\s*[•\-–*·▪►⋄◦]/;

export function isTitle(text: string): boolean {
  return TITLE_WORDS.test(text) || TITLE_ENDINGS.test(text);
}

/**
 * "New York, NY", "Remote", "Tehran", "Germany, Munich", "Menlo Park, CA &
 * Ithaca, NY": a place (places.ts), or a "Name, Place"-shaped piece unless it
 * names a job or a company ("Data Analyst, Acme Corp."). "Denver, CO" is
 * Colorado, not "Co.": a capitalised state code is no company form.
 */
export function isLocation(piece: string): boolean {
  const text = piece.trim();
  const code = /^(.*),\s*([A-Z]{2})$/.exec(text);
  const company = code && REGION_CODES.has(code[2]) ? COMPANY.test(code[1]) : COMPANY.test(text);
  if (isTitle(text) || company) return false;
  if (isPlaces(text)) return true;
  if (!LOCATION.test(text)) return false;
  // "Name, Name" is a place when one side is one ("Sankt Augustin, Germany", "Paris, FR"); "School of Medicine, NTU" is not.
  return /^(remote|hybrid|on-?site)$/i.test(text) || /,\s*\p{Lu}{2}$/u.test(text) || text.split(/\s*,\s*/).some(isPlaceName);
}

/**
 * Words that name a field, a team or a technique, never a firm: "Staff
 * Engineer - Data", "Consultant - AI & Advanced Analytics", "REST API",
 * "CQRS", "DevOps", "Server". Vendor names stay possible employers
 * ("Databricks", "OpenAI"), so a lexicon name alone is not enough.
 */
const GENERIC_WORDS = new Set(
  `data analytics advanced ai artificial intelligence ml machine learning deep platform platforms infrastructure infra backend back-end frontend front-end
  fullstack full-stack full stack mobile ios android web cloud security research engineering product products growth operations ops devops mlops dataops
  devsecops sre nlp computer vision search ads payments risk finance marketing sales hr it science insights bi business intelligence r&d qa quality
  assurance testing test automation reliability integration systems system software hardware embedded firmware networking network networks database
  databases storage applications application apps services service server servers client api apis rest restful graphql grpc soap cqrs ddd tdd bdd
  microservices microservice serverless saas paas iaas agile scrum kanban ci cd ci/cd etl elt mvc spa core team teams department division unit group
  lab internal tools tooling enterprise solutions architecture design development dev consulting strategy digital transformation innovation
  operations support technical tech generative genai llm llms computer analysis statistics modeling modelling optimization experimentation
  personalization recommendations recommendation ranking fraud trust safety privacy identity access management`.split(/\s+/),
);

/** A part made only of field, team and technique words ("Data", "AI & Advanced Analytics", "REST API"). */
export function isGenericPart(part: string): boolean {
  const words = part
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/\s*(?:\s|&|\+|,|\band\b)\s*/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w) || GENERIC_WORDS.has(w.replace(/\.$/, '')));
}

/** Parts of an entry line: split at bars, bullets, tabs and dashes, then at commas outside brackets unless the piece is a place. */
export function splitParts(text: string): string[] {
  return entryParts(text).map((p) => p.text);
}

/** A part of an entry line, and whether a place comes before it on the line. */
export interface EntryPart {
  text: string;
  /** Printed after a place ("Germany, Munich - Unterhaching"): more likely the rest of the place than the employer. */
  afterPlace: boolean;
}

/** Parts of an entry line, places left out, each marked when a place precedes it. */
export function entryParts(text: string): EntryPart[] {
  const parts: EntryPart[] = [];
  let afterPlace = false;
  const split = text
    .replace(/,\s*(?=(?:inc|llc|ltd|gmbh|corp|plc|s\.?a\.?|ag|bv|srl|spa|sarl|pvt)\b)/gi, ' ')
    .split(/(\s*(?:\t|\||•|·|–|—|\s-\s|\s+at\s+|\s+@\s*)\s*)/);
  for (const piece of titleSuffixes(split)) {
    if (isLocation(piece.trim())) {
      afterPlace = true;
      continue;
    }
    // Commas inside brackets list what the part holds ("5 Ventures (Tech, Events)"): they split nothing.
    for (const raw of piece.split(/\s*,\s*(?![^()]*\))/)) {
      const p = raw.trim();
      if (p === '' || /^[-–—:]+$/.test(p)) continue;
      if (isLocation(p)) {
        afterPlace = true;
        continue;
      }
      parts.push({ text: p, afterPlace });
    }
  }
  return parts;
}

/**
 * Pieces of a line split at separators (`split` alternates piece and
 * separator), a field after a dash joined to the title before it: "Staff
 * Software Engineer - Data", "Consultant – AI & Advanced Analytics" are one
 * title, never a title and an employer.
 */
function titleSuffixes(split: string[]): string[] {
  const pieces = [split[0]];
  for (let k = 1; k + 1 < split.length; k += 2) {
    const [sep, piece] = [split[k], split[k + 1]];
    const before = pieces[pieces.length - 1].split(/\s*,\s*/).at(-1) ?? '';
    const suffix = /^\s*(?:-|–|—)\s*$/.test(sep) && isTitle(before) && isGenericPart(piece) && !COMPANY.test(piece) && !isLocation(piece.trim());
    if (suffix) pieces[pieces.length - 1] += sep + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * "Acme Software, Senior Software Engineer.": an entry header ending in a full
 * stop (LaTeX CV classes print one), not a sentence. Two to four short parts,
 * each capitalised, one of them a job title.
 */
export function namesEntry(text: string): boolean {
  const parts = entryParts(text.replace(/\.$/, '')).map((p) => p.text);
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((p) => p.split(/\s+/).length <= 6 && /^[\p{Lu}\d]/u.test(p)) && parts.some((p) => isTitle(p));
}

/** Labels of detail lines under an entry: never its name. */
const DETAIL_LABELS =
  /^(tech(nolog(y|ies))?(\s+(stack|used))?|stack|tools?(\s+used)?|environment|skills?|languages?|frameworks?|libraries|keywords|tags|responsibilit(y|ies)|achievements?|key achievements|highlights|tasks|duties|projects?|clients?|customers?|team( size)?|domain|industry|summary|description|focus|topics?|courses?|tätigkeiten|aufgaben|projekte?|kunden?|technologien|werkzeuge|outils|environnement|technologies|missions?|herramientas|tecnologías|entorno|funciones|responsabilidades|logros|mots-clés|compétences)$/i;
const TITLE_LABELS = /^(role|position|title|job title|poste|fonction|rolle|funktion|puesto|cargo)$/i;
const EMPLOYER_LABELS = /^(company|employer|organi[sz]ation|firm|arbeitgeber|firma|unternehmen|entreprise|société|empresa)$/i;
const LABELLED = /^([\p{L}][\p{L}\p{N}\s/&.'-]{0,40}?)\s*:\s+(\S.*)$/u;

/**
 * A "left: right" line: a detail line ("Technologies: …", "Tätigkeiten: …"),
 * the entry's title or employer under a label ("Role: Data Engineer"), or the
 * employer and title joined by a colon ("Acme Corp : Data Scientist", "Data
 * Scientist: Acme"). Null when the line has no such colon.
 */
export function readLabelled(text: string): 'detail' | { parts: string[]; title?: string } | null {
  const m = LABELLED.exec(text.trim());
  if (!m) return null;
  const [left, right] = [m[1].trim(), m[2].trim()];
  if (DETAIL_LABELS.test(left)) return 'detail';
  if (TITLE_LABELS.test(left)) return { parts: [], title: right };
  if (EMPLOYER_LABELS.test(left)) return { parts: [right] };
  const [employer, job] = isTitle(right) ? [left, right] : [right, left];
  if (isTitle(right) !== isTitle(left) && nameShaped(employer)) return { parts: [...splitParts(left), ...splitParts(right)], title: job };
  return 'detail';
}

/** A name rather than a phrase: short, every word capitalised but small joining words ("University of Oxford", "eBay"). */
function nameShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}&(]|^\p{Ll}+\p{Lu}/u.test(w) || /^(of|and|the|for|de|du|des|la|le|der|die|das|und|für|y|di|del|van|von|at)$/i.test(w));
}

/** True when a part is (nearly) all skill names: "PyTorch", "Google Cloud Platform". */
export function isSkillPart(part: string): boolean {
  const letters = part.replace(/[^\p{L}\p{N}+#]/gu, '').length;
  const named = matchSkills(part).reduce((sum, h) => sum + h.text.replace(/[^\p{L}\p{N}+#]/gu, '').length, 0);
  return letters > 0 && named >= letters * 0.6;
}

/** A line listing technologies ("Python, PyTorch, Kubernetes", "Python | TensorFlow"): two or more parts, most of them skills. */
export function isTechLine(text: string): boolean {
  if (COMPANY.test(text)) return false;
  const parts = text.split(/\s*(?:,|;|\||•|·|\/|\s-\s|\s–\s)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.filter(isSkillPart).length >= Math.ceil(parts.length * 0.6);
}
