// Reads a batch of candidates for `rank`: a folder with one sub-folder per
// candidate (a CV file; repositories as folders, archives or a repos.txt of
// URLs; an optional candidate.yaml with emails/names), or a CSV manifest with
// the columns id, cv, repos (;-separated), emails, names, and github, gitlab,
// huggingface (profiles to discover repositories on, src/discover). What each
// may name is decided in candidate-inputs.ts.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { checkRepoEntry, listEntries, shownEntry, MAX_REPOS_PER_CANDIDATE, readSmallText, type EntryRules } from './candidate-inputs.js';
import { parseCsv } from '../util/csv.js';
import { manifestDiscover } from '../discover/profiles.js';
import type { DiscoverRequest } from '../discover/types.js';
import type { CandidateInput } from './types.js';

/** A candidate of the batch: its id (folder name or manifest id) and inputs, or why it cannot be read. */
export interface BatchCandidate {
  id: string;
  input?: CandidateInput;
  error?: string;
}

const CV_EXTENSIONS = ['.pdf', '.docx', '.md', '.markdown', '.txt'];
const ARCHIVE = /\.(zip|tar\.gz|tgz|tar)$/i;
/** Files in a candidate folder that are never the CV. */
const NOT_CV = /^(repos\.txt|candidate\.ya?ml|readme\.md|notes?\.(md|txt))$/i;
const CV_NAME = /\b(cv|resume|résumé|lebenslauf|curriculum)\b/i;

const List = z.union([z.string().transform((s) => [s]), z.array(z.string())]).default([]);
const CandidateYaml = z.object({ emails: List, names: List, label: z.string().optional() }).strict();

export async function readBatch(path: string): Promise<BatchCandidate[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`no such file or folder: ${path}`, 'E_NOT_FOUND');
  if (info.isFile()) {
    if (!/\.csv$/i.test(path)) throw new UserError(`a candidates folder or a .csv manifest is needed, not ${path}`, 'E_USAGE');
    return readManifest(path);
  }
  const entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  const ids = entries.map((e) => e.name).sort();
  if (ids.length === 0) throw new UserError(`no candidate folders in ${path}`, 'E_USAGE');
  return Promise.all(ids.map((id) => readCandidateFolder(id, join(path, id))));
}

/** Orders CV candidates: a name saying CV/resume first, then PDF, DOCX, Markdown, text; then by name. */
function pickCv(files: string[]): string | undefined {
  const rank = (f: string) => (CV_NAME.test(f) ? 0 : 10) + CV_EXTENSIONS.indexOf(extname(f).toLowerCase());
  return files
    .filter((f) => CV_EXTENSIONS.includes(extname(f).toLowerCase()) && !NOT_CV.test(f))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0];
}

/**
 * The repositories a repos.txt (or a manifest cell) names, each checked
 * against the rules; the first refused entry is the candidate's problem.
 */
export async function reposFromList(text: string, rules: EntryRules, where: (line: number) => string): Promise<string[]> {
  const repos: string[] = [];
  for (const { line, entry } of listEntries(text)) {
    try {
      repos.push(await checkRepoEntry(entry, rules));
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`${where(line)}: ${err.message}`, err.code);
      throw err;
    }
  }
  return repos;
}

function checkCount(repos: string[]): string[] {
  if (repos.length > MAX_REPOS_PER_CANDIDATE) throw new UserError(`${repos.length} repositories named, more than the limit of ${MAX_REPOS_PER_CANDIDATE}`, 'E_LIMIT');
  return repos;
}

async function readCandidateFolder(id: string, dir: string): Promise<BatchCandidate> {
  try {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
    // Dirents are not followed: a symbolic link is neither a file nor a folder here, so none is read.
    const files = entries.filter((e) => e.isFile()).map((e) => e.name);
    const repos = [
      ...entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name)),
      ...files.filter((f) => ARCHIVE.test(f)).map((f) => join(dir, f)),
    ];
    if (files.includes('repos.txt')) {
      const text = await readSmallText(join(dir, 'repos.txt'), 'repos.txt');
      repos.push(...(await reposFromList(text, { base: dir, confineTo: dir, allowFileUrls: false }, (line) => `repos.txt line ${line}`)));
    }
    const yamlName = files.find((f) => /^candidate\.ya?ml$/i.test(f));
    const meta = yamlName ? parseYamlStrict(await readSmallText(join(dir, yamlName), yamlName), `${id}/${yamlName}`, CandidateYaml) : undefined;
    const cv = pickCv(files);
    if (!cv && repos.length === 0) return { id, error: 'no CV file and no repositories in the folder' };
    return {
      id,
      input: { label: meta?.label ?? '', fallbackLabel: id, ...(cv ? { cv: join(dir, cv) } : {}), repos: checkCount(repos), emails: meta?.emails ?? [], names: meta?.names ?? [] },
    };
  } catch (err) {
    return { id, error: err instanceof UserError ? redactSecrets(err.message) : 'cannot read the candidate folder' };
  }
}

const split = (s: string | undefined) => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);

async function readManifest(file: string): Promise<BatchCandidate[]> {
  const rows = parseCsv(await readFile(file, 'utf8'));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('id') < 0 || ['cv', 'repos', 'github', 'gitlab', 'huggingface'].every((c) => col(c) < 0)) {
    throw new UserError(`${file}: the manifest needs an id column and a cv, repos or github column (id, cv, repos, emails, names, github)`, 'E_USAGE');
  }
  const base = dirname(file);
  const seen = new Set<string>();
  const rules: EntryRules = { base, allowFileUrls: true };
  const out: BatchCandidate[] = [];
  for (const [i, row] of rows.entries()) out.push(await manifestRow(row, i + 2, col, rules, seen));
  return out;
}

/** One manifest row (`n`: its row number, the header being row 1). */
async function manifestRow(row: string[], n: number, col: (name: string) => number, rules: EntryRules, seen: Set<string>): Promise<BatchCandidate> {
  const get = (name: string) => (col(name) >= 0 ? row[col(name)]?.trim() : undefined);
  const id = get('id') || `row ${n}`;
  if (seen.has(id)) return { id: `${id} (row ${n})`, error: `duplicate id ${id}` };
  seen.add(id);
  const cv = get('cv');
  let repos: string[];
  let discover: DiscoverRequest | undefined;
  try {
    if (cv?.startsWith('-')) throw new UserError(`cv ${shownEntry(cv)} looks like a command-line option, not a file`, 'E_SOURCE');
    repos = checkCount(await reposFromList(split(get('repos')).join('\n'), rules, (k) => `repos entry ${k}`));
    // Profiles to discover repositories on (docs/discover.md); the CV's links then count too.
    discover = manifestDiscover({ github: split(get('github')), gitlab: split(get('gitlab')), huggingface: split(get('huggingface')) });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return { id, error: `row ${n}: ${redactSecrets(err.message)}` };
  }
  if (!cv && repos.length === 0 && !discover) return { id, error: `row ${n}: no cv and no repos` };
  const input: CandidateInput = { label: '', fallbackLabel: id, ...(cv ? { cv: resolve(rules.base, cv) } : {}), repos, emails: split(get('emails')), names: split(get('names')) };
  return { id, input: discover ? { ...input, discover } : input };
}
