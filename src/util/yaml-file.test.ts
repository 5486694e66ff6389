import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlStrict } from './yaml-file.js';

const Schema = z.object({ name: z.string(), items: z.array(z.unknown()).default([]) }).strict();

describe('util/yaml-file', () => {
  it('names the file and line of a field error', () => {
    expect(() => parseYamlStrict('name: x\nitem: 1\n', 'role.yaml', Schema)).toThrow('role.yaml:2: item: Unrecognized key: "item"');
  });

  it('refuses aliases that expand too far, naming the file', () => {
    const text = `name: bomb\nbase: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`).join('\n')}\n`;

    expect(() => parseYamlStrict(text, 'roles/bomb.yaml', Schema)).toThrow(/^roles\/bomb\.yaml: YAML aliases expand too far/);
  });

  it('refuses text nested too deeply before parsing it', () => {
    expect(() => parseYamlStrict(`name: x\nitems: ${'['.repeat(50_000)}`, 'deep.yaml', Schema)).toThrow('deep.yaml: YAML nested deeper than 128 levels; refused');
  });

  it('refuses a flow collection of tens of thousands of empty entries before parsing it (the YAML library takes seconds on it)', () => {
    expect(() => parseYamlStrict(`name: x\nitems: [${','.repeat(50_000)}]`, 'commas.yaml', Schema)).toThrow('commas.yaml: YAML with more than 1000 empty flow entries; refused');
    expect(() => parseYamlStrict('name: x\nitems: [a, b]\n', 'ok.yaml', Schema)).not.toThrow(/empty flow entries/);
  });
});
