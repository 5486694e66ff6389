// Property tests for every parser in src/parse (issue 9): on arbitrary text,
// on text shaped like its format (TOML/YAML/JSON/INI-like tokens), on long
// runs of one character and on deep brackets, a parser never throws and
// stays within a time budget per input. Runs are few and inputs short so
// the file takes seconds; the attack tests (parsers.test.ts) use full sizes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCi } from '../../src/parse/ci.js';
import { parseCompose } from '../../src/parse/compose.js';
import { parseCondaEnv } from '../../src/parse/conda-env.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { parseDvc } from '../../src/parse/dvc.js';
import { parseGitattributes } from '../../src/parse/gitattributes.js';
import { initPython, parseFile } from '../../src/parse/index.js';
import { parseLockfile } from '../../src/parse/lockfile.js';
import { parseYamlManifests } from '../../src/parse/manifests.js';
import { parseMlproject } from '../../src/parse/mlproject.js';
import { parseNotebook } from '../../src/parse/notebook.js';
import { parsePipfile } from '../../src/parse/pipfile.js';
import { parsePreCommit } from '../../src/parse/pre-commit.js';
import { parsePyproject } from '../../src/parse/pyproject.js';
import { parsePython } from '../../src/parse/python.js';
import { parseRequirements } from '../../src/parse/requirements.js';
import { parseSetupCfg } from '../../src/parse/setup-cfg.js';
import { parseSetupPy } from '../../src/parse/setup-py.js';
import { parseMakefile, parseShell } from '../../src/parse/shell.js';
import { parseSql } from '../../src/parse/sql.js';
import { parseTerraform } from '../../src/parse/terraform.js';
import { parseToolConfig } from '../../src/parse/tool-config.js';
import { findKeyLine, indexTomlKeys } from '../../src/parse/toml-keys.js';

/** CPU time one parse may take (ms): generous; a quadratic parser takes minutes on these inputs. */
const BUDGET_MS = 3_000;
const RUNS = 20;

type Parse = (text: string) => unknown;

const PARSERS: ReadonlyArray<[string, Parse]> = [
  ['requirements', (t) => parseRequirements(t, 'requirements.txt')],
  ['pyproject', (t) => parsePyproject(t, 'pyproject.toml')],
  ['setup.py', (t) => parseSetupPy(t, 'setup.py')],
  ['setup.cfg', (t) => parseSetupCfg(t, 'setup.cfg')],
  ['Pipfile', (t) => parsePipfile(t, 'Pipfile')],
  ['conda env', (t) => parseCondaEnv(t, 'environment.yml')],
  ['poetry.lock', (t) => parseLockfile(t, 'poetry.lock')],
  ['Pipfile.lock', (t) => parseLockfile(t, 'Pipfile.lock')],
  ['conda-lock', (t) => parseLockfile(t, 'conda-lock.yml')],
  ['Dockerfile', (t) => parseDockerfile(t, 'Dockerfile')],
  ['compose', (t) => parseCompose(t, 'docker-compose.yml')],
  ['GitHub Actions', (t) => parseCi(t, '.github/workflows/ci.yml')],
  ['GitLab CI', (t) => parseCi(t, '.gitlab-ci.yml')],
  ['CircleCI', (t) => parseCi(t, '.circleci/config.yml')],
  ['Azure Pipelines', (t) => parseCi(t, 'azure-pipelines.yml')],
  ['Travis', (t) => parseCi(t, '.travis.yml')],
  ['Bitbucket', (t) => parseCi(t, 'bitbucket-pipelines.yml')],
  ['Jenkinsfile', (t) => parseCi(t, 'Jenkinsfile')],
  ['k8s/helm manifests', (t) => parseYamlManifests(t, 'deploy/k8s.yaml')],
  ['Helm chart', (t) => parseYamlManifests(t, 'chart/Chart.yaml')],
  ['terraform', (t) => parseTerraform(t, 'main.tf')],
  ['terraform JSON', (t) => parseTerraform(t, 'main.tf.json')],
  ['dvc', (t) => parseDvc(t, 'dvc.yaml')],
  ['MLproject', (t) => parseMlproject(t, 'MLproject')],
  ['pre-commit', (t) => parsePreCommit(t, '.pre-commit-config.yaml')],
  ['tox.ini', (t) => parseToolConfig(t, 'tox.ini')],
  ['ruff.toml', (t) => parseToolConfig(t, 'ruff.toml')],
  ['fly.toml', (t) => parseToolConfig(t, 'fly.toml')],
  ['pyrightconfig.json', (t) => parseToolConfig(t, 'pyrightconfig.json')],
  ['shell', (t) => parseShell(t, 'run.sh')],
  ['Makefile', (t) => parseMakefile(t, 'Makefile')],
  ['gitattributes', (t) => parseGitattributes(t, '.gitattributes')],
  ['SQL', (t) => parseSql(t, 'models/x.sql')],
  ['notebook', (t) => parseNotebook(t, 'a.ipynb')],
  ['Python', (t) => parsePython(t)],
];

