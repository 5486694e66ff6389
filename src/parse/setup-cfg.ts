// setup.cfg: https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
// `[metadata]` defines the package, `[options]`/`[options.extras_require]` its
// requirements, and tool sections (flake8, mypy, isort, tool:pytest, ...) configure tools.
import { iniProblem, iniToolConfigs, parseIni, type IniEntry, type IniFile, type IniSection, type IniValueLine } from './ini.js';
import { evidenceText, pep508Dependency, withoutComment } from './pep508.js';
import type { ConfigFact, DependencyFact, FileFacts, PackageFact } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Parses setup.cfg. Lines that are not INI give a Problem; the rest still gives facts. Never throws. */
export function parseSetupCfg(text: string, path: string): Partial<FileFacts> {
  const ini = parseIni(text);
  const facts: Partial<FileFacts> = {
    dependencies: dependenciesOf(ini),
    configs: [...iniToolConfigs(ini), ...fileIncludes(ini)],
    packages: packagesOf(ini),
  };
  const problem = iniProblem(ini, path);
  if (problem) facts.problems = [problem];
  return facts;
}

function section(ini: IniFile, name: string): IniSection | undefined {
  return ini.sections.find((s) => s.name === name);
}

/**
 * setuptools' list rule: a multi-line value has one requirement a line; a
 * one-line value is split on `;`. Inline comments are dropped.
 */
function requirementLines(entry: IniEntry): IniValueLine[] {
  const { values } = entry;
  const oneLine = values.length === 1 && values[0].line === entry.line;
  const lines = oneLine ? values[0].text.split(';').map((text) => ({ text, line: entry.line })) : values;
  return lines
    .map(({ text, line }) => ({ text: withoutComment(text), line }))
    .filter(({ text }) => text !== '' && !text.startsWith('file:'));
}

function toDependencies(entry: IniEntry, group?: string): DependencyFact[] {
  return requirementLines(entry).flatMap(({ text, line }) => pep508Dependency(text, line, group) ?? []);
}

function dependenciesOf(ini: IniFile): DependencyFact[] {
  const out: DependencyFact[] = [];
  for (const entry of section(ini, 'options')?.entries ?? []) {
    if (entry.key === 'install_requires') pushAll(out, toDependencies(entry));
    else if (entry.key === 'tests_require') pushAll(out, toDependencies(entry, 'test'));
  }
  for (const entry of section(ini, 'options.extras_require')?.entries ?? []) {
    pushAll(out, toDependencies(entry, entry.key));
  }
  return out;
}

/** `install_requires = file: requirements.txt` names another file: recorded, not read. */
function fileIncludes(ini: IniFile): ConfigFact[] {
  const out: ConfigFact[] = [];
  for (const name of ['options', 'options.extras_require']) {
    for (const entry of section(ini, name)?.entries ?? []) {
      const first = entry.values[0];
      const file = first ? /^file:\s*(?<file>\S+)/.exec(first.text)?.groups?.file : undefined;
      if (first && file) out.push({ key: `include:${file.replace(/,$/, '')}`, text: evidenceText(`${entry.key} = ${first.text}`), line: first.line });
    }
  }
  return out;
}

function packagesOf(ini: IniFile): PackageFact[] {
  const metadata = section(ini, 'metadata');
  if (!metadata) return [];
  const name = metadata.entries.find((e) => e.key === 'name')?.values[0]?.text;
  const fact: PackageFact = { kind: 'setup.cfg', installable: true, line: metadata.line, text: name ? `[metadata] name = ${name}` : '[metadata]' };
  if (name) fact.name = name;
  return [fact];
}
