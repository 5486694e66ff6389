// What a kit reads from an assessment: unbacked claims, raised red flags, and
// the candidate's best evidence per signal; and how a question's placeholders
// are filled from them.
import type { CompetencyId, RedFlagId } from '../assess/types.js';
import type { AssessmentInput } from '../model/assessment.js';
import { loadCompetencyData } from '../assess/weights.js';
import { getTool, hasTool } from '../catalog/index.js';
import { resolveSkill } from '../cv/lexicon.js';
import type { SignalId } from '../signals/ids.js';
import type { Question } from './bank-schema.js';
import { textFields } from './bank-schema.js';

export interface EvidenceRef {
  signal: SignalId;
  repo: string;
  /** `path:line`, `path#cell=N:line` or `path`. */
  location: string;
  credit: number;
}

/** A claim public code does not show: where on the CV it is made (a dated role, a project, a bare list). */
export interface UnbackedClaim {
  tool: string;
  context?: string;
}

export interface CandidateFacts {
  /** Claimed tools with no evidence (rung `none`), in the CV's order. */
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
        if (!seen.has(key)) evidence.push({ signal: x.signal, ...ref, credit: x.credit });
        seen.add(key);
      }
    }
  }
  const unbacked: UnbackedClaim[] = [];
  for (const c of a.claims ?? []) {
    if (c.rung === 'none' && !unbacked.some((u) => u.tool === c.skill)) unbacked.push({ tool: c.skill, ...(c.context ? { context: c.context } : {}) });
  }
  const doubtful = uncertainHistories(a.notes);
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

/** Competencies a catalogue tool's signals feed (empty for tools outside the catalogue). */
export function toolCompetencies(tool: string): CompetencyId[] {
  if (!hasTool(tool)) return [];
  const data = loadCompetencyData().competencies;
  const signals = getTool(tool).signals;
  return (Object.keys(data) as CompetencyId[]).filter((c) => signals.some((s) => (data[c].signals[s] ?? 0) > 0));
}

/** How well a claim question matches a tool: 2 named explicitly, 1 through `'*'`, 0 not at all. */
export function claimMatch(q: Question, tool: string): number {
  const list = q.applies.claim_none ?? [];
  if (list.includes(tool)) return 2;
  return list.includes('*') && toolCompetencies(tool).includes(q.competency) ? 1 : 0;
}

/** The candidate's best evidence for a deep-dive question, preferring locations not quoted yet. */
export function bestEvidence(q: Question, facts: CandidateFacts, quoted: ReadonlySet<string>): EvidenceRef | undefined {
  const signals = q.applies.evidence ?? [];
  const candidates = facts.evidence
    .filter((e) => signals.includes(e.signal))
    .sort((a, b) => Number(quoted.has(a.location)) - Number(quoted.has(b.location)) || b.credit - a.credit || signals.indexOf(a.signal) - signals.indexOf(b.signal));
  return candidates[0];
}

export function toolName(tool: string): string {
  return hasTool(tool) ? getTool(tool).name : (resolveSkill(tool)?.name ?? tool);
}

/** What kind of tool a claim names, from the lexicon ("web framework", "experiment tracker"), never a default "MLOps tool". */
export function toolKind(tool: string): string {
  return resolveSkill(tool)?.kind ?? 'tool';
}

export interface Fill {
  tool?: string;
  evidence?: EvidenceRef;
}

/** Replaces {tool}, {kind}, {repo}, {path}, {line}, {location}; `{path}:{line}` becomes the whole location. */
export function fillText(text: string, fill: Fill): string {
  const e = fill.evidence;
  const m = e ? /^(.*?)(?:#cell=\d+)?(?::(\d+))?$/.exec(e.location) : null;
  return text
    .replaceAll('{path}:{line}', e?.location ?? '')
    .replaceAll('{tool}', fill.tool ? toolName(fill.tool) : '')
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
