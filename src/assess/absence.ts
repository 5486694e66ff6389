// Absence is not evidence of absence (docs/assessment.md, "Red flags"). A red
// flag drawn from what the public repositories lack (no tests, no deployment,
// no monitoring, notebooks only, web without ML, nothing recent) says nothing
// when those repositories cover little of the role, or when the CV claims that
// very work in a dated role, a project or a sentence, or its dated roles
// describe it without naming a tool ("owned monitoring and alerting for the
// ranking models"): public code cannot verify it either way. Such a flag
// becomes a neutral interview topic.
import { getTool, hasTool } from '../catalog/index.js';
import { CV_PRACTICES, type CvPractice } from '../cv/types.js';
import { methodName } from '../cv/methods.js';
import type { SignalId } from '../signals/ids.js';
import { LLM_APP_UNOBSERVED } from './red-flags.js';
import type { Coverage, CvEvidenceInput, InterviewTopic, RedFlag, RedFlagId } from './types.js';

interface AbsenceRule {
  /** The topic's heading. */
  title: string;
  /** What the repositories do not show. */
  missing: string;
  /** Signals whose tools, claimed in context on the CV, speak to the topic. */
  signals: readonly SignalId[];
  /** Skill categories that speak to it when the skill is not a catalogue tool. */
  categories: readonly string[];
  /** Kinds of work that, described in the CV's dated roles, speak to it with no tool named. */
  practices: readonly CvPractice[];
}

/** The flags drawn from absence, and what a claim must be about to turn each into a topic. */
export const ABSENCE_FLAGS: Partial<Record<RedFlagId, AbsenceRule>> = {
  notebook_only: { title: 'Work beyond notebooks', missing: 'code outside notebooks', signals: ['python_package', 'serving_api', 'pipeline_orchestration'], categories: [], practices: ['deployment', 'pipelines'] },
  no_deployment: { title: 'Deployment', missing: 'a serving API, a container or infrastructure as code', signals: ['serving_api', 'containerized', 'infra_as_code'], categories: ['cloud'], practices: ['deployment'] },
  no_tests: { title: 'Testing', missing: 'automated tests', signals: ['tests'], categories: [], practices: ['testing'] },
  no_monitoring: { title: 'Monitoring and drift', missing: 'drift monitoring or observability', signals: ['drift_monitoring', 'observability'], categories: [], practices: ['monitoring'] },
  web_without_ml: { title: 'ML work', missing: 'ML or LLM code in Python (other languages are not read)', signals: ['classical_ml', 'deep_learning', 'hf_transformers', 'llm_integration', 'custom_model_code'], categories: ['ml', 'deep-learning', 'llm'], practices: ['ml'] },
  // A skills list unbacked by the repositories: with little of the role in public code, their silence says nothing.
  keyword_cv: { title: 'Skills listed without context', missing: 'use of the listed tools', signals: [], categories: [], practices: [] },
  // Any work the dated roles describe is professional work, usually private.
  stale_portfolio: { title: 'Recent work', missing: 'recent commits', signals: [], categories: [], practices: CV_PRACTICES },
};

/** How a kind of work reads in a reason. */
const PRACTICE_WORDS: Record<CvPractice, string> = { monitoring: 'monitoring', deployment: 'deployment', testing: 'testing', pipelines: 'pipeline', ml: 'ML' };

function speaksTo(skill: string, category: string, rule: AbsenceRule): boolean {
  if (hasTool(skill) && getTool(skill).signals.some((s) => rule.signals.includes(s))) return true;
  return rule.categories.includes(category);
}

/** Claims in context (a role, a project, a sentence) that speak to the flag's subject, by product name. */
function claimsFor(id: RedFlagId, rule: AbsenceRule, cv: CvEvidenceInput | undefined): string[] {
  const areas = (cv?.areas ?? []).filter((a) => a.context !== 'list');
  // Recent work: any claim made inside a dated role is professional work, usually private.
  const relevant = id === 'stale_portfolio' ? areas.filter((a) => a.context === 'role') : areas.filter((a) => speaksTo(a.skill, a.category, rule));
  const names = new Map((cv?.claims ?? []).map((c) => [c.skill, c.name ?? c.skill]));
  // A claim public code already shows is no longer something "public code cannot verify".
  const shown = new Set((cv?.claims ?? []).filter((c) => c.rung !== 'none').map((c) => c.skill));
  return [...new Set(relevant.filter((a) => !shown.has(a.skill)).map((a) => names.get(a.skill) ?? methodName(a.skill) ?? a.skill))];
}

/**
 * Splits the flags found into red flags and interview topics: a flag drawn
 * from absence is a topic when coverage is low or the CV claims the work in
 * context; every other flag (drawn from evidence that exists) stays.
 */
export function splitAbsence(flags: readonly RedFlag[], coverage: Coverage, cv: CvEvidenceInput | undefined): { redFlags: RedFlag[]; unverified: InterviewTopic[] } {
  const redFlags: RedFlag[] = [];
  const unverified: InterviewTopic[] = [];
  for (const flag of flags) {
    const rule = ABSENCE_FLAGS[flag.id];
    const claims = rule ? claimsFor(flag.id, rule, cv) : [];
    const described = rule ? rule.practices.filter((p) => cv?.practices?.includes(p)) : [];
    // "No monitoring" with nothing deployed in public has no subject: it carries no evidence (red-flags.ts).
    const noSubject = flag.id === 'no_monitoring' && flag.evidence.length === 0;
    if (!rule || (!coverage.low && !noSubject && claims.length === 0 && described.length === 0)) {
      redFlags.push(flag);
      continue;
    }
    const why = coverage.low && flag.id === 'keyword_cv'
      ? `${flag.reason}, but those repositories speak to ${coverage.share}% of the role, so their silence says nothing either way`
      : coverage.low
      ? `the repositories screened speak to ${coverage.share}% of the role, so their lack of ${rule.missing} says nothing either way`
      : noSubject && claims.length === 0 && described.length === 0
        ? `${flag.reason}: ${flag.reason === LLM_APP_UNOBSERVED ? 'how they observe the LLM apps they run' : 'whether they monitor models they run'} is for the interview`
      : `${whatTheCvSays(claims, described)}, which public code cannot verify; the repositories screened do not show ${rule.missing}`;
    unverified.push({ id: flag.id, title: `${rule.title}: unverified`, reason: why, claims, probe: flag.probe });
  }
  return { redFlags, unverified };
}

/** "the CV claims Prometheus in context and its dated roles describe monitoring work". */
function whatTheCvSays(claims: readonly string[], described: readonly CvPractice[]): string {
  const parts = [
    ...(claims.length > 0 ? [`the CV claims ${claims.slice(0, 6).join(', ')} in context`] : []),
    ...(described.length > 0 ? [`${claims.length > 0 ? 'its' : "the CV's"} dated roles describe ${described.map((p) => PRACTICE_WORDS[p]).join(', ')} work`] : []),
  ];
  return parts.join(' and ');
}
