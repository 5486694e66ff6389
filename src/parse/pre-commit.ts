// pre-commit configuration: https://pre-commit.com/#adding-pre-commit-plugins-to-your-project
// Each hook of each repo gives a ConfigFact `hook:<id>` at the line of its id.
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { loadYaml } from './load.js';
import { evidenceText } from './pep508.js';
import type { ConfigFact, FileFacts } from './types.js';

function scalarString(map: YAMLMap, key: string): { value: string; offset: number } | undefined {
  const node = map.get(key, true);
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return undefined;
  return { value: String(node.value), offset: node.range?.[0] ?? 0 };
}

/** Parses .pre-commit-config.yaml. A YAML syntax error gives a Problem and no facts. Never throws. */
export function parsePreCommit(text: string, path: string): Partial<FileFacts> {
  const { doc, lineOf, problems } = loadYaml(text, path);
  if (problems.length > 0) return { problems };
  const repos = isMap(doc.contents) ? doc.contents.get('repos', true) : undefined;
  const configs: ConfigFact[] = [];
  for (const repo of isSeq(repos) ? repos.items : []) {
    if (!isMap(repo)) continue;
    const source = scalarString(repo, 'repo')?.value;
    const hooks = repo.get('hooks', true);
    for (const hook of isSeq(hooks) ? hooks.items : []) {
      const id = isMap(hook) ? scalarString(hook, 'id') : undefined;
      if (!id) continue;
      const from = source === undefined || source === 'local' || source === 'meta' ? '' : ` (${source})`;
      configs.push({ key: `hook:${id.value}`, text: evidenceText(`hook ${id.value}${from}`), line: lineOf(id.offset) });
    }
  }
  return { configs };
}
