// Red flags: each a rule over evidence and claims, with its reason and evidence.
// A red flag is a prompt for the interview, not a verdict (docs/assessment.md).
import type { RepoScan } from '../scan/types.js';
import { holdsMlCode, holdsOwnModel, isDeployed } from '../scan/deployment.js';
import { RED_FLAG_TITLES as TITLE } from '../model/ids.js';
import type { SignalId } from '../signals/ids.js';
import { holdsPythonSource, isTeamProject } from './authorship.js';
import { monthsBetween } from './competencies.js';
import type { RoleProfile } from './role-profile.js';
import type { CvEvidenceInput, RedFlag, RedFlagId } from './types.js';

const WEB_TOOLS = new Set(['fastapi', 'flask', 'django', 'django-rest-framework', 'starlette', 'sanic', 'tornado', 'aiohttp']);
const ML_SIGNALS: SignalId[] = ['classical_ml', 'deep_learning', 'hf_transformers', 'llm_integration', 'custom_model_code'];
/** Share of claimed tools at rung `none` that makes a keyword CV. */
export const KEYWORD_CV_SHARE = 0.5;
const KEYWORD_CV_MIN_CLAIMS = 4;
/** A CV making at least this share of its checkable claims in context (a dated role, a project, a sentence) is no keyword CV. */
export const KEYWORD_CV_CONTEXT_SHARE = 1 / 3;
/** Nor is one making at least this many checkable claims in context, however long its skills list. */
export const KEYWORD_CV_CONTEXT_MIN = 5;
/** Nor is one with at least this many dated roles that each name the tools used in them. */
export const KEYWORD_CV_ROLES_MIN = 3;
/**
 * Nor is one with at least this many dated roles at all: a professional record
 * beside a skills list is an ordinary CV, whose unbacked entries are
 * unverified topics (the work was private), never keyword stuffing.
 */
export const KEYWORD_CV_DATED_ROLES_MIN = 2;
export const STALE_MONTHS = 24;

type Found = Omit<RedFlag, 'severity'>;

const has = (scan: RepoScan, id: SignalId) => scan.signals.some((s) => s.id === id && s.present === true);
const where = (scans: readonly RepoScan[], id: SignalId) =>
  scans.flatMap((scan) => (scan.signals.find((s) => s.id === id)?.evidence.slice(0, 1) ?? []).map((e) => `${scan.name}: ${e.location}`));

