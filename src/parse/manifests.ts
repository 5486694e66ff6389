// YAML 1.2 (https://yaml.org/spec/1.2.2/) files that no other parser claims, read
// for deployment descriptors (formats and their specs: manifest-kinds.ts). YAML that is
// no manifest gives no facts and no problem; a syntax error is a problem,
// except in templates (Helm `{{ }}`, Jinja `{% %}`), which are not YAML until
// rendered and are read for their `kind:` lines instead.
import { CLOUD_BUILD_FILE, cloudBuildCommands } from './cloudbuild.js';
import { envSettings } from './env-settings.js';
import { manifestsOf } from './manifest-kinds.js';
import { reportToSettings } from './report-to.js';
import { specRuns } from './spec-runs.js';
import { lineIndex } from './text-lines.js';
import type { ConfigFact, FileFacts, ManifestFact } from './types.js';
import { readYaml, yamlProblem } from './yaml-nodes.js';
import { yamlPrompts } from './yaml-prompts.js';

/** Above this size a YAML file is a data dump rather than a manifest: only its lines are scanned. */
export const MAX_MANIFEST_BYTES = 128 * 1024;

const TEMPLATE = /\{\{|\{%/;
const KIND_LINE = /^kind:[ \t]*["']?([A-Za-z][\w.-]*)["']?[ \t]*(#.*)?$/gm;
const API_VERSION_LINE = /^apiVersion:/m;

export function parseYamlManifests(text: string, path: string): Partial<FileFacts> {
  const targets = [...hydraTargets(text), ...hydraSweepers(text), ...envSettings(text), ...reportToSettings(text)];
  const configs: { configs?: ConfigFact[] } = targets.length > 0 ? { configs: targets } : {};
  if (text.length > MAX_MANIFEST_BYTES) return { manifests: scanLines(text), ...configs };
  const file = readYaml(text);
  if (file.error && TEMPLATE.test(text)) return { manifests: scanLines(text), ...configs };
  const manifests = file.roots.flatMap((root) => manifestsOf(file, root, path));
  // Prompts kept in a configuration file (yaml-prompts.ts).
  const prompts = yamlPrompts(file);
  if (prompts.length > 0) configs.configs = [...(configs.configs ?? []), ...prompts];
  // The programs a job spec runs (spec-runs.ts).
  const runs = specRuns(file);
  if (runs.length > 0) configs.configs = [...(configs.configs ?? []), ...runs];
  // A Cloud Build configuration's steps are commands the project runs (cloudbuild.ts).
  const steps = CLOUD_BUILD_FILE.test(path.slice(path.lastIndexOf('/') + 1)) ? file.roots.flatMap((root) => cloudBuildCommands(file, root)) : [];
  const commands = steps.length > 0 ? { commands: steps } : {};
  const problems = yamlProblem(file, path);
  return problems.length > 0 ? { manifests, ...configs, ...commands, problems } : { manifests, ...configs, ...commands };
}

/**
 * Classes a config file instantiates: Hydra targets
 * (https://hydra.cc/docs/advanced/instantiate_objects/overview/) `_target_:
 * lightning.pytorch.loggers.WandbLogger`, and LightningCLI's `class_path:`
 * (https://lightning.ai/docs/pytorch/stable/cli/lightning_cli_advanced_3.html).
 */
const TARGET_LINE = /^[ \t-]*(_target_|class_path):[ \t]*["']?([A-Za-z_][\w.]*)["']?[ \t]*(#.*)?$/gm;
const TARGET_KEYS: Readonly<Record<string, string>> = { _target_: 'hydra:target', class_path: 'lightning:class_path' };

/** `_target_` and `class_path` lines as ConfigFacts `hydra:target` and `lightning:class_path` whose text is the dotted class or function name. */
export function hydraTargets(text: string): ConfigFact[] {
  if (!text.includes('_target_') && !text.includes('class_path')) return [];
  const lineAt = lineIndex(text);
  return [...text.matchAll(TARGET_LINE)].map((m) => ({ key: TARGET_KEYS[m[1]], text: m[2], line: lineAt(m.index) }));
}

/**
 * A Hydra defaults list choosing a sweeper
 * (https://hydra.cc/docs/plugins/optuna_sweeper/): `- override
 * hydra/sweeper: optuna` (or `/hydra/sweeper`, without `override`), as the
 * ConfigFact `hydra:sweeper` whose text is the sweeper's name.
 */
const SWEEPER_LINE = /^[ \t]*-[ \t]*(?:override[ \t]+)?\/?hydra\/sweeper[ \t]*:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*(#.*)?$/gm;

export function hydraSweepers(text: string): ConfigFact[] {
  if (!text.includes('hydra/sweeper')) return [];
  const lineAt = lineIndex(text);
  return [...text.matchAll(SWEEPER_LINE)].map((m) => ({ key: 'hydra:sweeper', text: m[1], line: lineAt(m.index) }));
}

/** Top-level `kind:` lines of files that have `apiVersion:` lines, and CloudFormation headers, without parsing. */
export function scanLines(text: string): ManifestFact[] {
  const out: ManifestFact[] = [];
  const lineAt = lineIndex(text);
  if (API_VERSION_LINE.test(text)) {
    for (const m of text.matchAll(KIND_LINE)) out.push({ kind: `k8s:${m[1]}`, text: `kind: ${m[1]}`, line: lineAt(m.index) });
  }
  const cfn = /^AWSTemplateFormatVersion:/m.exec(text);
  const sam = /^Transform:.*AWS::Serverless/m.exec(text);
  if (sam) out.push({ kind: 'sam', text: 'AWS SAM template', line: lineAt(sam.index) });
  else if (cfn) out.push({ kind: 'cloudformation', text: 'CloudFormation template', line: lineAt(cfn.index) });
  return out;
}
