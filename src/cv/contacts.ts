// Contact details: the candidate's emails, phone and profile links, from the
// text and from link annotations (a "LinkedIn" label or bare handle whose URL
// is only in the annotation). Referees' and co-authors' details are not the
// candidate's: references and publications are skipped, and links in the body
// count only when they are recognisable profiles.
import type { CvAnchor, CvLine, CvLink, LinkKind, SectionKind } from './types.js';

type Where = SectionKind | 'header';

const OTHER_PEOPLE: Where[] = ['references', 'publications'];
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const TLDS =
  'com|org|net|io|dev|ai|co|me|app|xyz|tech|info|edu|gov|page|site|blog|cc|tv|ly|sh|so|gg|us|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|ca|au|nz|in|jp|kr|cn|sg|br|mx|ar|ru|ua|il|za|eu|online|website|space|codes|science|design|works|id|gl|fm|ee|cz|ro|gr|hu|tr|vn|tw|hk|my|ph|th';
const URL_IN_TEXT = new RegExp(
  `(?<![@\\w.-])(?:https?://|www\\.)[^\\s,;|<>"')\\]]+|(?<![@\\w.-])(?:[a-z0-9][a-z0-9-]*\\.)+(?:${TLDS})(?:/[^\\s,;|<>"')\\]]*)?(?![\\w@-])`,
  'gi',
);
const NOT_PROFILES = /(^|\.)(doi\.org|arxiv\.org|example\.(com|org|net)|dx\.doi\.org|bit\.ly|goo\.gl|medium\.com\/p\/|wikipedia\.org)$/i;

/** A URL with a scheme, credentials included (`https://user:pw@host/`): never an email. */
const SCHEME_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'|]+/gi;
/** File names that look like addresses (`icon@2x.png`, `logo@dark.svg`): no top-level domain ends so. */
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|pdf|m?js|css|html?|json|ya?ml|txt|zip|gz|tar|csv|ipynb|docx?|xlsx?|pptx?|mp[34]|mov|woff2?|ttf|otf)$/i;
const ONE_EMAIL = new RegExp(`^${EMAIL.source}$`);

/**
 * The email addresses in a text, with their offsets. URLs are taken out first
 * (`https://user:pw@host/` holds no email `pw@host`), and so are file names
 * (`icon@2x.png`) and scp-style git remotes (`git@github.com:alice/repo.git`).
 */
export function emailsIn(text: string): { email: string; start: number; end: number }[] {
  const masked = text.replace(SCHEME_URL, (m) => ' '.repeat(m.length));
  const out: { email: string; start: number; end: number }[] = [];
  for (const m of masked.matchAll(EMAIL)) {
    const end = m.index! + m[0].length;
    if (FILE_NAME.test(m[0]) || /^:[\w~./-]/.test(masked.slice(end))) continue;
    out.push({ email: m[0], start: m.index!, end });
  }
  return out;
}

/** The text with its email addresses blanked out (URLs kept). */
function withoutEmails(text: string): string {
  let out = text;
  for (const e of emailsIn(text)) out = out.slice(0, e.start) + ' '.repeat(e.end - e.start) + out.slice(e.end);
  return out;
}

/** The address of a `mailto:` link, when it is one. */
function mailtoAddress(url: string): string | undefined {
  const m = /^mailto:([^?]+)/i.exec(url);
  if (!m) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(m[1]).trim();
  } catch {
    return undefined;
  }
  return ONE_EMAIL.test(address) && !FILE_NAME.test(address) ? address : undefined;
}

/** Emails in order, candidate's first: the top of the CV before the body. */
export function findEmails(lines: CvLine[], where: Where[], anchors: CvAnchor[]): string[] {
  const found: { email: string; at: number }[] = [];
  lines.forEach((line, i) => {
    if (OTHER_PEOPLE.includes(where[i])) return;
    for (const { email } of emailsIn(line.text)) found.push({ email, at: i });
  });
  for (const a of anchors) {
    const email = mailtoAddress(a.url);
    if (email && (a.line < 0 || !OTHER_PEOPLE.includes(where[a.line]))) found.push({ email, at: a.line < 0 ? 1e9 : a.line });
  }
  found.sort((a, b) => Number(where[b.at] === 'header') - Number(where[a.at] === 'header') || a.at - b.at);
  const seen = new Set<string>();
  return found.map((f) => f.email.replace(/\.$/, '')).filter((e) => !seen.has(e.toLowerCase()) && seen.add(e.toLowerCase()));
}

