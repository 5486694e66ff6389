import { describe, expect, it } from 'vitest';
import { UserError } from '../util/errors.js';
import { looksLikeGitUrl, parseGitUrl, redact, repoName } from './git-url.js';

function refusal(input: string, options = {}): string {
  try {
    parseGitUrl(input, options);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error(`not refused: ${input}`);
}

describe('ingest/git-url', () => {
  it.each`
    input                                             | scheme     | name                 | ref
    ${'https://github.com/acme/widgets'}              | ${'https'} | ${'acme/widgets'}    | ${undefined}
    ${'https://github.com/acme/widgets.git'}          | ${'https'} | ${'acme/widgets'}    | ${undefined}
    ${'https://gitlab.com/group/sub/widgets.git/'}    | ${'https'} | ${'sub/widgets'}     | ${undefined}
    ${'ssh://git@github.com/acme/widgets.git'}        | ${'ssh'}   | ${'acme/widgets'}    | ${undefined}
    ${'git+ssh://git@github.com/acme/widgets'}        | ${'ssh'}   | ${'acme/widgets'}    | ${undefined}
    ${'git@github.com:acme/widgets.git'}              | ${'ssh'}   | ${'acme/widgets'}    | ${undefined}
    ${'git://example.org/acme/widgets'}               | ${'git'}   | ${'acme/widgets'}    | ${undefined}
    ${'file:///tmp/work/widgets'}                     | ${'file'}  | ${'work/widgets'}    | ${undefined}
    ${'https://github.com/acme/widgets#v1.2'}         | ${'https'} | ${'acme/widgets'}    | ${'v1.2'}
    ${'https://github.com/acme/widgets#feature/x'}    | ${'https'} | ${'acme/widgets'}    | ${'feature/x'}
    ${'git@github.com:acme/widgets#0123abc'}          | ${'ssh'}   | ${'acme/widgets'}    | ${'0123abc'}
  `('accepts $input', ({ input, scheme, name, ref }) => {
    const target = parseGitUrl(input);

    expect(target.scheme).toBe(scheme);
    expect(target.name).toBe(name);
    expect(target.ref).toBe(ref);
    expect(target.url).toBe(input.split('#')[0]);
  });

  it.each`
    input                                        | reason
    ${'ext::sh -c touch% /tmp/x'}                | ${'transport helpers (ext::)'}
    ${'fd::3,4'}                                 | ${'transport helpers (fd::)'}
    ${'remote-foo::https://example.org/a/b'}     | ${'transport helpers (remote-foo::)'}
    ${'http://example.org/acme/widgets'}         | ${'plain http is not allowed'}
    ${'ftp://example.org/acme/widgets'}          | ${'only https, ssh, git and file'}
    ${'ssh://-oProxyCommand=touch%20x/acme/w'}   | ${'invalid host'}
    ${'-oProxyCommand=x@host:acme/w'}            | ${'not a valid URL'}
    ${'git@host:-upload-pack=x'}                 | ${'not a valid URL'}
    ${'https://github.com/acme/w#--upload-pack'} | ${'invalid branch, tag or commit'}
    ${'https://github.com/acme/w#a..b'}          | ${'invalid branch, tag or commit'}
    ${'https://github.com/acme/w#HEAD@{1}'}      | ${'invalid branch, tag or commit'}
    ${'https://github.com/'}                     | ${'names no repository'}
    ${'https://github.com/a b/c'}                | ${'spaces or control characters'}
  `('refuses $input', ({ input, reason }) => {
    const message = refusal(input);

    expect(message).toContain(reason);
    expect(message).not.toContain('\n');
  });

  it('refuses file URLs where they are not enabled', () => {
    expect(refusal('file:///tmp/x/y', { allowFileUrls: false })).toContain('file URLs are not enabled');
  });

  it('never shows credentials in messages or display names', () => {
    const target = parseGitUrl('https://user:s3cret@example.org/acme/widgets.git');

    expect(target.display).toBe('https://example.org/acme/widgets.git');
    expect(refusal('http://user:s3cret@example.org/a/b')).not.toContain('s3cret');
    expect(redact("fatal: unable to access 'https://tok@example.org/a/b/'")).toBe("fatal: unable to access 'https://example.org/a/b/'");
  });

  it.each`
    input                            | expected
    ${'https://github.com/acme/w'}   | ${true}
    ${'http://example.org/a/b'}      | ${true}
    ${'git@github.com:acme/w.git'}   | ${true}
    ${'ext::sh -c x'}                | ${true}
    ${'./repos/widgets'}             | ${false}
    ${'/home/me/widgets'}            | ${false}
    ${'widgets.zip'}                 | ${false}
    ${'C:\\repos\\widgets'}          | ${false}
  `('looksLikeGitUrl($input) is $expected', ({ input, expected }) => {
    expect(looksLikeGitUrl(input)).toBe(expected);
  });

  it('names a repository by its last two path segments', () => {
    expect(repoName('/acme/widgets.git')).toBe('acme/widgets');
    expect(repoName('widgets')).toBe('widgets');
    expect(repoName('/home/me/acme/widgets/.git')).toBe('acme/widgets');
    expect(repoName('/')).toBe('');
  });
});
