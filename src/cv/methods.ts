// Methods a CV claims to have carried out without naming a tool ("built ETL
// pipelines for billing", "designed A/B tests", "fine-tuned LLMs for
// triage"): each maps to a skill category, hence to the competency it speaks
// to (src/assess/coverage.ts), so a role's competency claimed only in words
// is still an interview topic. A method counts only as a claim of doing: a
// verb of doing before it in its clause, or a role or project bullet that
// opens with it ("Feature engineering for fraud detection"); never after
// "interested in", "familiar with", "learning" and the like.
import { mentionContext, strongerContext } from './skills.js';
import type { MethodClaim } from '../model/cv.js';
import type { CvLine, SectionKind, SkillCategory } from './types.js';

type Where = SectionKind | 'header';

export interface MethodSpec {
  id: string;
  name: string;
  category: SkillCategory;
  /** The method's phrase; `verb` marks a pattern that includes its own verb of doing. */
  patterns: readonly RegExp[];
  verb?: boolean;
}


export const METHODS: readonly MethodSpec[] = [
  { id: 'etl-pipelines', name: 'ETL and data pipelines', category: 'data', patterns: [/\b(?:ETL|ELT)\b/, /\b(?:data|ingestion|batch|streaming)[- ]pipelines?\b/i] },
  { id: 'ab-testing', name: 'A/B testing', category: 'ml', patterns: [/(?<![\p{L}\p{N}/])A\/B[- ]?test(?:s|ing)?\b/iu, /\bsplit[- ]tests?\b/i, /\b(?:online|controlled) experiments\b/i] },
  { id: 'feature-engineering', name: 'feature engineering', category: 'ml', patterns: [/\bfeature engineering\b/i, /\bengineered (?:\S+ ){0,2}?features\b/i] },
  { id: 'hyperparameter-tuning', name: 'hyperparameter tuning', category: 'ml', patterns: [/\bhyper[- ]?parameter (?:tuning|optimi[sz]ation|search(?:es)?)\b/i, /\btuned (?:\S+ ){0,2}?hyper[- ]?parameters\b/i] },
  { id: 'cross-validation', name: 'cross-validation', category: 'ml', patterns: [/\bcross[- ]validat(?:ion|ed)\b/i] },
  {
    id: 'model-deployment',
    name: 'deploying models to production',
    category: 'mlops',
    verb: true,
    patterns: [/\b(?:deploy(?:s|ed|ing)?|ship(?:s|ped|ping)?|serv(?:e|es|ed|ing)|productioni[sz](?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?(?:models?|classifiers?|LLMs?)\b/i, /\bmodel (?:serving|deployment)\b/i],
  },
  { id: 'drift-monitoring', name: 'model and data drift monitoring', category: 'mlops', patterns: [/\b(?:model|data|concept|feature|prediction)[- ]drift\b/i, /\bdrift (?:detection|monitoring)\b/i] },
  { id: 'llm-fine-tuning', name: 'fine-tuning LLMs', category: 'llm', verb: true, patterns: [/\bfine[- ]?tun(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:LLMs?|(?:large )?language models?)\b/i, /\bLLM fine[- ]?tuning\b/i] },
  { id: 'rag-systems', name: 'retrieval-augmented generation (RAG)', category: 'llm', patterns: [/\bRAG\b/, /\bretrieval[- ]augmented generation\b/i] },
  { id: 'prompt-engineering', name: 'prompt engineering', category: 'llm', patterns: [/\bprompt engineering\b/i] },
  { id: 'ci-cd', name: 'CI/CD pipelines', category: 'engineering', patterns: [/(?<![\p{L}\p{N}])CI\/CD\b/u, /\bcontinuous (?:integration|delivery|deployment)\b/i] },
  { id: 'automated-testing', name: 'automated testing', category: 'engineering', patterns: [/\b(?:unit|integration|end[- ]to[- ]end|regression)[- ]tests?\b/i, /\btest[- ]driven development\b/i] },
];

/** A method's name in words ("A/B testing"), for a reason that lists claims; undefined for any other id. */
export function methodName(id: string): string | undefined {
  return METHODS.find((m) => m.id === id)?.name;
}

/** Verbs (and set phrases) of doing: "built", "designed", "responsible for", "experience in". */
const DOING =
  /\b(?:buil[dt]s?|building|design(?:s|ed|ing)?|develop(?:s|ed|ing)?|implement(?:s|ed|ing)?|deploy(?:s|ed|ing)?|ran|runs?|running|led|leads?|leading|own(?:s|ed|ing)?|creat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|ship(?:s|ped|ping)?|automat(?:e|es|ed|ing)|monitor(?:s|ed|ing)?|fine[- ]?tun(?:e|es|ed|ing)|trained|wr(?:ote|ites?|iting)|written|engineered|architect(?:s|ed|ing)|deliver(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|set up|sets up|setting up|launch(?:es|ed|ing)?|scal(?:ed|ing)|optimi[sz](?:e|es|ed|ing)|conduct(?:s|ed|ing)?|perform(?:s|ed|ing)?|establish(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|us(?:e|es|ed|ing)|tun(?:e|es|ed|ing)|evaluat(?:e|es|ed|ing)|orchestrat(?:e|es|ed|ing)|productioni[sz](?:e|es|ed|ing)|added|responsible for|worked on|work on|experience(?:d)? (?:in|with)|expertise in|speciali[sz](?:e|es|ed|ing) in|proficient in|skilled in)\b/i;

/** Words that make what follows an interest or a topic, not work done. */
const HEDGE =
  /\b(?:interest(?:s|ed)?|familiar(?:ity)?|exposure|knowledge|understanding|learn(?:s|ed|t|ing)?|keen|passionate|aspir\w*|would like|wants?|wanted|hop(?:e|es|ing)|eager|curious|studied|study(?:ing)?|courses?|coursework|introduction|basics?|seeking|looking|exploring|enthusias\w*)\b/i;

const ROLE_OR_PROJECT = new Set<Where>(['experience', 'research', 'projects', 'activities', 'volunteer']);
/** Where a method in running text is a claim; skills lists, education, publications ... are not. */
const METHOD_SECTIONS = new Set<Where>([...ROLE_OR_PROJECT, 'summary', 'other']);

const BULLET = /^\s*(?:[•\-–*·▪►⋄◦]\s*)?/;

/** The clauses of a line, as [start, end] offsets: split at sentence ends and semicolons. */
function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.;!?](?=\s|$)|\s[–—]\s/g)) {
    out.push([start, m.index!]);
    start = m.index! + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/** True when the phrase at `at` in the clause is a claim of doing. */
function doneAt(text: string, [from]: [number, number], at: number, spec: MethodSpec, inRole: boolean): boolean {
  const before = text.slice(from, at);
  if (HEDGE.test(before)) return false;
  if (spec.verb || DOING.test(before)) return true;
  // A role's or project's bullet that opens with the method describes work done.
  return inRole && text.slice(from, at).replace(BULLET, '').trim() === '';
}

/** The methods the CV claims to have carried out, each once, with its strongest context. */
export function findMethods(lines: CvLine[], where: Where[]): MethodClaim[] {
  const found = new Map<string, MethodClaim>();
  lines.forEach((line, i) => {
    if (!METHOD_SECTIONS.has(where[i])) return;
    const text = line.text;
    const parts = clauses(text);
    for (const spec of METHODS) {
      const claimed = spec.patterns.some((p) =>
        [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))].some((m) => {
          const clause = parts.find(([a, b]) => m.index! >= a && m.index! < b) ?? [0, text.length];
          return doneAt(text, clause, m.index!, spec, ROLE_OR_PROJECT.has(where[i]));
        }),
      );
      if (!claimed) continue;
      const context = mentionContext(where[i], false);
      const claim = found.get(spec.id);
      if (claim) claim.context = strongerContext(claim.context, context);
      else found.set(spec.id, { id: spec.id, name: spec.name, category: spec.category, context, line: i });
    }
  });
  return [...found.values()].sort((a, b) => a.line - b.line);
}
