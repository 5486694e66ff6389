import { describe, expect, it } from 'vitest';
import { isPinned, parsePep508 } from './pep508.js';

describe('parse/pep508', () => {
  it('reads name, extras, specifiers and marker', () => {
    const req = parsePep508('Foo.Bar[Extra1, extra2] (>= 1.0 , < 2) ; python_version < "3.10"');

    expect(req).toEqual({ name: 'foo-bar', extras: ['Extra1', 'extra2'], spec: '>=1.0,<2', marker: 'python_version < "3.10"' });
  });

  it('reads a direct URL reference and its marker', () => {
    const req = parsePep508('pkg @ https://example.org/pkg-1.0.zip ; os_name == "nt"');

    expect(req).toEqual({ name: 'pkg', extras: [], spec: '', url: 'https://example.org/pkg-1.0.zip', marker: 'os_name == "nt"' });
  });

  it.each(['', '-e .', 'numpy 1.2', 'pkg >> 1', '[x]==1'])('rejects %j', (input) => {
    expect(parsePep508(input)).toBeUndefined();
  });

  it.each`
    spec               | pinned
    ${'==1.2'}         | ${true}
    ${'==1.2.*'}       | ${true}
    ${'===1.2'}        | ${true}
    ${'>=1,==1.2.3'}   | ${true}
    ${'==2.*'}         | ${false}
    ${'==*'}           | ${false}
    ${'~=1.2'}         | ${false}
    ${'>=1.2,<1.3'}    | ${false}
    ${'!=1.2'}         | ${false}
    ${''}              | ${false}
  `('isPinned($spec) is $pinned', ({ spec, pinned }) => {
    expect(isPinned(spec)).toBe(pinned);
  });
});
