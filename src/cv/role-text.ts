// What the dated roles' own text says beyond a list of tools: how many roles
// name the tools they used, and which kinds of work their bullets describe
// (monitoring, deployment, testing, pipelines, ML) even when they name no tool
// ("owned monitoring and alerting for the ranking models"). Only counts and
// fixed ids leave this module, never CV text (docs/cv.md, "Role text").
import { findSkills } from './skills.js';
import type { CvLine, CvPractice, CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/** Sections whose lines are a dated role's text. */
const ROLE_SECTIONS = new Set<Where>(['experience', 'research']);

/** Phrases that describe each kind of work. Each pattern is read on one line at a time. */
const PRACTICE_PATTERNS: Record<CvPractice, readonly RegExp[]> = {
  monitoring: [
    /\bmonitor(?:s|ed|ing)?\b/i,
    /\balert(?:s|ing)\b/i,
    /\b(?:data|model|concept|feature|prediction|covariate|schema)[- ]drift\b|\bdrift (?:detection|monitoring|alerts?)\b/i,
    /\bobservability\b/i,
    /\bon[- ]call\b/i,
    /\bSL[OI]s?\b/,
    /\bdashboards?\b[^.;]{0,60}\b(?:models?|latency|metrics?|accuracy|errors?|health|uptime|performance)\b/i,
    /\b(?:models?|latency|metrics?|accuracy|errors?|health|uptime|performance)\b[^.;]{0,40}\bdashboards?\b/i,
  ],
  deployment: [
    /\bdeploy(?:s|ed|ing|ments?)?\b/i,
    /\b(?:in|into|to) production\b/i,
    /\bproductioni[sz](?:e|ed|es|ing|ation)\b/i,
    /\bmodel serving\b|\bserv(?:e|ed|es|ing)\s+(?:\S+\s+){0,2}?models?\b/i,
    /\bcontaineri[sz](?:e|ed|es|ing|ation)\b/i,
    /\b(?:inference|prediction|scoring) (?:services?|APIs?|endpoints?)\b/i,
  ],
  testing: [
    /\b(?:unit|integration|end[- ]to[- ]end|e2e|regression|automated|load|contract|smoke|property[- ]based)[- ]test(?:s|ing)?\b/i,
    /\btest[- ](?:suites?|coverage|automation|cases|driven|harness(?:es)?)\b/i,
    /\bTDD\b/,
    /\b(?:wrote|write|writes|writing|added|adding)\s+(?:\S+\s+){0,2}?tests\b/i,
  ],
  pipelines: [
    /\b(?:data|ml|etl|elt|training|feature|batch|streaming|ingestion|inference|retraining)\s+pipelines?\b/i,
    /\bETL\b|\bELT\b/,
    /\borchestrat(?:e|ed|es|ing|ion)\b/i,
  ],
  ml: [
    /\bmachine[- ]learning\b/i,
    /\b(?:deep|reinforcement) learning\b/i,
    /\bneural net(?:work)?s?\b/i,
    /\b(?:trained|training|train|fine[- ]?tun(?:e|ed|es|ing)|built|developed)\b[^.;]{0,40}\b(?:models?|classifiers?|LLMs?)\b/i,
    /\b(?:LLMs?|large language models?)\b/i,
    /\b(?:computer vision|natural language processing|NLP)\b/,
    /\b(?:recommend(?:er|ation)|forecasting|classification|ranking|churn|fraud[- ]detection)\s+(?:models?|systems?|engines?)\b/i,
  ],
};

/** The kinds of work the dated roles' text describes, in a fixed order: ids only, never the text. */
export function findPractices(lines: CvLine[], where: Where[]): CvPractice[] {
  const found = new Set<CvPractice>();
  lines.forEach((line, i) => {
    if (!ROLE_SECTIONS.has(where[i])) return;
    for (const [practice, patterns] of Object.entries(PRACTICE_PATTERNS) as [CvPractice, readonly RegExp[]][]) {
      if (patterns.some((p) => p.test(line.text))) found.add(practice);
    }
  });
  return (Object.keys(PRACTICE_PATTERNS) as CvPractice[]).filter((p) => found.has(p));
}

/**
 * How many dated roles name at least one skill in their own text. A role's
 * text runs from its dated line to the next role's (or its section's end);
 * the first role of a section also has the lines above it (a title or a
 * "Tech stack:" line printed before the dates).
 */
export function rolesNamingTools(lines: CvLine[], where: Where[], roles: readonly CvRole[]): number {
  const starts = [...new Set(roles.map((r) => r.line))].sort((a, b) => a - b);
  let count = 0;
  starts.forEach((line, k) => {
    let from = line;
    // The role above in the same run of lines already has the lines between.
    const prev = starts[k - 1];
    const firstOfSection = prev === undefined || where.slice(prev, line + 1).some((w) => w !== where[line]);
    while (firstOfSection && from > 0 && where[from - 1] === where[line]) from--;
    let to = line + 1;
    while (to < lines.length && where[to] === where[line] && !starts.includes(to)) to++;
    if (findSkills(lines.slice(from, to), where.slice(from, to)).some((s) => s.context !== 'prose')) count++;
  });
  return count;
}