const PHONE = /(?:\+\s?\d{1,3}[\s.-]?|\+?\(\+?\d{1,3}\)\s?)?(?:\(\d{2,4}\)|\d{1,4})(?:[\s.-]{0,2}\d{1,4}){1,5}/g;

/** A date, not a phone: 2026-02-12, 2026.02.12, 2026/02/12, 12/02/2026, 12.02.26, 12-02-2026. */
const DATE_SHAPED = [
  /^(?:19|20)\d{2}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/,
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/,
  /^(?:0?[1-9]|[12]\d|3[01])([-\s])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d{2}$/,
];
/** A key that names a date ("last_updated:", "Date of birth:", "Born"): the number after it is no phone. */
const DATE_KEY = /(?:^|[^\p{L}])(?:date|dated|updated|modified|created|published|born|birth|birthday|birthdate|dob|datum|fecha|geboren)\s*[:=]?\s*["'“]?$/iu;

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(text.trim())) return false;
  return !DATE_SHAPED.some((d) => d.test(text.trim()));
}

/** How much a number looks like a phone rather than a postcode or an ID: a country code or area code in brackets, nine digits or more. */
function phoneScore(text: string): number {
  return (/^\s*[+(]/.test(text) ? 2 : 0) + (text.replace(/\D/g, '').length >= 9 ? 1 : 0);
}

function phonesIn(text: string): string[] {
  const plain = withoutEmails(text).replace(URL_IN_TEXT, ' ');
  return [...plain.matchAll(PHONE)].filter((m) => !DATE_KEY.test(plain.slice(0, m.index))).map((m) => m[0].trim()).filter(isPhone);
}

/**
 * The phone number as printed: the most phone-like number at the top of the
 * CV or in its contact section (not the postcode before it), else one from a
 * `tel:` link, else one beside an email (a contact block in a page footer).
 */
export function findPhone(lines: CvLine[], where: Where[], anchors: CvAnchor[]): string | undefined {
  let best: { phone: string; score: number } | undefined;
  lines.forEach((line, i) => {
    if (where[i] !== 'header' && where[i] !== 'links') return;
    for (const phone of phonesIn(line.text)) if (!best || phoneScore(phone) > best.score) best = { phone, score: phoneScore(phone) };
  });
  if (best) return best.phone;
  const tel = anchors.find((a) => /^tel:/i.test(a.url));
  if (tel) return decodeURIComponent(tel.url.slice(4));
  for (let i = 0; i < lines.length; i++) {
    if (OTHER_PEOPLE.includes(where[i]) || emailsIn(lines[i].text).length === 0) continue;
    const near = [i, i - 1, i + 1, i - 2, i + 2].filter((k) => lines[k] && !OTHER_PEOPLE.includes(where[k]));
    const phone = near.flatMap((k) => phonesIn(lines[k].text))[0];
    if (phone) return phone;
  }
  return undefined;
}

/** A URL without scheme, `www.`, query noise or trailing slash, lower case: how links are compared. */
export function linkKey(url: string): string {
  return url
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[/#?]+$/, '')
    .toLowerCase();
}

function parts(url: string): { host: string; path: string[] } | undefined {
  const key = linkKey(url);
  const [host, ...rest] = key.split('/');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host)) return undefined;
  return { host, path: rest.filter(Boolean) };
}

/** What a URL is: a profile of some kind, a repository, or nothing known. */
export function classifyLink(url: string): { kind: LinkKind; profile: boolean; repo?: boolean } | undefined {
  const p = parts(url);
  if (!p) return undefined;
  const { host, path } = p;
  const one = path.length === 1;
  if (host === 'github.com' || host === 'gitlab.com') {
    const kind = host === 'github.com' ? 'github' : 'gitlab';
    if (path.length === 0) return undefined;
    return { kind, profile: one, repo: path.length >= 2 };
  }
  if (host.endsWith('linkedin.com')) return (path[0] === 'in' || path[0] === 'pub') && path.length >= 2 ? { kind: 'linkedin', profile: true } : undefined;
  if (host === 'huggingface.co') return one ? { kind: 'huggingface', profile: true } : undefined;
  if (host === 'kaggle.com') return one ? { kind: 'kaggle', profile: true } : undefined;
  if (host === 'twitter.com' || host === 'x.com') return one ? { kind: 'twitter', profile: true } : undefined;
  if (host === 'orcid.org') return one ? { kind: 'orcid', profile: true } : undefined;
  if (host.startsWith('scholar.google.')) return { kind: 'scholar', profile: true };
  if (host === 'stackoverflow.com') return path[0] === 'users' ? { kind: 'stackoverflow', profile: true } : undefined;
  if (host === 'youtube.com') return /^(user|c|channel|@)/.test(path[0] ?? '') ? { kind: 'youtube', profile: true } : undefined;
  if (host === 'medium.com' || host.endsWith('.medium.com')) return path.length <= 1 ? { kind: 'medium', profile: true } : undefined;
  if (path.length === 1 && path[0].startsWith('@')) return { kind: 'mastodon', profile: true };
  if (/^(quora\.com|dev\.to|behance\.net|dribbble\.com|leetcode\.com|hackerrank\.com|codepen\.io|gitee\.com|bitbucket\.org)$/.test(host)) {
    return path.length >= 1 ? { kind: 'other', profile: true } : undefined;
  }
  if (NOT_PROFILES.test(host)) return undefined;
  // A personal site: a bare domain or one short path, shown only where contact details are.
  return path.length <= 1 ? { kind: 'website', profile: false } : undefined;
}

