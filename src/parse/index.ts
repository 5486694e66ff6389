// Parse stage: one module per file format; this file picks the parser by
// path (as renovate's managerFilePatterns do) and never throws on candidate
// input: whatever cannot be read becomes a Problem in the facts.
import { isBlank } from './blank.js';
import { parseCi } from './ci.js';
import { parseCompose } from './compose.js';
import { parseCondaEnv } from './conda-env.js';
import { databricksSource } from './databricks-source.js';
import { parseDockerfile } from './dockerfile.js';
import { parseDvc } from './dvc.js';
import { parseElyraPipeline } from './elyra.js';
import { parseEnvFile } from './env-settings.js';
import { parseGitattributes } from './gitattributes.js';
import { parseLockfile } from './lockfile.js';
import { parseMlproject } from './mlproject.js';
import { parseModelfile } from './modelfile.js';
import { DOCUMENT_NAME, parseMarkdownNotebook } from './markdown-notebook.js';
import { parseNomad } from './nomad.js';
import { parseNotebook } from './notebook.js';
import { parseHerokuAppJson, parseNetlifyToml, parseVercelJson } from './paas.js';
import { parsePipfile } from './pipfile.js';
import { parsePixi } from './pixi.js';
import { parsePreCommit } from './pre-commit.js';
import { parsePyproject } from './pyproject.js';
import { initPython, parsePython } from './python.js';
import { parseReportToConfig } from './report-to.js';
import { jsonSpecRuns } from './spec-runs.js';
import { jsonPrompts } from './yaml-prompts.js';
import { parseRequirementsFile, parseRequirementsLock, UNNAMED_LOCK } from './requirements-lock.js';
import { parseTextRequirements, REQUIREMENTS_TEXT_NAME } from './requirements-text.js';
import { parseSetupCfg } from './setup-cfg.js';
import { parseSetupPy } from './setup-py.js';
import { parseMakefile, parseShell } from './shell.js';
import { parseSql } from './sql.js';
import { parseTerraform } from './terraform.js';
import { parseToolConfig } from './tool-config.js';
import { parseYamlFile } from './yaml-file.js';
import type { FileFacts, FormatId, Problem } from './types.js';
import { pushAll } from '../util/arrays.js';

export type * from './types.js';
export { initPython } from './python.js';

/** A parser may set `format` when the content shows a more precise one than the path (yaml-file.ts). */
type FormatParser = (text: string, path: string) => Partial<FileFacts>;

interface FormatSpec {
  format: FormatId;
  /** Tested against the POSIX path relative to the repository root. */
  match: RegExp;
  parse?: FormatParser;
}

const CI_FILES =
  /(^|\/)(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml)$/;

/** JSON that may hold settings (`train_config.json`, `training_args.json`, `configs/*.json`), not data. */
const JSON_CONFIG = /(^|\/)(confs?\/[^/]+|configs?\/[^/]+|[^/]*(config|args|arguments|hparams|params|settings|recipe)[^/]*)\.json$/i;

