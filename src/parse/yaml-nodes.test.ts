import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { entries, get, items, lineOf, linedStrings, readYaml, str, strings, yamlProblem } from './yaml-nodes.js';

describe('parse/yaml-nodes', () => {
  it('reads every document with key lines', () => {
    const text = yaml`
      a: 1
      ---
      # comment
      b:
        c: x
    `;

    const file = readYaml(text);

    expect(file.roots).toHaveLength(2);
    expect(entries(file, file.roots[0]).map((e) => [e.key, e.line])).toEqual([['a', 1]]);
    const b = get(file, file.roots[1], 'b');
    expect(lineOf(file, b)).toBe(5);
    expect(str(file, get(file, b, 'c'))).toBe('x');
    expect(file.error).toBeUndefined();
  });

  it('keeps `on` a string key (YAML 1.2 core schema)', () => {
    const file = readYaml('on: push\n');

    expect(entries(file, file.roots[0]).map((e) => e.key)).toEqual(['on']);
  });

  it('expands << merges and aliases, own keys first', () => {
    const text = yaml`
      .base: &base
        image: python:3.11
        script: &steps
          - make test
      job:
        <<: *base
        image: python:3.12
        after: *steps
    `;

    const file = readYaml(text);
    const job = get(file, file.roots[0], 'job');

    expect(entries(file, job).map((e) => e.key)).toEqual(['image', 'after', 'script']);
    expect(str(file, get(file, job, 'image'))).toBe('python:3.12');
    expect(strings(file, get(file, job, 'after'))).toEqual(['make test']);
  });

  it('flattens nested sequences and keeps item lines', () => {
    const text = yaml`
      s:
        - one
        - [two, 3]
    `;

    const file = readYaml(text);

    expect(linedStrings(file, get(file, file.roots[0], 's'))).toEqual([
      { text: 'one', line: 2 },
      { text: 'two', line: 3 },
      { text: '3', line: 3 },
    ]);
    expect(items(file, get(file, file.roots[0], 'missing'))).toEqual([]);
  });

  it('records the first syntax error as a problem with its line', () => {
    const file = readYaml('a: 1\nb: [1, 2\nc: 3\n');

    expect(yamlProblem(file, 'x.yml')).toEqual([
      expect.objectContaining({ path: 'x.yml', kind: 'syntax', line: expect.any(Number) }),
    ]);
  });

  it('stops after the document cap', () => {
    const text = Array.from({ length: 10 }, (_, i) => `n: ${i}`).join('\n---\n');

    const file = readYaml(text, 3);

    expect(file.roots).toHaveLength(3);
  });

  it('reads an empty file as one empty document', () => {
    const file = readYaml('');

    expect(file.roots).toEqual([undefined]);
    expect(file.error).toBeUndefined();
  });

  it('stays cheap on nested aliases and merge chains', () => {
    const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) laughs.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    laughs.push('m0: &m0 {x: 1}');
    for (let i = 1; i < 30; i++) laughs.push(`m${i}: &m${i} {<<: [${Array(10).fill(`*m${i - 1}`).join(', ')}]}`);
    const file = readYaml(laughs.join('\n'));

    const lols = strings(file, get(file, file.roots[0], 'a8'));
    const merged = entries(file, get(file, file.roots[0], 'm29'));

    expect(lols.length).toBe(5000);
    expect(merged.map((e) => e.key)).toEqual(['x']);
  });
});
