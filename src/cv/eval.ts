// Scores the CV parser against hand-made labels (../shared/cv-samples/labels.json
// format): per-field accuracy for name, email, links and sections, and skills
// precision/recall/F1 with label names mapped through the lexicon. Label names
// the lexicon does not know are listed and count as misses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../util/errors.js';
import { linkKey } from './contacts.js';
import { parseCvFile, type ParseCvOptions } from './index.js';
import { resolveSkill } from './lexicon.js';
import type { CvResult } from './types.js';

const Label = z.object({
  file: z.string(),
  name: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
  other_emails: z.array(z.string()).optional(),
  links: z.array(z.string()).default([]),
  sections: z.array(z.string()).default([]),
  skills: z.array(z.string()).default([]),
  years_experience: z.number().nullable().default(null),
});
export type CvLabel = z.infer<typeof Label>;

export interface FieldScore<T> {
  expected: T;
  got: T;
  ok: boolean;
}

export interface SkillScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  missing: string[];
  extra: string[];
  unknown: string[];
}

export interface FileScore {
  file: string;
  error?: string;
  name?: FieldScore<string | null>;
  email?: FieldScore<string | null>;
  links?: FieldScore<string[]>;
  sections?: FieldScore<string[]>;
  years?: FieldScore<number | null>;
  skills?: SkillScore;
}

export interface EvalReport {
  files: FileScore[];
  overall: { name: number; email: number; links: number; sections: number; years: number; skills: SkillScore };
  unknownLabels: string[];
}

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function fold(text: string | null | undefined): string | null {
  return text ? text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim() : null;
}

/** Skills: label names mapped to lexicon ids; unknown label names are misses. */
export function scoreSkills(labels: string[], predicted: string[]): SkillScore {
  const unknown = labels.filter((l) => !resolveSkill(l));
  const expected = new Set(labels.map((l) => resolveSkill(l)?.id).filter((id): id is string => !!id));
  const got = new Set(predicted);
  const missing = [...expected].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !expected.has(id));
  const tp = [...got].filter((id) => expected.has(id)).length;
  const fn = missing.length + unknown.length;
  return { tp, fp: extra.length, fn, ...prf(tp, extra.length, fn), missing: [...missing, ...unknown], extra, unknown };
}

/** Scores one parsed CV against its label. */
export function scoreFile(label: CvLabel, result: CvResult): FileScore {
  const c = result.claims;
  const name = c.name ?? c.placeholderName ?? null;
  const email = c.emails[0] ?? null;
  const expectedLinks = [...new Set(label.links.map(linkKey))].sort();
  const gotLinks = [...new Set(c.links.map((l) => linkKey(l.url)))].sort();
  const sections = c.sections.map((s) => s.kind);
  return {
    file: label.file,
    name: { expected: label.name, got: name, ok: fold(label.name) === fold(name) },
    email: { expected: label.email, got: email, ok: fold(label.email) === fold(email) },
    links: { expected: expectedLinks, got: gotLinks, ok: expectedLinks.join(' ') === gotLinks.join(' ') },
    sections: { expected: label.sections, got: sections, ok: label.sections.join(' ') === sections.join(' ') },
    years: { expected: label.years_experience, got: c.statedYears ?? null, ok: label.years_experience === (c.statedYears ?? null) },
    skills: scoreSkills(label.skills, c.skills.map((s) => s.id)),
  };
}

function share(files: FileScore[], field: 'name' | 'email' | 'links' | 'sections' | 'years'): number {
  return files.length === 0 ? 0 : files.filter((f) => f[field]?.ok).length / files.length;
}

export async function readLabels(path: string): Promise<CvLabel[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UserError(`cannot read labels file ${path} (a JSON array is expected)`, 'E_USAGE');
  }
  const parsed = z.array(Label).safeParse(raw);
  if (!parsed.success) throw new UserError(`labels file ${path} does not have the expected shape`, 'E_USAGE');
  return parsed.data;
}

/** Parses every labelled file in `dir` and scores it. A file that fails to parse scores zero. */
export async function evaluateCvs(labels: CvLabel[], dir: string, options: ParseCvOptions = {}): Promise<EvalReport> {
  const files: FileScore[] = [];
  for (const label of labels) {
    try {
      files.push(scoreFile(label, await parseCvFile(join(dir, label.file), options)));
    } catch (err) {
      const skills = scoreSkills(label.skills, []);
      files.push({ file: label.file, error: (err as Error).message, skills });
    }
  }
  const sum = (k: 'tp' | 'fp' | 'fn') => files.reduce((n, f) => n + (f.skills?.[k] ?? 0), 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  const unknownLabels = [...new Set(files.flatMap((f) => f.skills?.unknown ?? []))].sort();
  return {
    files,
    overall: {
      name: share(files, 'name'),
      email: share(files, 'email'),
      links: share(files, 'links'),
      sections: share(files, 'sections'),
      years: share(files, 'years'),
      skills: { tp, fp, fn, ...prf(tp, fp, fn), missing: [], extra: [], unknown: unknownLabels },
    },
    unknownLabels,
  };
}