/** First match wins. */
const FORMAT_SPECS: readonly FormatSpec[] = [
  { format: 'python', match: /(^|\/)setup\.py$/, parse: (t, p) => mergeFacts(pythonFacts(t), parseSetupPy(t, p)) },
  // A Databricks notebook exported as source: its `%sql` cells are read as the `spark.sql` calls they are (databricks-source.ts).
  { format: 'python', match: /\.(py|pyw|pyi)$/, parse: (t) => pythonFacts(databricksSource(t)) },
  { format: 'notebook', match: /\.ipynb$/, parse: parseNotebook },
  { format: 'requirements', match: /(^|\/)([^/]*requirements[^/]*\.(txt|in)|constraints[^/]*\.txt|requirements\/[^/]+\.(txt|in))$/i, parse: parseRequirementsFile },
  { format: 'pyproject', match: /(^|\/)pyproject\.toml$/, parse: parsePyproject },
  { format: 'setup-cfg', match: /(^|\/)setup\.cfg$/, parse: parseSetupCfg },
  { format: 'pipfile', match: /(^|\/)Pipfile$/, parse: parsePipfile },
  { format: 'pixi', match: /(^|\/)pixi\.toml$/, parse: parsePixi },
  // PEP 751's `pylock.toml` (https://packaging.python.org/en/latest/specifications/pylock-toml/) among them.
  { format: 'lockfile', match: /(^|\/)(Pipfile\.lock|poetry\.lock|uv\.lock|pdm\.lock|pixi\.lock|conda-lock\.ya?ml|[^/]*\.conda-lock\.ya?ml|pylock\.toml|pylock\.[^/.]+\.toml)$/, parse: parseLockfile },
  // Other `.lock` files are read by content: requirements lines or a conda explicit spec (rye's `requirements.lock`).
  { format: 'other', match: UNNAMED_LOCK, parse: parseRequirementsLock },
  { format: 'ci', match: CI_FILES, parse: parseCi },
  { format: 'compose', match: /(^|\/)(docker-compose[^/]*\.ya?ml|compose[^/]*\.ya?ml)$/i, parse: parseCompose },
  { format: 'conda-env', match: /(^|\/)([^/]*environment[^/]*|conda[^/]*)\.ya?ml$/i, parse: parseCondaEnv },
  { format: 'dockerfile', match: /(^|\/)(Dockerfile[^/]*|[^/]+\.dockerfile|Containerfile)$/i, parse: parseDockerfile },
  { format: 'dvc', match: /(^|\/)dvc\.ya?ml$/, parse: parseDvc },
  { format: 'elyra', match: /\.pipeline$/, parse: parseElyraPipeline },
  // MLflow looks for `MLproject`; `MLProject` works on case-insensitive file systems and is common.
  { format: 'mlproject', match: /(^|\/)MLproject$/i, parse: parseMlproject },
  { format: 'pre-commit', match: /(^|\/)\.pre-commit-config\.ya?ml$/, parse: parsePreCommit },
  { format: 'text', match: /(^|\/)\.gitattributes$/, parse: parseGitattributes },
  // Ollama Modelfiles: where a system prompt or example messages are kept (modelfile.ts).
  { format: 'text', match: /(^|\/)([^/]+\.)?[Mm]odelfile(\.[\w-]+)?$/, parse: parseModelfile },
  // dotenv files (`.env`, `.env.example`, `prod.env`): only the settings that switch tracing on are read.
  { format: 'text', match: /(^|\/)(\.env(\.[\w.-]+)?|[^/]+\.env)$/, parse: parseEnvFile },
  { format: 'shell', match: /\.(sh|bash)$/, parse: parseShell },
  { format: 'sql', match: /\.sql$/i, parse: parseSql },
  { format: 'shell', match: /(^|\/)(GNUmakefile|[Mm]akefile|[^/]+\.mk)$/, parse: parseMakefile },
  { format: 'tool-config', match: /(^|\/)(\.?ruff\.toml|\.flake8|\.?mypy\.ini|\.?pylintrc|tox\.ini|\.isort\.cfg|pyrightconfig\.json|\.style\.yapf|fly\.toml)$/, parse: parseToolConfig },
  { format: 'terraform', match: /\.tf(\.json)?$/, parse: parseTerraform },
  // Other HCL (and Nomad's JSON jobs): a Nomad job specification is read by its content (nomad.ts).
  { format: 'hcl', match: /\.(hcl|nomad)$|\.nomad\.tpl$/i, parse: parseNomad },
  { format: 'json', match: /\.nomad\.json$/i, parse: parseNomad },
  // Read by content: a conda environment or pip lines under another name takes that format (yaml-file.ts).
  { format: 'yaml', match: /\.ya?ml$/i, parse: parseYamlFile },
  // Netlify and Vercel project files: deploy specs where they deploy functions or a server runtime (paas.ts).
  { format: 'toml', match: /(^|\/)netlify\.toml$/, parse: (t, p) => ({ ...parseReportToConfig(t), ...parseNetlifyToml(t, p) }) },
  { format: 'json', match: /(^|\/)vercel\.json$/, parse: (t) => ({ ...parseReportToConfig(t), ...parseVercelJson(t) }) },
  // Other TOML, and JSON named as configuration: only a training config's `report_to` is read (report-to.ts).
  { format: 'toml', match: /\.toml$/i, parse: parseReportToConfig },
  // Heroku's app.json: a deploy spec when it sets a formation, add-ons or buildpacks (paas.ts).
  { format: 'json', match: /(^|\/)app\.json$/, parse: (t) => ({ ...parseReportToConfig(t), ...parseHerokuAppJson(t) }) },
  // JSON named as configuration: also its prompt keys (yaml-prompts.ts).
  { format: 'json', match: JSON_CONFIG, parse: (t) => withConfigs(withConfigs(parseReportToConfig(t), jsonSpecRuns(t).configs), nonEmpty(jsonPrompts(t))) },
  // Other JSON is data, unless it is a job spec naming the program it runs (spec-runs.ts).
  { format: 'json', match: /\.json$/i, parse: jsonSpecRuns },
  // Documents (README, model card, change log) are only counted; other Markdown may be a notebook (markdown-notebook.ts).
  { format: 'markdown', match: DOCUMENT_NAME },
  { format: 'markdown', match: /\.(md|markdown)$/i, parse: parseMarkdownNotebook },
  { format: 'markdown', match: /\.rst$/i },
  // Requirements under another name (`requirement.txt`, `reqs.txt`) or a pip freeze (`env.txt`), read by content (requirements-text.ts).
  { format: 'text', match: REQUIREMENTS_TEXT_NAME, parse: parseTextRequirements },
  { format: 'text', match: /\.(txt|cfg|ini)$/i },
];

