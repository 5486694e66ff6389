// What a kit reads from an assessment: unbacked claims, raised red flags, and
// the candidate's best evidence per signal; and how a question's placeholders
// are filled from them.
import type { CompetencyId, RedFlagId } from '../assess/types.js';
import type { AssessmentInput } from '../model/assessment.js';
import { CATEGORY_COMPETENCY } from '../assess/coverage.js';
import { loadCompetencyData } from '../assess/weights.js';
import { getTool, hasTool } from '../catalog/index.js';
import { resolveSkill } from '../cv/lexicon.js';
import type { SignalId } from '../signals/ids.js';
import type { Question } from './bank-schema.js';
import { textFields } from './bank-schema.js';
import { claimedName, toolKind } from './tool-names.js';

export { claimedName, toolKind, toolName } from './tool-names.js';

export interface EvidenceRef {
  signal: SignalId;
  repo: string;
  /** `path:line`, `path#cell=N:line` or `path`. */
  location: string;
  credit: number;
  /** What matched and the cited source line, when the assessment gives them. */
  match?: string;
  snippet?: string;
  /**
   * Its repository holds code credited to another source (a source comment or the README credits it: the
   * assessment's `authorship partial in <repo> (... credits another source ...)` note): the candidate's own
   * lines there may be glue around borrowed code.
   */
  credited?: boolean;
}

/** A claim public code does not show: where on the CV it is made (a dated role, a project, a bare list). */
export interface UnbackedClaim {
  tool: string;
  context?: string;
  /** The CV's words where they differ from the product name ("Datadog APM"). */
  cvText?: string;
  /** 1 for the claim the CV leans on most (absent in assessments made before it existed). */
  prominence?: number;
}

export interface CandidateFacts {
  /** Claimed tools with no evidence (rung `none`), in the assessment's order (by skill id). */
  unbacked: UnbackedClaim[];
  /** Red flags solid enough to build a question on. */
  redFlags: Array<{ id: RedFlagId; severity: 'warning' | 'info'; reason: string }>;
  /** Red flags drawn from a history the assessment marks partial or unknown: never a question's finding. */
  unsureFlags: Array<{ id: RedFlagId; reason: string; probe: string; repos: string[] }>;
  /** Evidence solid enough to build a question on: written by the candidate (git blame), with real credit. */
  evidence: EvidenceRef[];
  /** Evidence left out of deep-dives because who wrote it is unknown or others (`repo: location`). */
  unsureEvidence: string[];
}

/**
 * A deep-dive asks the candidate to walk through code as their own, so it is
 * built only on evidence git blame gives to the candidate, with at least this
 * credit (strength × recency × ...); never on unknown or others' authorship.
 */
export const MIN_DEEP_DIVE_CREDIT = 0.3;

export function candidateFacts(a: AssessmentInput): CandidateFacts {
  const evidence: EvidenceRef[] = [];
  const unsure = new Set<string>();
  const seen = new Set<string>();
  const borrowing = creditedRepos(a.notes);
  for (const c of a.competencies) {
    for (const x of c.contributions) {
      if (x.credit <= 0) continue;
      if (x.author !== 'candidate' || x.credit < MIN_DEEP_DIVE_CREDIT) {
        for (const e of x.evidence) unsure.add(e);
        continue;
      }
      for (const e of x.evidence) {
        const at = e.indexOf(': ');
        const ref = at < 0 ? { repo: '', location: e } : { repo: e.slice(0, at), location: e.slice(at + 2) };
        const key = `${x.signal} ${e}`;
        const cited = x.cited?.find((y) => y.location === ref.location && (ref.repo === '' || y.repository === ref.repo));
        const line = cited ? { match: cited.match, ...(cited.snippet !== undefined ? { snippet: cited.snippet } : {}) } : {};
        if (!seen.has(key)) evidence.push({ signal: x.signal, ...ref, credit: x.credit, ...line, ...(borrowing.has(ref.repo) ? { credited: true } : {}) });
        seen.add(key);
      }
    }
  }
  const unbacked: UnbackedClaim[] = [];
  const doubtful = uncertainHistories(a.notes);
  for (const c of a.claims ?? []) {
    if (c.rung === 'none' && !unbacked.some((u) => u.tool === c.skill)) {
      const shown = { ...(c.cvText !== undefined ? { cvText: c.cvText } : {}), ...(c.prominence !== undefined ? { prominence: c.prominence } : {}) };
      unbacked.push({ tool: c.skill, ...(c.context ? { context: c.context } : {}), ...shown });
    }
  }
  const unsureFlags: CandidateFacts['unsureFlags'] = [];
  const redFlags: CandidateFacts['redFlags'] = [];
  for (const f of a.redFlags) {
    const repos = [...new Set(f.evidence.map((e) => e.slice(0, Math.max(0, e.indexOf(': ')))).filter(Boolean))];
    if (HISTORY_FLAGS.has(f.id) && repos.length > 0 && repos.every((r) => doubtful.has(r))) unsureFlags.push({ id: f.id, reason: f.reason, probe: f.probe, repos });
    else redFlags.push({ id: f.id, severity: f.severity, reason: f.reason });
  }
  return { unbacked, redFlags, unsureFlags, evidence, unsureEvidence: [...unsure] };
}