export function findRedFlags(scans: readonly RepoScan[], role: RoleProfile, cv: CvEvidenceInput | undefined, asOf: string): RedFlag[] {
  const found: Found[] = [];
  const withPython = scans.filter((s) => s.summary.pythonFiles + s.summary.notebooks > 0);
  if (withPython.length > 0 && withPython.every((s) => has(s, 'notebook_only'))) {
    found.push({ id: 'notebook_only', title: TITLE.notebook_only, reason: `all ${withPython.length} screened repositories with Python are notebook-only`, evidence: withPython.map((s) => `${s.name}: ${s.signals.find((x) => x.id === 'notebook_only')?.note ?? ''}`), probe: 'Ask for a project beyond notebooks: an API, a package, infrastructure.' });
  }
  if (scans.length > 0 && !scans.some((s) => has(s, 'serving_api') || has(s, 'infra_as_code') || has(s, 'containerized'))) {
    found.push({ id: 'no_deployment', title: TITLE.no_deployment, reason: `none of the ${scans.length} repositories screened has a serving API, a container or infrastructure as code`, evidence: [], probe: 'Ask how a model of theirs reached users.' });
  }
  // Tests are read in Python only: a .NET or Java repository's own tests are never "no tests" (real-people review).
  if (withPython.length > 0 && !scans.some((s) => has(s, 'tests'))) {
    found.push({ id: 'no_tests', title: TITLE.no_tests, reason: `none of the screened repositories with Python code defines an automated test (${withPython.length} of ${scans.length} repositories hold Python; tests in other languages are not read)`, evidence: [], probe: 'Ask how they know their code works after a change.' });
  }
  const needsMlops = (role.weights.mlops_production ?? 0) > 0 || role.red_flags.includes('no_monitoring');
  if (needsMlops && scans.length > 0 && !scans.some((s) => has(s, 'drift_monitoring') || has(s, 'observability'))) found.push(noMonitoring(scans));
  if (cv) found.push(...cvFlags(cv, scans.length > 0));
  // Only a history that shows most of the own code came from other identities;
  // an upload by the candidate's own identity or an unreadable history never is.
  // A repository without Python source (a site theme, a .NET app) is not assessed: who wrote it says nothing of the role.
  // Python read from Markdown notebook exports (a blog's posts) does not make a site theme a Python project.
  const withSource = withPython.filter(holdsPythonSource);
  // A team project in which the candidate wrote a real share is how teams work, not code taken: it is named in the
  // authorship notes with its co-authors, never a red flag (real-people review: a four-person course project in which
  // the candidate wrote 35-44% of the code).
  const forked = withSource.filter((s) => has(s, 'fork_or_copy') && !isTeamProject(s));
  if (forked.length > 0) {
    // Said as what the history shows, with the innocent readings beside it: a team project, or an
    // account of the candidate's that nobody gave, looks the same in git as code taken from elsewhere.
    found.push({ id: 'forked_or_copied', title: TITLE.forked_or_copied, reason: `in ${forked.length} of ${withSource.length} repositories with Python most of the own code was added by identities other than the candidate's: a team project, code taken from elsewhere, or an account of theirs that was not given`, evidence: forked.flatMap((s) => (s.signals.find((x) => x.id === 'fork_or_copy')?.evidence ?? []).map((e) => `${s.name}: ${e.match}`)), probe: 'Ask whether any of these identities is theirs and who wrote what; then walk through a part they wrote.' });
  }
  const aiRole = (role.weights.ml_fundamentals ?? 0) + (role.weights.framework_depth ?? 0) + (role.weights.llm_genai ?? 0) > 0;
  const web = scans.filter((s) => s.tools.some((t) => t.used && WEB_TOOLS.has(t.tool)));
  // ML and LLM work is read in Python only: a TypeScript app calling a hosted LLM is not seen, so the reason says what
  // was read (real-people review: an OpenAI chat call in TypeScript under "no repository screened shows LLM work").
  if (aiRole && web.length > 0 && !scans.some((s) => ML_SIGNALS.some((id) => has(s, id)))) {
    found.push({ id: 'web_without_ml', title: TITLE.web_without_ml, reason: 'web frameworks are used but no ML or LLM work shows in the Python code screened (other languages are not read)', evidence: web.map((s) => `${s.name}: ${s.tools.filter((t) => t.used && WEB_TOOLS.has(t.tool)).map((t) => t.evidence[0]?.location ?? t.tool).join(', ')}`), probe: 'Ask for ML work: a model they built, evaluated and shipped.' });
  }
  const lasts = scans.map((s) => (s.history?.available ? s.history.activity.lastCommit : undefined)).filter((d): d is string => Boolean(d)).sort();
  const last = lasts.at(-1);
  if (last && monthsBetween(last, asOf) > STALE_MONTHS) {
    found.push({ id: 'stale_portfolio', title: TITLE.stale_portfolio, reason: `the latest commit in the repositories screened is dated ${last}, over ${STALE_MONTHS} months before ${asOf}`, evidence: [], probe: 'Ask what they have built recently that is not public.' });
  }
  return found.map((f) => ({ ...f, severity: f.id !== 'stale_portfolio' && role.red_flags.includes(f.id) ? 'warning' : 'info' }));
}

/** The reason of `no_monitoring` when the only deployed ML code is an LLM app calling a hosted model (absence.ts words its topic). */
export const LLM_APP_UNOBSERVED = 'no repository screened deploys a model of their own (a deployed LLM app calls a hosted model, with no data of theirs to drift), and no observability of the deployed LLM app was found in the repositories screened';

