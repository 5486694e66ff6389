// The CV stage's types: a document read into lines (CvDocument), and the
// claims extracted from it (CvClaims). Plain serialisable data, no classes.

export const CV_FORMATS = ['pdf', 'docx', 'text', 'markdown'] as const;
export type CvFormat = (typeof CV_FORMATS)[number];

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
export type SectionKind = (typeof SECTION_KINDS)[number];

/** One visual line of the document, in reading order. */
export interface CvLine {
  text: string;
  /** Pieces of the line separated by wide gaps (tab stops, right-aligned dates, header columns). */
  segments: string[];
  /** 1-based page (1 for formats without pages). */
  page: number;
  /** Font size in points (PDF). */
  size?: number;
  bold?: boolean;
  /** Font and size of the line's text, to recognise lines styled like a known heading (PDF). */
  style?: string;
  /** The source marks the line as a heading (a Markdown `#`, a Word heading style). */
  heading?: boolean;
}

/** A link annotation (PDF) or inline link (Markdown) and the text it covers. */
export interface CvAnchor {
  url: string;
  /** Visible text under the link, cleaned; may be only an icon or a handle. */
  text: string;
  /** Index of the line the link sits on, or -1 when no line is under it. */
  line: number;
}

export const HIDDEN_REASONS = [
  'same-colour-as-background',
  'tiny-font',
  'off-page',
  'invisible-render-mode',
  'transparent',
  'docx-vanish',
  'docx-white-font',
  'docx-tiny-font',
  'covered',
  'clipped',
] as const;
/** Why a human reader cannot see a piece of text. */
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export interface HiddenText {
  text: string;
  reason: HiddenReason;
  page?: number;
}

/** A CV file read into text lines; the input of claim extraction. */
export interface CvDocument {
  format: CvFormat;
  /** Pages in the file (1 for DOCX and text). */
  pageCount: number;
  /** Pages actually read (a page cap bounds huge files). */
  pagesRead: number;
  lines: CvLine[];
  anchors: CvAnchor[];
  /** Text a reader cannot see; excluded from `lines`. */
  hidden: HiddenText[];
  /** False when a PDF has no text layer (a scanned image): nothing can be extracted. */
  hasText: boolean;
  /** Fixed-wording remarks on reading the file (never CV text). */
  notes: string[];
  /** When the file was last saved (`YYYY-MM`, from its metadata): what "Present" meant to its author. */
  written?: string;
}

export const SKILL_CATEGORIES = [
  'ml',
  'deep-learning',
  'data',
  'mlops',
  'llm',
  'engineering',
  'cloud',
  'language',
  'web',
  'other',
] as const;
/** Competency area a skill counts towards. */
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

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
export type LinkKind = (typeof LINK_KINDS)[number];

export interface CvLink {
  url: string;
  kind: LinkKind;
  /** `annotation` when the URL was only in the PDF link, not in the text. */
  from: 'text' | 'annotation';
}

export interface CvSection {
  kind: SectionKind;
  /** The heading as printed ('' for an unheaded opening paragraph). */
  heading: string;
  /** Line index of the heading, and one past the section's last line. */
  start: number;
  end: number;
}

/** A dated role from the experience section. */
export interface CvRole {
  title?: string;
  employer?: string;
  /** `YYYY-MM` (month 01 when only a year is given). */
  start: string;
  /** `YYYY-MM`, or `present`. */
  end: string;
  months: number;
  line: number;
  /** The end date names a year only ("2018 – 2021"): the role may run to that December. */
  endYearOnly?: boolean;
}

/**
 * Where a claim is made, strongest first: `role` inside the experience (or
 * research) section, a professional claim public code cannot verify;
 * `project` in projects, activities or volunteering; `prose` in a sentence of
 * the summary or another section; `list` only in a bare skills list.
 */
export const CLAIM_CONTEXTS = ['role', 'project', 'prose', 'list'] as const;
export type ClaimContext = (typeof CLAIM_CONTEXTS)[number];

export interface SkillClaim {
  /** Canonical id; equals the catalogue tool id when the analyser knows the tool. */
  id: string;
  name: string;
  category: SkillCategory;
  /** True when the id is a catalogue tool, so repository evidence can name it. */
  tool: boolean;
  /** Section kinds the skill is named in (`header` for the top of the CV). */
  where: string[];
  mentions: number;
  /** First line naming it. */
  line: number;
  /** Years stated for this skill ("5 years of Python"). */
  years?: number;
  /** The strongest context the skill is named in (absent in results cached before it existed). */
  context?: ClaimContext;
}

export const RED_FLAG_KINDS = ['hidden-text', 'years-mismatch', 'placeholder'] as const;
export type CvRedFlagKind = (typeof RED_FLAG_KINDS)[number];

export interface CvRedFlag {
  kind: CvRedFlagKind;
  message: string;
  /** The hidden words, for `hidden-text`. */
  words?: string[];
}

/** Kinds of work a dated role's text describes, in a fixed order (role-text.ts): ids only, never the text. */
export const CV_PRACTICES = ['monitoring', 'deployment', 'testing', 'pipelines', 'ml'] as const;
export type CvPractice = (typeof CV_PRACTICES)[number];

export interface CvClaims {
  name?: string;
  /** Set instead of `name` when the name slot holds template text ("YOUR NAME HERE"). */
  placeholderName?: string;
  emails: string[];
  phone?: string;
  links: CvLink[];
  sections: CvSection[];
  roles: CvRole[];
  skills: SkillClaim[];
  /** Total years of experience as stated in the text. */
  statedYears?: number;
  skillYears: Record<string, number>;
  /** Years covered by the dated roles (overlaps merged). */
  computedYears?: number;
  /** GitHub/GitLab profile and repository URLs, suggested sources for `scan`. */
  suggestedSources: string[];
  redFlags: CvRedFlag[];
  /** Dated roles whose own text names at least one skill. */
  rolesNamingTools?: number;
  /** Kinds of work the dated roles' text describes. */
  practices?: CvPractice[];
}

/** What `parseCv` returns: the document summary and its claims. */
export interface CvResult {
  file: string;
  format: CvFormat;
  pageCount: number;
  pagesRead: number;
  hasText: boolean;
  notes: string[];
  claims: CvClaims;
}