/** Red flags read from git history: only as sure as the history they were read from. */
const HISTORY_FLAGS = new Set<RedFlagId>(['forked_or_copied']);

/** Repositories whose authorship the assessment marks partial or unknown (its `authorship ... in <repo> (...)` notes). */
function uncertainHistories(notes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of notes) {
    const m = /^authorship (?:partial|unknown) in (.+?) \(/.exec(n);
    if (m) out.add(m[1]);
  }
  return out;
}

/** Repositories where the assessment notes code credited to another source (`authorship partial in <repo> (... credits another source ...)`). */
function creditedRepos(notes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of notes) {
    const m = /^authorship (?:partial|unknown) in (.+?) \((.*)$/.exec(n);
    if (m && m[2].includes('credits another source')) out.add(m[1]);
  }
  return out;
}

/** Competencies a catalogue tool's signals feed (empty for tools outside the catalogue). */
export function toolCompetencies(tool: string): CompetencyId[] {
  if (!hasTool(tool)) return [];
  const data = loadCompetencyData().competencies;
  const signals = getTool(tool).signals;
  return (Object.keys(data) as CompetencyId[]).filter((c) => signals.some((s) => (data[c].signals[s] ?? 0) > 0));
}

/** The competency the lexicon files a claimed skill under (an ML platform under MLOps), if any. */
export function homeCompetency(tool: string): CompetencyId | undefined {
  const skill = resolveSkill(tool);
  return skill ? CATEGORY_COMPETENCY[skill.category] : undefined;
}

/**
 * How well a claim question matches a tool: 3 named explicitly; through `'*'`,
 * 2 when the question's competency is the one the lexicon files the skill
 * under, 1 for another competency the tool's signals feed; 0 not at all. So
 * a claimed ML platform (Kubeflow, category mlops) is asked how it was set up
 * and run, not what data was processed with it, though its pipelines also
 * feed data engineering.
 */
export function claimMatch(q: Question, tool: string): number {
  const list = q.applies.claim_none ?? [];
  if (list.includes(tool)) return 3;
  if (!list.includes('*') || !toolCompetencies(tool).includes(q.competency)) return 0;
  return homeCompetency(tool) === q.competency ? 2 : 1;
}

/**
 * The candidate's best evidence for a deep-dive question. A deep-dive asks
 * about the candidate's own, substantive code, so among the evidence of the
 * question's signals it prefers, in order: a location not quoted yet; a
 * repository that credits no other source for its code;
 * a main file (not scratch or tutorial folders, helper modules, dashboards or
 * UI pages, nor a test-named script outside a test suite); a line that does
 * something rather than an import; the highest credit; the question's
 * first signal; then a file holding more of the signal's evidence. It never quotes a line that only reads
 * one attribute of an estimator fitted in passing (`KMeans(k).fit(X).cluster_centers_`
 * initialises something else: it is not the model chosen for the problem),
 * nor the import beside it, nor an import in a package's `__init__.py` (a re-export),
 * and a question restricted to pre-trained weights (`applies.loads_weights`)
 * quotes only lines that load them, or only lines that do not.
 * `solidOnly` leaves out evidence in repositories that credit another source.
 */
