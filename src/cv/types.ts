// The CV stage's types: a document read into lines (CvDocument), and the
// claims extracted from it (CvClaims, defined with its zod schema in
// src/model). Plain serialisable data, no classes.
import type { CvFormat } from '../model/cv.js';

export {
  CLAIM_CONTEXTS,
  ClaimContext,
  CV_FORMATS,
  CV_PRACTICES,
  CV_RED_FLAG_KINDS as RED_FLAG_KINDS,
  CvClaims,
  CvFormat,
  CvLink,
  CvPractice,
  CvProject,
  CvRedFlag,
  CvRedFlagKind,
  CvResult,
  CvRole,
  CvSection,
  LINK_KINDS,
  LinkKind,
  SECTION_KINDS,
  SectionKind,
  SKILL_CATEGORIES,
  SkillCategory,
  SkillClaim,
} from '../model/cv.js';

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
  'markup-comment',
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
  /** The person's name the file states outside its text (a Markdown page's front matter: `author`, "CV of X"); used when the text shows none. */
  statedName?: string;
}
