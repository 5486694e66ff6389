// Blind mode: a first-pass review without identity. The assessment already
// omits names, emails, links and the CV file name; this also masks them
// where candidate text quotes them (a cited line, a commit author, a
// repository URL), so no report shows who the candidate is.
import type { Assessment, CandidateDetails } from '../assess/types.js';

export const REDACTED = '[redacted]';

export interface IdentityTerms {
  /** Matched case-insensitively: full names, emails, handles, URLs. */
  exact: string[];
  /** Single name parts, matched case-sensitively as whole words ("Martin", not "martingale" or "will"). */
  words: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Account names in links and repository URLs: github.com/<handle>, git@host:<handle>/x. */
function handles(urls: string[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    // A Hugging Face Space or dataset: `huggingface.co/spaces/<handle>/x`.
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+[/:](?:(?:spaces|datasets)\/(?=[^/\s]+\/))?([^/\s]+)/i.exec(url.trim());
    if (m && m[1].length >= 3 && !/\.(git)$/.test(m[1])) out.push(m[1]);
  }
  return out;
}

export function identityTerms(identity: CandidateDetails, sources: string[]): IdentityTerms {
  const urls = [...identity.links, ...sources.filter((s) => /^[a-z+]+:\/\/|^[^@\s]+@[^:\s]+:/i.test(s))];
  const exact = [...identity.names, ...identity.emails, ...urls, ...handles(urls), ...(identity.cvFile ? [identity.cvFile] : [])];
  const words = identity.names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.trim().length >= 3))].sort((a, b) => b.length - a.length);
  return { exact: uniq(exact), words: uniq(words) };
}

/** A whole-word pattern: a handle "ali" must not mask "malice". */
const wordPattern = (t: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(t)}(?![\\p{L}\\p{N}_])`, flags);

export function redactText(text: string, terms: IdentityTerms): string {
  let out = text;
  for (const t of terms.exact) out = out.replace(wordPattern(t, 'giu'), REDACTED);
  for (const w of terms.words) out = out.replace(wordPattern(w, 'gu'), REDACTED);
  return out;
}

function walk(value: unknown, terms: IdentityTerms): unknown {
  if (typeof value === 'string') return redactText(value, terms);
  if (Array.isArray(value)) return value.map((v) => walk(v, terms));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, terms)]));
  return value;
}

/** Masks identity terms in every string of the assessment (the label is already neutral). */
export function redactAssessment(assessment: Assessment, terms: IdentityTerms): Assessment {
  if (terms.exact.length === 0 && terms.words.length === 0) return assessment;
  return walk(assessment, terms) as Assessment;
}