export function bestEvidence(q: Question, facts: CandidateFacts, quoted: ReadonlySet<string>, solidOnly = false): EvidenceRef | undefined {
  const signals = q.applies.evidence ?? [];
  const wantsWeights = q.applies.loads_weights;
  const sameFile = (x: EvidenceRef, e: EvidenceRef) => x.signal === e.signal && x.repo === e.repo && fileOf(x.location) === fileOf(e.location);
  // An import says no more than the file's other lines of the signal: none when they only fit something in passing.
  // A package's `__init__.py` import re-exports the thing defined elsewhere: never the thing itself.
  const incidental = (e: EvidenceRef) =>
    fittedInPassing(e) || (isImport(e) && (REEXPORT.test(fileOf(e.location)) || facts.evidence.some((x) => sameFile(x, e) && fittedInPassing(x))));
  const pool = facts.evidence.filter(
    (e) => signals.includes(e.signal) && !(solidOnly && e.credited) && !incidental(e) && (wantsWeights === undefined || loadsWeights(e) === wantsWeights),
  );
  const inFile = (e: EvidenceRef) => pool.filter((x) => sameFile(x, e) && !isImport(x)).length;
  return pool
    .map((e, i) => ({ e, i, key: [Number(quoted.has(e.location)), Number(e.credited === true), Number(peripheral(e)), Number(isImport(e)), -e.credit, signals.indexOf(e.signal), -inFile(e)] }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i)[0]?.e;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The file of a location: `path:line` and `path#cell=N:line` give `path`. */
export function fileOf(location: string): string {
  return /^(.*?)(?:#cell=\d+)?(?::\d+)?$/.exec(location)?.[1] ?? location;
}

/** Folders of scratch work, drafts, old copies, examples and tutorials (as in signals/run.ts), and test-bench folders. */
const SIDE_DIR = /(?:^|\/)(?:scratch\w*|sandbox|playground|tmp|temp|drafts?|old|archived?|backups?|deprecated|legacy|unused|attic|trash|tutorials?|courses?|exercises?|homework|practice|examples?|samples?|tests?|testing\w*|test_?stuff)\//i;
/** Helper modules: code that serves the main code, not the thing built. */
const HELPER_FILE = /(?:^|\/)(?:utils?|utilities|helpers?|misc|common)(?:\.py|\.ipynb|\/)/i;
/** Dashboards and UI pages: what a project shows, not how it computes it. */
const UI_FILE = /(?:^|\/)(?:dashboards?|frontend|ui|pages|streamlit\w*|gradio\w*)(?:\/|\.py)|(?:^|\/)\w*(?:dashboard|streamlit|gradio)\w*\.(?:py|ipynb)$/i;
/** A test suite: a tests folder, a conftest, or a test module at the repository's top level. */
const TEST_SUITE = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/)conftest\.py$|^(?:test_\w+|\w+_test)\.py$/i;

/** A weaker place to quote: a side folder, a helper module, a dashboard or UI page, or a test-named script outside a test suite. */
export function peripheral(e: EvidenceRef): boolean {
  const path = fileOf(e.location);
  if (SIDE_DIR.test(path) && !(e.signal === 'tests' && TEST_SUITE.test(path))) return true;
  if (HELPER_FILE.test(path) || UI_FILE.test(path)) return true;
  return e.signal === 'tests' && !TEST_SUITE.test(path);
}

/** A package's `__init__.py`: its imports re-export names defined in other modules. */
const REEXPORT = /(?:^|\/)__init__\.py$/;

function isImport(e: EvidenceRef): boolean {
  return /^\s*(?:from\s+\S+\s+import|import)\s/.test(e.snippet || e.match || '');
}

/** An estimator built, fitted and read for one fitted attribute in one expression: a step inside other code. */
export function fittedInPassing(e: EvidenceRef): boolean {
  return /\)\s*\.fit\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\.\w+_\b(?!\s*\()/.test(e.snippet ?? '');
}

/**
 * The cited line loads pre-trained or saved weights: `from_pretrained`, a
 * `pipeline(...)` or Keras application (pre-trained by default), `weights=`
 * other than None, `pretrained=True`, a hub model, a sentence-transformers
 * model, a state dict, checkpoint or saved model.
 */
export function loadsWeights(e: EvidenceRef): boolean {
  const text = `${e.match ?? ''} ${e.snippet ?? ''}`;
  if (/\bweights\s*=\s*None\b|\bpretrained\s*=\s*False\b/.test(text)) return false;
  return (
    /\bfrom_pretrained\b|[(,]\s*pretrained\s*=\s*(?:True|['"])|[(,]\s*weights\s*=\s*['"\w]/.test(text) ||
    /\b(?:tensorflow_hub|hub)\.(?:load|KerasLayer|Module)\b|\btorch\.hub\.load\b/.test(text) ||
    /\bSentenceTransformer\(|\bsentence_transformers\.SentenceTransformer\b|\bCrossEncoder\(/.test(text) ||
    /\bload_state_dict\(|\.load_weights\(|\btorch\.load\(|\bload_model\(|\bload_checkpoint\(|\.load_from_checkpoint\(/.test(text) ||
    /\btransformers\.pipeline\b|\bkeras\.applications\.\w+/.test(text) ||
    /\b(?:clip|whisper)\.load(?:_model)?\(|\bYOLO\(\s*['"][^'"]+\.pt['"]|\bload_word2vec_format\(|\bgensim\.downloader\b/.test(text)
  );
}

export interface Fill {
  tool?: string;
  /** The CV's words for the claimed tool, when they differ from its name. */
  cvText?: string;
  evidence?: EvidenceRef;
}

/**
 * What the cited line was found doing, by its signal: a question shared by several signals says only that
 * (real-people review: a push of result files to a dataset hub was asked about as code that "loads, transforms or
 * validates data").
 */
const DOES: Partial<Record<SignalId, string>> = {
  data_engineering: 'transforms data',
  data_validation: 'validates data',
  pipeline_orchestration: 'runs a step of a data or ML pipeline',
  data_versioning: 'versions data',
};

/** Replaces {tool}, {kind}, {repo}, {path}, {line}, {location}, {does}; `{path}:{line}` becomes the whole location. */
export function fillText(text: string, fill: Fill): string {
  const e = fill.evidence;
  const m = e ? /^(.*?)(?:#cell=\d+)?(?::(\d+))?$/.exec(e.location) : null;
  return text
    .replaceAll('{does}', (e && DOES[e.signal]) ?? 'handles data')
    .replaceAll('{path}:{line}', e?.location ?? '')
    .replaceAll('{tool}', fill.tool ? claimedName(fill.tool, fill.cvText) : '')
    .replaceAll('{kind}', fill.tool ? toolKind(fill.tool) : 'tool')
    .replaceAll('{repo}', e?.repo ?? '')
    .replaceAll('{location}', e?.location ?? '')
    .replaceAll('{path}', m?.[1] ?? '')
    .replaceAll('{line}', m?.[2] ?? '');
}

/** The question's texts with placeholders filled. */
export function fillQuestion(q: Question, fill: Fill): Pick<Question, 'prompt' | 'follow_ups' | 'listen_for' | 'red_flag_answers' | 'rubric'> {
  const out = { prompt: q.prompt, follow_ups: [...q.follow_ups], listen_for: [...q.listen_for], red_flag_answers: [...q.red_flag_answers], rubric: { ...q.rubric } };
  for (const [path, text] of textFields(q)) {
    const filled = fillText(text, fill);
    if (path[0] === 'prompt') out.prompt = filled;
    else if (path[0] === 'rubric') out.rubric[path[1] as '1'] = filled;
    else out[path[0] as 'follow_ups'][path[1] as number] = filled;
  }
  return out;
}
