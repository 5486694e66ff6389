// Labels of a set of repositories, in the format of shared/devset/repos.json
// (its README, "File format"): per repository a commit, a maturity level and,
// per signal id, `present` with evidence, a `note` and a `borderline` flag.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError } from '../util/errors.js';

export const SignalLabel = z.object({
  present: z.boolean(),
  borderline: z.boolean().optional(),
  /** `path`, `path:line`, `path#cell=N:line`; a path ending in `/` is a folder. */
  evidence: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type SignalLabel = z.infer<typeof SignalLabel>;

export const RepoLabel = z.object({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/i, 'expected a commit hash').optional(),
  category: z.string().optional(),
  maturity: z.number().int().min(0).max(3).optional(),
  signals: z.record(z.string(), SignalLabel),
  notes: z.string().optional(),
});
export type RepoLabel = z.infer<typeof RepoLabel>;

export const LabelsFile = z.object({
  set: z.string().optional(),
  labelled: z.string().optional(),
  repos: z.array(RepoLabel).min(1),
});
export type LabelsFile = z.infer<typeof LabelsFile>;

/** Validates labels; the error names the first bad field (`repos.3.signals.ci.present`). */
export function parseLabels(text: string, file: string): LabelsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}: not valid JSON: ${(err as Error).message}`, 'E_LABELS');
  }
  const result = LabelsFile.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.map(String).join('.') : '(document)';
  throw new UserError(`${file}: ${field}: ${issue.message}`, 'E_LABELS');
}

export async function loadLabels(file: string): Promise<LabelsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`cannot read labels file ${file}`, 'E_NOT_FOUND');
  }
  return parseLabels(text, file);
}

/** The checkout folder name of `owner/name`: `owner__name`. */
export function checkoutName(repo: string): string {
  return repo.replace('/', '__');
}

/** The file (or folder, ending in `/`) a label evidence item points at: `a/b.py:12` → `a/b.py`. */
export function labelEvidencePath(item: string): string {
  const hash = item.indexOf('#');
  const path = hash === -1 ? item : item.slice(0, hash);
  return path.replace(/:\d+$/, '');
}

/** Whether a file of ours is one the label's evidence lists (or lies in a listed folder). */
export function pointsAtLabelled(path: string, labelEvidence: readonly string[]): boolean {
  return labelEvidence.some((item) => {
    const target = labelEvidencePath(item);
    return target.endsWith('/') ? path.startsWith(target) : path === target;
  });
}