const TOKENS = [
  '[', ']', '[[', ']]', '{', '}', '(', ')', '"', "'", '"""', '=', '==', '>=', ':', ': ', '- ', '-', ' ', '  ', '\n', '\r\n', '\r', '\t',
  '#', ' #', ',', '.', '@', '\\', '\\\n', '*', '&a ', '*a', '<<: ', '|', '>', '${', '{{', '}}', '{%', '\u2028', '\u00a0', '\ufeff',
  'key', 'name', 'version', 'dependencies', 'tool', 'poetry', 'packages', 'dev-packages', 'project', 'optional-dependencies',
  'install_requires', 'options', 'script', 'steps', 'run', 'jobs', 'on', 'stages', 'cmd', 'outs', 'services', 'image', 'build',
  'FROM ', 'RUN ', 'pip install ', 'import ', 'from ', 'def ', 'class ', 'setup(', 'stage(', 'sh ', 'cron(', 'kind: ',
  'apiVersion: ', '_target_: ', 'resource ', 'module ', 'CREATE TABLE ', 'INSERT INTO ', 'SELECT ', 'cells', 'source',
  'cell_type', 'code', '0', '1.2', 'numpy', 'torch', 'x', ';', 'true', 'null', '-r ', '-e ', 'git+https://x/y.git', 'a-1.whl',
];

/** An input and how to show it: long inputs are shown by their recipe, so a failure prints one line. */
interface Input {
  text: string;
  shown: string;
}

const plain = (text: string): Input => ({ text, shown: JSON.stringify(text) });
const arbitrary = fc.string({ unit: 'binary', maxLength: 400 }).map(plain);
const shaped = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((parts) => plain(parts.join('')));
const longRun = fc
  .record({
    prefix: fc.constantFrom(...TOKENS, ''),
    unit: fc.constantFrom(' ', '\t', 'a', '-', '.', '#', '"', "'", '=', ':', ' #', 'a ', '- ', '\\', '|', '@', 'a-1', ' x', '\\"', '/*', ';', ','),
    count: fc.integer({ min: 10_000, max: 50_000 }),
    suffix: fc.constantFrom('', 'x', '!', '\n', '\r', '\u2028', ']', ')'),
  })
  .map(({ prefix, unit, count, suffix }) => ({
    text: prefix + unit.repeat(count) + suffix,
    shown: `${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${count} + ${JSON.stringify(suffix)}`,
  }));
const CLOSERS: Record<string, string> = { '[': ']', '{': '}', '(': ')', '{a: ': '}', 'f(': ')', '- ': '', '[[': ']]', '{"a": ': '}' };
const deep = fc
  .record({
    prefix: fc.constantFrom('', 'a = ', 'x: ', 'f', 'setup(install_requires=', '{"cells": ', 'RUN ', '- '),
    open: fc.constantFrom(...Object.keys(CLOSERS)),
    count: fc.integer({ min: 100, max: 5_000 }),
    closed: fc.boolean(),
  })
  .map(({ prefix, open, count, closed }) => ({
    text: prefix + open.repeat(count) + (closed ? CLOSERS[open].repeat(count) : ''),
    shown: `${JSON.stringify(prefix)} + ${JSON.stringify(open)} × ${count}${closed ? ', closed' : ''}`,
  }));

const GENERATORS: ReadonlyArray<[string, fc.Arbitrary<Input>]> = [
  ['arbitrary text', arbitrary],
  ['format-shaped tokens', shaped],
  ['long runs of one character', longRun],
  ['deep brackets', deep],
];

/** CPU milliseconds this process spent in `fn` (wall time would count the other tests sharing the cores). */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Asserts `parse` neither throws nor takes longer than the budget on any generated input. */
function holds(parse: Parse, input: fc.Arbitrary<Input>): void {
  fc.assert(
    fc.property(input, ({ text, shown }) => {
      let error: unknown;
      const ms = cpuMs(() => {
        try {
          parse(text);
        } catch (err) {
          error = err;
        }
      });
      expect(error, `threw on ${shown.slice(0, 200)}`).toBeUndefined();
      expect(ms, `${text.length} chars: ${shown.slice(0, 200)}`).toBeLessThan(BUDGET_MS);
    }),
    { numRuns: RUNS },
  );
}

describe('hostile/fuzz: parsers', () => {
  beforeAll(async () => {
    await initPython();
  });

  describe.each(PARSERS)('%s', (_, parse) => {
    it.each(GENERATORS)('never throws and stays in time on %s', (_name, input) => {
      holds(parse, input);
    });
  });

  it('parseFile never throws on arbitrary bytes, whatever the path', () => {
    const paths = fc.constantFrom('a.py', 'setup.py', 'requirements.txt', 'pyproject.toml', 'x.ipynb', '.gitlab-ci.yml', 'k.yaml', 'Dockerfile', 'main.tf', 'Makefile', 'a.sql');
    fc.assert(
      fc.property(paths, fc.uint8Array({ maxLength: 600 }), (path, bytes) => {
        expect(parseFile(path, bytes).path).toBe(path);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('hostile/fuzz: TOML key index', () => {
  /** The per-key pattern the index replaced: the reference for bare keys. */
  const pattern = (key: string) => new RegExp(`^\\s*(?:(?:[\\w-]+|"[^"]*"|'[^']*')\\s*\\.\\s*)*(?:${key}|"${key}"|'${key}')\\s*[=.]`);
  const key = fc.constantFrom('a', 'b', 'numpy', 'dev-packages', 'x_1');
  const line = fc
    .array(fc.constantFrom('a', 'b', 'numpy', 'dev-packages', 'x_1', '"a"', "'b'", '.', ' . ', ' ', '=', ' = 1', '[', '#', '"q"'), { maxLength: 8 })
    .map((parts) => parts.join(''));

  it('finds the same first line of a bare key as the per-key pattern', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), key, fc.nat(30), (lines, k, from) => {
        const expected = lines.findIndex((l, i) => i + 1 >= from && pattern(k).test(l));
        expect(findKeyLine(indexTomlKeys(lines), k, from, lines.length + 1)).toBe(expected === -1 ? undefined : expected + 1);
      }),
      { numRuns: 300 },
    );
  });
});