/**
 * `no_monitoring`, once no repository monitors drift or observes a running system. Drift needs a model of the
 * candidate's own (trained or loaded) running somewhere: only such a model, deployed, makes its absence a finding. A
 * model served by a demo (a web route and a local container) is not deployed (real-people review: hackathon and course
 * demos drew "no drift handling"), and an app that only calls a hosted LLM has no model of theirs to drift (real-people
 * review: an OpenAI app drew "no drift handling"); for it, what is missing is observability, said as what the
 * repositories screened do not show. Without such a model deployed in public, the flag carries no evidence and becomes
 * an unverified topic (absence.ts).
 */
function noMonitoring(scans: readonly RepoScan[]): Found {
  const deployed = scans.filter((s) => isDeployed(s) && holdsMlCode(s));
  const served = deployed.filter(holdsOwnModel).flatMap((s) => [...where([s], 'serving_api'), ...where([s], 'infra_as_code')].slice(0, 1));
  const title = TITLE.no_monitoring;
  const probe = 'Ask about a time a model degraded in production and how it was detected.';
  if (served.length > 0) return { id: 'no_monitoring', title, reason: 'a repository screened deploys a model, and none of the repositories screened monitors drift or observes the running system', evidence: served, probe };
  if (deployed.length > 0) {
    return { id: 'no_monitoring', title, reason: LLM_APP_UNOBSERVED, evidence: [], probe: 'Ask how they would notice the deployed LLM app answering worse: traces, evaluations, user feedback.' };
  }
  return { id: 'no_monitoring', title, reason: 'no repository screened deploys a model, so the code screened has nothing to monitor', evidence: [], probe };
}

/**
 * `withRepositories`: claims can only be judged unbacked when there was somewhere to look.
 * A claim made in context (a dated role, a project, a sentence) is unverified, not unbacked:
 * only bare skills-list claims with no evidence make a keyword CV.
 */
function cvFlags(cv: CvEvidenceInput, withRepositories: boolean): Found[] {
  const out: Found[] = [];
  const bare = cv.claims.filter((c) => c.rung === 'none' && (c.context ?? 'list') === 'list');
  // A senior's long skills list beside dated roles full of tools is not keyword stuffing: its bare entries stay unverified topics.
  const inContext = cv.claims.filter((c) => (c.context ?? 'list') !== 'list').length;
  const contextual = inContext / cv.claims.length >= KEYWORD_CV_CONTEXT_SHARE || inContext >= KEYWORD_CV_CONTEXT_MIN || (cv.rolesNamingTools ?? 0) >= KEYWORD_CV_ROLES_MIN || (cv.datedRoles ?? 0) >= KEYWORD_CV_DATED_ROLES_MIN;
  const keyword = bare.length / cv.claims.length >= KEYWORD_CV_SHARE && !contextual;
  if (withRepositories && cv.claims.length >= KEYWORD_CV_MIN_CLAIMS && keyword) {
    out.push({ id: 'keyword_cv', title: TITLE.keyword_cv, reason: `${bare.length} of ${cv.claims.length} claimed tools sit only in a skills list, with no evidence in the repositories screened`, evidence: bare.map((c) => c.name ?? c.skill), probe: 'Probe the unbacked claims first: ask for a concrete use of each.' });
  }
  if (cv.hiddenWords.length > 0) {
    out.push({ id: 'hidden_text', title: TITLE.hidden_text, reason: `${cv.hiddenWords.length} piece(s) of text in the CV form words a reader cannot see (same colour as the page, under 2 pt, off the page, covered, clipped, or in a Markdown comment addressed to the screener); they were left out of the claims`, evidence: cv.hiddenWords.slice(0, 30), probe: 'Show the hidden words and ask how they came to be in the file (a template or an export tool can leave text behind).' });
  }
  return out;
}