/** A URL without its user name and password (`https://user:pw@host/x` → `https://host/x`): credentials are never kept. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/i, '$1');
}

function withScheme(url: string): string {
  return /^[a-z]+:\/\//i.test(url) ? url : `https://${url}`;
}

interface FoundLink {
  url: string;
  at: number;
  from: 'text' | 'annotation';
}

function candidates(lines: CvLine[], anchors: CvAnchor[]): FoundLink[] {
  const found: FoundLink[] = [];
  lines.forEach((line, i) => {
    const text = withoutEmails(line.text);
    for (const [m] of text.matchAll(URL_IN_TEXT)) found.push({ url: withoutCredentials(withScheme(m.replace(/[.:]+$/, ''))), at: i, from: 'text' });
    // "GitHub: alice" with no link on the line: the handle names the profile.
    // "GitHub: https://github.com/alice" is the URL above, not the handle "https".
    for (const m of text.matchAll(/\b(github|gitlab)\s*(?::\/\/|:)\s*@?([A-Za-z0-9][A-Za-z0-9-]{0,38})(?![\w.:/-])/gi)) {
      if (!anchors.some((a) => a.line === i && /git(hub|lab)\.com/i.test(a.url))) {
        found.push({ url: `https://${m[1].toLowerCase()}.com/${m[2]}`, at: i, from: 'text' });
      }
    }
  });
  for (const a of anchors) {
    // "https://www.linkedin.com/in/https://www.linkedin.com/in/jane": a link written inside a link's base.
    const url = a.url.slice(a.url.search(/https?:\/\/(?!.*https?:\/\/)/i));
    if (/^https?:\/\//i.test(url)) found.push({ url: withoutCredentials(url), at: a.line < 0 ? 1e9 : a.line, from: 'annotation' });
  }
  return found;
}

/**
 * The candidate's profile links (GitHub, GitLab, LinkedIn, Hugging Face,
 * Kaggle, personal site, ...) and the GitHub/GitLab URLs worth scanning.
 */
export function findLinks(lines: CvLine[], where: Where[], anchors: CvAnchor[]): { links: CvLink[]; sources: string[] } {
  const links = new Map<string, CvLink & { at: number }>();
  const sources = new Map<string, string>();
  const found = candidates(lines, anchors).map((f) => {
    const section = f.at < lines.length ? where[f.at] : undefined;
    const contactArea = section === 'header' || section === 'links' || (section === undefined && f.from === 'annotation');
    return { f, section, contactArea, kind: classifyLink(f.url) };
  });
  // A profile of a kind the contact details already give (a LinkedIn in the header) is someone else's when it
  // appears in the body: a co-speaker or a co-author (real-people review: a co-speaker's LinkedIn shown as the
  // candidate's).
  const ownKinds = new Set(found.filter((x) => x.contactArea && x.kind?.profile).map((x) => x.kind?.kind));
  for (const { f, section, contactArea, kind } of found) {
    if (section && OTHER_PEOPLE.includes(section)) continue;
    if (!kind) continue;
    const key = linkKey(f.url);
    if ((kind.kind === 'github' || kind.kind === 'gitlab') && !sources.has(key)) sources.set(key, `https://${key}`);
    if (!(kind.profile || (kind.kind === 'website' && contactArea))) continue;
    if (!contactArea && ownKinds.has(kind.kind)) continue;
    const known = links.get(key);
    if (!known) links.set(key, { url: f.url, kind: kind.kind, from: f.from, at: f.at });
    else if (f.from === 'text') known.from = 'text';
  }
  const ordered = [...links.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...link }) => link);
  return { links: ordered, sources: [...sources.values()] };
}
