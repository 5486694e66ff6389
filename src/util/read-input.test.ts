import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from './read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'read-input-'));

describe('util/read-input', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file', () => {
    writeFileSync(join(dir, 'role.yaml'), 'name: x\n');

    expect(readInputFile(join(dir, 'role.yaml'), 'role profile')).toBe('name: x\n');
  });

  it.each([
    ['a FIFO', () => (execFileSync('mkfifo', [join(dir, 'fifo')]), join(dir, 'fifo')), 'a FIFO, not a regular file'],
    ['a device', () => '/dev/zero', 'a device, not a regular file'],
    ['a directory', () => dir, 'a directory, not a regular file'],
  ])('refuses %s at once, without reading it', (_, make, message) => {
    const path = make();
    const started = performance.now();

    expect(() => readInputFile(path, 'job description', 'jd')).toThrow(`cannot read job description jd: ${message}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a file over the limit before reading it', () => {
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(2_000));

    expect(() => readInputFile(join(dir, 'big.yaml'), 'scorecard', 'big.yaml', 1_000)).toThrow('scorecard big.yaml is 2000 bytes; the limit is 1000');
  });

  it('says a missing file cannot be read', () => {
    expect(() => readInputFile(join(dir, 'none.yaml'), 'kit', 'none.yaml')).toThrow('cannot read kit none.yaml');
  });
});