const LANGUAGES: Record<string, string> = {
  py: 'Python', pyw: 'Python', pyi: 'Python', ipynb: 'Jupyter Notebook', r: 'R', jl: 'Julia', js: 'JavaScript',
  mjs: 'JavaScript', jsx: 'JavaScript', ts: 'TypeScript', tsx: 'TypeScript', go: 'Go', rs: 'Rust', java: 'Java',
  kt: 'Kotlin', scala: 'Scala', c: 'C', h: 'C', cc: 'C++', cpp: 'C++', hpp: 'C++', cu: 'CUDA', cs: 'C#',
  rb: 'Ruby', php: 'PHP', swift: 'Swift', sh: 'Shell', bash: 'Shell', sql: 'SQL', html: 'HTML', css: 'CSS',
  scss: 'CSS', vue: 'Vue', yml: 'YAML', yaml: 'YAML', toml: 'TOML', json: 'JSON', md: 'Markdown',
  rst: 'reStructuredText', tf: 'HCL', hcl: 'HCL', nomad: 'HCL', dockerfile: 'Dockerfile', proto: 'Protocol Buffers',
};

/** True when some parser reads the path's content (otherwise it is only counted). */
export function hasParser(path: string): boolean {
  return FORMAT_SPECS.find((s) => s.match.test(path))?.parse !== undefined;
}

/** The format a path is parsed as. */
export function formatOf(path: string): FormatId {
  return FORMAT_SPECS.find((s) => s.match.test(path))?.format ?? 'other';
}

export function languageOf(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/^(Dockerfile|Containerfile)/i.test(base)) return 'Dockerfile';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? LANGUAGES[base.slice(dot + 1).toLowerCase()] : undefined;
}

function pythonFacts(text: string): Partial<FileFacts> {
  return { python: parsePython(text) };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

function withConfigs(facts: Partial<FileFacts>, more: FileFacts['configs']): Partial<FileFacts> {
  return more ? { ...facts, configs: [...(facts.configs ?? []), ...more] } : facts;
}

function mergeFacts(a: Partial<FileFacts>, b: Partial<FileFacts>): Partial<FileFacts> {
  const out: Partial<FileFacts> = { ...a, ...b };
  if (a.problems || b.problems) out.problems = [...(a.problems ?? []), ...(b.problems ?? [])];
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Decodes bytes as UTF-8; text that is not UTF-8 is read as Latin-1 and reported. */
export function decodeText(bytes: Uint8Array, path: string): { text: string; problem?: Problem } {
  try {
    return { text: stripBom(decoder.decode(bytes)) };
  } catch {
    return {
      text: latin1.decode(bytes),
      problem: { path, kind: 'encoding', message: 'not valid UTF-8; read as Latin-1' },
    };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countLines(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/**
 * Parses one file's bytes into facts. Requires `await initPython()` first
 * (see `parseFileAsync`). Never throws on candidate input.
 */
export function parseFile(path: string, bytes: Uint8Array): FileFacts {
  const spec = FORMAT_SPECS.find((s) => s.match.test(path));
  const { text, problem } = decodeText(bytes, path);
  const facts: FileFacts = {
    path,
    format: spec?.format ?? 'other',
    size: bytes.byteLength,
    lines: countLines(text),
  };
  const language = languageOf(path);
  if (language) facts.language = language;
  if (isBlank(text, path)) facts.blank = true;
  const problems: Problem[] = problem ? [problem] : [];
  if (spec?.parse) {
    try {
      const parsed = spec.parse(text, path);
      Object.assign(facts, parsed);
      if (parsed.problems) pushAll(problems, parsed.problems);
    } catch (err) {
      problems.push({ path, kind: 'invalid', message: `could not be parsed: ${(err as Error).message}` });
    }
  }
  if (problems.length > 0) facts.problems = problems;
  else delete facts.problems;
  return facts;
}

export async function parseFileAsync(path: string, bytes: Uint8Array): Promise<FileFacts> {
  await initPython();
  return parseFile(path, bytes);
}
