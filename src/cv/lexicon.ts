// The skills lexicon: the analyser's catalogue tools (src/catalog) under
// their catalogue ids, plus data/skills.yaml (CV spellings, categories,
// contexts, and skills that are not catalogue tools), so that a CV claim and
// a piece of repository evidence name the same thing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { TOOLS, type ToolSpec } from '../catalog/index.js';
import { kindOf } from './kinds.js';
import { SKILL_CATEGORIES, type SkillCategory } from './types.js';

/** One spelling of a skill and where it may count. */
export interface SkillForm {
  text: string;
  /** Folded key: lower case, hyphens/underscores/spaces as one space. */
  key: string;
  /** Counts only in a skills section or in a list beside other skills. */
  weak: boolean;
  /** Must match as written or in capitals. */
  cased: boolean;
  /** Counts only in a skills section. */
  skillsOnly: boolean;
}

export interface SkillEntry {
  id: string;
  name: string;
  category: SkillCategory;
  /** What kind of tool it is, in words ("web framework", "experiment tracker"; kinds.ts). */
  kind: string;
  /** True when the id is a catalogue tool. */
  tool: boolean;
  forms: SkillForm[];
}

const Entry = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  category: z.enum(SKILL_CATEGORIES).optional(),
  kind: z.string().min(1).optional(),
  aliases: z.array(z.string()).default([]),
  context: z.enum(['any', 'list', 'skills']).default('any'),
  cased: z.boolean().default(false),
  drop: z.array(z.string()).default([]),
});
type Entry = z.infer<typeof Entry>;

const LexiconFile = z.object({
  exclude: z.array(z.string()).default([]),
  ignore: z.array(z.string()).default([]),
  skills: z.array(Entry),
});

export interface Lexicon {
  entries: SkillEntry[];
  /** Phrases that contain a skill name but are not skills ("The Linux Foundation"). */
  ignore: string[];
  /** Catalogue ids left out: detector groupings, not tools a CV names. */
  excluded: string[];
}

/** Competency area of a catalogue tool without a lexicon category, from its signals. */
const SIGNAL_CATEGORY: Record<string, SkillCategory> = {
  tests: 'engineering',
  lint_typecheck: 'engineering',
  ci: 'engineering',
  containerized: 'cloud',
  infra_as_code: 'cloud',
  serving_api: 'mlops',
  demo_ui: 'web',
  experiment_tracking: 'mlops',
  model_registry: 'mlops',
  data_versioning: 'mlops',
  pipeline_orchestration: 'mlops',
  drift_monitoring: 'mlops',
  observability: 'mlops',
  data_validation: 'data',
  data_engineering: 'data',
  classical_ml: 'ml',
  hyperparameter_tuning: 'ml',
  model_evaluation: 'ml',
  deep_learning: 'deep-learning',
  hf_transformers: 'deep-learning',
  llm_integration: 'llm',
  rag: 'llm',
  llm_evals: 'llm',
  guardrails: 'llm',
  agents_tool_use: 'llm',
  prompt_management: 'llm',
};

/** Folds a spelling for comparison: NFKC, lower case, `-`/`_`/spaces as one space. */
export function skillKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
}

function toForm(raw: string, entry: Pick<Entry, 'context' | 'cased'>): SkillForm {
  const marks = /^[~^]*/.exec(raw)?.[0] ?? '';
  const text = raw.slice(marks.length);
  const key = skillKey(text);
  // One- and two-letter names (R, C, Go, JS) are ordinary letters or words too.
  const short = /^[a-z0-9]{1,2}$/.test(key);
  return {
    text,
    key,
    weak: marks.includes('~') || entry.context !== 'any' || short,
    cased: marks.includes('^') || entry.cased || short,
    skillsOnly: entry.context === 'skills',
  };
}

function buildEntry(entry: Entry | undefined, tool: ToolSpec | undefined): SkillEntry {
  const id = entry?.id ?? tool!.id;
  const name = entry?.name ?? tool?.name ?? id;
  const category = entry?.category ?? tool?.signals.map((s) => SIGNAL_CATEGORY[s]).find(Boolean) ?? 'other';
  const settings = { context: entry?.context ?? 'any', cased: entry?.cased ?? false };
  const dropped = new Set((entry?.drop ?? []).map(skillKey));
  const catalogue = [tool?.name, ...(tool?.aliases ?? [])].filter((t): t is string => !!t && !dropped.has(skillKey(t)));
  // A catalogue name of four or more words describes a grouping ("LangChain tools and agents"), not a spelling.
  const spellings = [name, ...catalogue.filter((t) => t.split(/\s+/).length < 4), ...(entry?.aliases ?? [])];
  const forms = new Map<string, SkillForm>();
  for (const raw of spellings) {
    const form = toForm(raw, settings);
    // Explicit lexicon markings override a plain spelling of the same key.
    if (form.key && (!forms.has(form.key) || /^[~^]/.test(raw))) forms.set(form.key, form);
  }
  const kind = kindOf(category, tool?.signals ?? [], entry?.kind);
  return { id, name, category, kind, tool: tool !== undefined, forms: [...forms.values()] };
}

function lexiconPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'skills.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('skills lexicon data/skills.yaml not found');
}

/** Builds the lexicon from lexicon data and the catalogue tools. */
export function buildLexicon(yamlText: string, tools: readonly ToolSpec[] = TOOLS): Lexicon {
  const file = LexiconFile.parse(parse(yamlText));
  const byId = new Map(file.skills.map((e) => [e.id, e]));
  const excluded = new Set(file.exclude);
  const entries: SkillEntry[] = [];
  for (const tool of tools) if (!excluded.has(tool.id)) entries.push(buildEntry(byId.get(tool.id), tool));
  const toolIds = new Set(tools.map((t) => t.id));
  for (const entry of file.skills) if (!toolIds.has(entry.id) && !excluded.has(entry.id)) entries.push(buildEntry(entry, undefined));
  return { entries, ignore: file.ignore, excluded: file.exclude };
}

let cached: Lexicon | undefined;

/** The lexicon, built once from data/skills.yaml and the catalogue. */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon(readFileSync(lexiconPath(), 'utf8'));
  return cached;
}

let index: Map<string, SkillEntry> | undefined;

/** The skill a name or alias denotes, ignoring context rules (`sklearn` → scikit-learn). */
export function resolveSkill(name: string): SkillEntry | undefined {
  if (!index) {
    index = new Map();
    for (const entry of getLexicon().entries) {
      index.set(skillKey(entry.id), entry);
      for (const form of entry.forms) if (!index.has(form.key)) index.set(form.key, entry);
    }
  }
  return index.get(skillKey(name));
}
