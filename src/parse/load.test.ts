import { describe, expect, it } from 'vitest';
import { loadJson, loadToml, loadYaml } from './load.js';

describe('parse/load', () => {
  it('parses valid TOML, JSON and YAML', () => {
    expect(loadToml('a = 1\n', 'x.toml')).toEqual({ data: { a: 1 } });
    expect(loadJson('{"a": 1}', 'x.json')).toEqual({ data: { a: 1 } });
    expect(loadYaml('a: 1\n', 'x.yml').problems).toEqual([]);
  });

  it('turns syntax errors into Problems that quote nothing from the file', () => {
    const secret = 'token-1234';

    const results = [
      loadToml(`a = 1\nb = "${secret}\n`, 'x.toml').problem,
      loadJson(`{"a": "${secret}",\n}`, 'x.json').problem,
      loadYaml(`a: 1\nb: [${secret}\n`, 'x.yml').problems[0],
    ];

    expect(results.map((p) => p?.kind)).toEqual(['syntax', 'syntax', 'syntax']);
    expect(results[0]?.line).toBe(2);
    for (const p of results) expect(p?.message).not.toContain(secret);
  });

  it('gives 1-based lines of YAML nodes', () => {
    const { doc, lineOf } = loadYaml('a: 1\nb:\n  - c\n', 'x.yml');

    const seq = doc.getIn(['b'], true) as { range: [number] };

    expect(lineOf(seq.range[0])).toBe(3);
  });
});
