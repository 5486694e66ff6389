// The CV stage's result: the claims a CV makes (docs/cv.md). Never its text:
// the document itself (lines, hidden text) stays inside src/cv.
import { z } from 'zod';

export const CV_FORMATS = ['pdf', 'docx', 'text', 'markdown'] as const;
export const CvFormat = z.enum(CV_FORMATS);
export type CvFormat = z.infer<typeof CvFormat>;

/** Canonical section types (../shared/cv-samples/README.md vocabulary). */
export const SECTION_KINDS = [
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
  'awards',
  'publications',
  'activities',
  'volunteer',
  'languages',
  'interests',
  'references',
  'coursework',
  'links',
  'research',
  'patents',
  'talks',
  'other',
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

export const SKILL_CATEGORIES = ['ml', 'deep-learning', 'data', 'mlops', 'llm', 'engineering', 'cloud', 'language', 'web', 'other'] as const;
/** Competency area a skill counts towards. */
export const SkillCategory = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof SkillCategory>;

export const LINK_KINDS = [
  'github',
  'gitlab',
  'linkedin',
  'huggingface',
  'kaggle',
  'twitter',
  'orcid',
  'scholar',
  'stackoverflow',
  'youtube',
  'medium',
  'mastodon',
  'website',
  'other',
] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

export const CvLink = z.object({
  url: z.string(),
  kind: LinkKind,
  /** `annotation` when the URL was only in the PDF link, not in the text. */
  from: z.enum(['text', 'annotation']),
});
export type CvLink = z.infer<typeof CvLink>;

export const CvSection = z.object({
  kind: SectionKind,
  /** The heading as printed ('' for an unheaded opening paragraph). */
  heading: z.string(),
  /** Line index of the heading, and one past the section's last line. */
  start: z.number().int(),
  end: z.number().int(),
});
export type CvSection = z.infer<typeof CvSection>;

/** A dated role from the experience section. */
export const CvRole = z.object({
  title: z.string().optional(),
  employer: z.string().optional(),
  /** `YYYY-MM` (month 01 when only a year is given). */
  start: z.string(),
  /** `YYYY-MM`, or `present`. */
  end: z.string(),
  months: z.number(),
  line: z.number().int(),
  /** The end date names a year only ("2018 – 2021"): the role may run to that December. */
  endYearOnly: z.boolean().optional(),
  /** Dated by one season, month or year ("Spring 2021: Research Intern"): start = end, and months is an estimate (a season 3, else 1). */
  singleDate: z.enum(['season', 'month', 'year']).optional(),
});
export type CvRole = z.infer<typeof CvRole>;

/**
 * A dated project, never a role: an entry labelled "Project: …" in the
 * experience section (a consultant's client project), or a dated entry of a
 * projects section. No employer or title is read for it.
 */
export const CvProject = z.object({
  name: z.string().optional(),
  start: z.string(),
  end: z.string(),
  months: z.number(),
  line: z.number().int(),
  endYearOnly: z.boolean().optional(),
  /** Printed among the roles (the experience section): work time, counted when checking a stated total. */
  inExperience: z.boolean().optional(),
});
export type CvProject = z.infer<typeof CvProject>;

/**
 * Where a claim is made, strongest first: `role` inside the experience (or
 * research) section, a professional claim public code cannot verify;
 * `project` in projects, activities or volunteering; `prose` in a sentence of
 * the summary or another section; `list` only in a bare skills list.
 */
export const CLAIM_CONTEXTS = ['role', 'project', 'prose', 'list'] as const;
export const ClaimContext = z.enum(CLAIM_CONTEXTS);
export type ClaimContext = z.infer<typeof ClaimContext>;

export const SkillClaim = z.object({
  /** Canonical id; equals the catalogue tool id when the analyser knows the tool. */
  id: z.string(),
  name: z.string(),
  category: SkillCategory,
  /** True when the id is a catalogue tool, so repository evidence can name it. */
  tool: z.boolean(),
  /** Section kinds the skill is named in (`header` for the top of the CV). */
  where: z.array(z.string()),
  mentions: z.number().int(),
  /** First line naming it. */
  line: z.number().int(),
  /** Years stated for this skill ("5 years of Python"). */
  years: z.number().optional(),
  /** The strongest context the skill is named in (absent in results cached before it existed). */
  context: ClaimContext.optional(),
  /**
   * The CV's own words for the skill where they differ from its product name ("Datadog APM", "statsmodel"):
   * the first such mention. Absent when the CV writes the name as the product does.
   */
  cvText: z.string().optional(),
  /** How recent the latest dated role naming it is: 0 for the most recent role(s), 1 the next, ...; absent when no dated role names it. */
  roleRank: z.number().int().optional(),
  /** Dated roles whose text names it. */
  roles: z.number().int().optional(),
  /** Places naming it: each dated role, and each other section (summary, skills, projects, ...). */
  places: z.number().int().optional(),
  /** Named in the summary or the headline at the top of the CV. */
  summary: z.boolean().optional(),
  /** 1 for the claim the CV leans on most (src/cv/prominence.ts), 2 the next, ... (absent in results cached before it existed). */
  prominence: z.number().int().optional(),
});
export type SkillClaim = z.infer<typeof SkillClaim>;

/** A method the CV claims to have carried out without naming a tool ("built ETL pipelines"; src/cv/methods.ts). */
export const MethodClaim = z.object({
  /** Fixed method id (never a catalogue tool id). */
  id: z.string(),
  name: z.string(),
  /** The area it speaks to, read as a non-tool skill's category (src/assess/coverage.ts). */
  category: SkillCategory,
  context: ClaimContext,
  /** First line claiming it. */
  line: z.number().int(),
});
export type MethodClaim = z.infer<typeof MethodClaim>;

export const CV_RED_FLAG_KINDS = ['hidden-text', 'years-mismatch', 'placeholder'] as const;
export const CvRedFlagKind = z.enum(CV_RED_FLAG_KINDS);
export type CvRedFlagKind = z.infer<typeof CvRedFlagKind>;

export const CvRedFlag = z.object({
  kind: CvRedFlagKind,
  message: z.string(),
  /** The hidden words, for `hidden-text`. */
  words: z.array(z.string()).optional(),
});
export type CvRedFlag = z.infer<typeof CvRedFlag>;

/** Kinds of work a dated role's text describes, in a fixed order: ids only, never the text. */
export const CV_PRACTICES = ['monitoring', 'deployment', 'testing', 'pipelines', 'ml'] as const;
export const CvPractice = z.enum(CV_PRACTICES);
export type CvPractice = z.infer<typeof CvPractice>;

export const CvClaims = z.object({
  name: z.string().optional(),
  /** Set instead of `name` when the name slot holds template text ("YOUR NAME HERE"). */
  placeholderName: z.string().optional(),
  emails: z.array(z.string()),
  phone: z.string().optional(),
  links: z.array(CvLink),
  sections: z.array(CvSection),
  roles: z.array(CvRole),
  /** Dated projects (absent when there are none, and in results cached before they were read). */
  projects: z.array(CvProject).optional(),
  skills: z.array(SkillClaim),
  /** Total years of experience as stated in the text. */
  statedYears: z.number().optional(),
  skillYears: z.record(z.string(), z.number()),
  /** Years covered by the dated roles (overlaps merged). */
  computedYears: z.number().optional(),
  /** GitHub/GitLab profile and repository URLs, suggested sources for `scan`. */
  suggestedSources: z.array(z.string()),
  redFlags: z.array(CvRedFlag),
  /** Dated roles whose own text names at least one skill. */
  rolesNamingTools: z.number().int().optional(),
  /** Kinds of work the dated roles' text describes. */
  practices: z.array(CvPractice).optional(),
  /** Methods claimed as work done without a tool name (absent when none, and in results cached before they were read). */
  methods: z.array(MethodClaim).optional(),
});
export type CvClaims = z.infer<typeof CvClaims>;

/** What `parseCv` returns: the document summary and its claims. */
export const CvResult = z.object({
  file: z.string(),
  format: CvFormat,
  pageCount: z.number().int(),
  pagesRead: z.number().int(),
  hasText: z.boolean(),
  notes: z.array(z.string()),
  claims: CvClaims,
});
export type CvResult = z.infer<typeof CvResult>;
