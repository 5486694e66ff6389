import { describe, expect, it } from 'vitest';
import type { CvClaims } from '../cv/types.js';
import { collectTargets, parseLink, userFromOption } from './profiles.js';

describe('discover/profiles', () => {
  it.each([
    ['https://github.com/alice', { profile: { service: 'github', user: 'alice' } }],
    ['github.com/alice/', { profile: { service: 'github', user: 'alice' } }],
    ['https://www.github.com/alice?tab=repositories', { profile: { service: 'github', user: 'alice' } }],
    ['https://github.com/alice/shop-model/tree/main/src', { repo: { service: 'github', fullName: 'alice/shop-model' } }],
    ['https://github.com/alice/shop-model.git', { repo: { service: 'github', fullName: 'alice/shop-model' } }],
    ['https://gitlab.com/group/sub/project/-/tree/main', { repo: { service: 'gitlab', fullName: 'group/sub/project' } }],
    ['https://gitlab.com/carol', { profile: { service: 'gitlab', user: 'carol' } }],
    ['https://huggingface.co/dana', { profile: { service: 'huggingface', user: 'dana' } }],
    ['https://huggingface.co/spaces/dana/demo', {}],
    ['https://github.com/orgs/acme', {}],
    ['https://github.com/sponsors/alice', {}],
    ['https://github.com/-bad-', {}],
    ['https://bitbucket.org/alice', {}],
    ['not a url at all', {}],
  ])('reads %s', (url, expected) => {
    expect(parseLink(url)).toEqual(expected);
  });

  it('takes a name, @name or a profile URL as an option, and refuses anything else in one line', () => {
    expect(userFromOption('alice', 'github', '--github')).toBe('alice');
    expect(userFromOption('@alice', 'github', '--github')).toBe('alice');
    expect(userFromOption('https://github.com/alice', 'github', '--github')).toBe('alice');
    expect(() => userFromOption('alice/../../etc', 'github', '--github')).toThrow('--github: not a GitHub user name: alice/../../etc');
    expect(() => userFromOption('--upload-pack=x', 'gitlab', '--gitlab')).toThrow('--gitlab: not a GitLab user name: --upload-pack=x');
  });

  it('lists each profile once, an option before the same link on the CV, and the CV’s repository links', () => {
    const claims = {
      links: [
        { url: 'https://github.com/Alice', kind: 'github', from: 'text' },
        { url: 'https://huggingface.co/alice', kind: 'huggingface', from: 'annotation' },
        { url: 'https://linkedin.com/in/alice', kind: 'linkedin', from: 'text' },
      ],
      suggestedSources: ['https://github.com/alice', 'https://github.com/alice/shop-model', 'https://github.com/ALICE/shop-model'],
    } as unknown as CvClaims;

    const targets = collectTargets({ github: ['alice'], gitlab: [], huggingface: [], fromCv: true }, claims);
    const withoutCv = collectTargets({ github: ['alice'], gitlab: [], huggingface: [], fromCv: false }, claims);

    expect(targets).toEqual({
      profiles: [
        { service: 'github', user: 'alice', from: 'option' },
        { service: 'huggingface', user: 'alice', from: 'cv' },
      ],
      repos: [{ service: 'github', fullName: 'alice/shop-model' }],
    });
    expect(withoutCv).toEqual({ profiles: [{ service: 'github', user: 'alice', from: 'option' }], repos: [] });
  });
});
