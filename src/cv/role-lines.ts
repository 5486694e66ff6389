// The pieces of a CV entry line: job titles, company forms, places, the
// parts between separators, "Label: value" lines and lines that only list
// technologies ("Python, PyTorch, Kubernetes"), which never name an employer.
import { matchSkills } from './skills.js';

export const TITLE_WORDS =
  /\b(engineer|developer|scientist|analyst|manager|designer|consultant|intern|architect|lead|leader|director|specialist|technician|administrator|officer|assistant|researcher|professor|founder|co-founder|cto|ceo|vp|head|fellow|contributor|member|programmer|associate|coordinator|advisor|instructor|tutor|teacher|sre|devops|volunteer|coach|editor|writer|journalist|reporter|employee|student|phd|postdoc|trainee|apprentice|ingénieur|développeur|technicien|technicienne|stagiaire|alternant|alternante|apprenti|apprentie|chef|responsable|chargée?|directeur|directrice|analyste|ingeniero|ingeniera|desarrollador|desarrolladora|analista|becario|becaria|jefe|consultor|consultora|programador|programadora|investigador|investigadora|técnico|técnica|gerente|especialista|ingegnere|sviluppatore)\b/i;
/** German job titles are compounds: "Softwareingenieur", "Teamleiterin", "Werkstudent". */
const TITLE_ENDINGS = /(ingenieur|entwickler|berater|leiter|techniker|wissenschaftler|referent|mitarbeiter|praktikant|werkstudent|spezialist|architekt|administrator|manager|engineer|developer|analyst)(in)?\b/i;
export const COMPANY =
  /\b(inc|corp|corporation|ltd|limited|llc|gmbh|kg|plc|co|sa|sas|sarl|srl|spa|bv|nv|oy|ag|se|pvt|labs?|group|technologies|solutions|consulting|university|universität|université|universidad|università|institute|institut|instituto|hochschule)\b\.?/i;
const LOCATION = /^(remote|hybrid|on-?site)$|^[\p{L} .'-]+,\s*(\p{Lu}{2}|\p{Lu}[\p{L}.]*(\s\p{Lu}[\p{L}.]*)*)$/u;
export const BULLET = /^\s*[•\-–*·▪►⋄◦]/;

export function isTitle(text: string): boolean {
  return TITLE_WORDS.test(text) || TITLE_ENDINGS.test(text);
}

/** "New York, NY", "Remote": a place, unless it names a job or a company ("Data Analyst, Acme Corp."). */
export function isLocation(piece: string): boolean {
  return LOCATION.test(piece) && !isTitle(piece) && !COMPANY.test(piece);
}

/** Parts of an entry line: split at bars, bullets, tabs and dashes, then at commas unless the piece is a place. */
export function splitParts(text: string): string[] {
  return text
    .replace(/,\s*(?=(?:inc|llc|ltd|gmbh|corp|plc|s\.?a\.?|ag|bv|srl|spa|sarl|pvt)\b)/gi, ' ')
    .split(/\s*(?:\t|\||•|·|–|—|\s-\s|\s+at\s+|\s+@\s*)\s*/)
    .flatMap((piece) => (isLocation(piece.trim()) ? [] : piece.split(/\s*,\s*/)))
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^[-–—:]+$/.test(p));
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
function isSkillPart(part: string): boolean {
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
