import { describe, expect, it } from 'vitest';
import { classifyLink, emailsIn, findEmails, findLinks, findPhone, linkKey } from './contacts.js';
import type { CvAnchor, CvLine, SectionKind } from './types.js';

type Where = SectionKind | 'header';

function doc(entries: [Where, string][]): { lines: CvLine[]; where: Where[] } {
  return { lines: entries.map(([, text]) => ({ text, segments: [text], page: 1 })), where: entries.map(([w]) => w) };
}

describe('cv/contacts', () => {
  it('lists the candidate emails first and never a referee or co-author address', () => {
    const { lines, where } = doc([
      ['experience', 'Contact the team at team@acme.io'],
      ['header', 'mailto: alice@example.com | 555'],
      ['references', 'Prof. Beta — a.beta@university.edu'],
    ]);
    const anchors: CvAnchor[] = [{ url: 'mailto:alice.work@example.org', text: 'Email', line: 1 }];

    expect(findEmails(lines, where, anchors)).toEqual(['alice@example.com', 'alice.work@example.org', 'team@acme.io']);
  });

  it('reads no email out of a URL with credentials, a file name or a git remote (real-people review)', () => {
    const { lines, where } = doc([
      ['header', 'Jane Roe | jane.roe@example.org'],
      ['projects', 'Mirror at https://deploy:s3cr3t@git.example.com/jane/model.git (read-only)'],
      ['projects', 'Clone git@github.com:jane/churn.git; assets icon@2x.png and logo@dark.svg'],
      ['projects', 'ssh://git@gitlab.com/jane/x.git and ftp://anon:guest@ftp.example.net/pub'],
    ]);
    const anchors: CvAnchor[] = [
      { url: 'mailto:%E0%A4%A', text: 'Email', line: 0 },
      { url: 'mailto:not-an-address', text: 'Email', line: 0 },
      { url: 'mailto:jane%2Ework@example.org?subject=Hi', text: 'Email', line: 0 },
    ];

    expect(findEmails(lines, where, anchors)).toEqual(['jane.roe@example.org', 'jane.work@example.org']);
    expect(emailsIn('write to a.b@c.io: or b@d.co.uk.').map((e) => e.email)).toEqual(['a.b@c.io', 'b@d.co.uk']);
  });

  it('keeps a profile link written with credentials, without them', () => {
    const { lines, where } = doc([['header', 'https://jane:token@github.com/jane-roe']]);
    const anchors: CvAnchor[] = [{ url: 'https://x:y@gitlab.com/jane-roe', text: 'GitLab', line: 0 }];

    const { links, sources } = findLinks(lines, where, anchors);

    expect(links.map((l) => l.url)).toEqual(['https://github.com/jane-roe', 'https://gitlab.com/jane-roe']);
    expect(JSON.stringify({ links, sources })).not.toMatch(/token|x:y/);
  });

  it("never takes a co-speaker's profile or an organisation's page in the body for the candidate's own when the header gives theirs", () => {
    const { lines, where } = doc([
      ['header', 'Maria Sousa · https://linkedin.com/in/msousa · https://github.com/msousa'],
      ['projects', 'Talk with https://www.linkedin.com/in/co-speaker; contributions to https://github.com/some-org'],
    ]);

    const { links, sources } = findLinks(lines, where, []);

    expect(links.map((l) => l.url)).toEqual(['https://linkedin.com/in/msousa', 'https://github.com/msousa']);
    // The organisation's page is still a source worth looking at, not an identity.
    expect(sources).toContain('https://github.com/some-org');
  });

  it('finds the phone number at the top, not a date range', () => {
    const { lines, where } = doc([
      ['header', 'London, UK | 2019-2021'],
      ['header', 'tel: (+82) 10-9030-1843'],
    ]);

    expect(findPhone(lines, where, [])).toBe('(+82) 10-9030-1843');
  });

  it('reads no date as a phone: ISO, day-first or year-first dates, and any number after a date-named key (real-people review)', () => {
    for (const text of ['last_updated: 2026-02-12', 'Updated 2025.11.03', 'Date of birth: 14/03/1991', 'Born 14-03-1991', 'dob = 1991/03/14', '2024-01-31 · Berlin', '31.01.2024', '2026.02.12']) {
      const { lines, where } = doc([['header', text]]);

      expect(findPhone(lines, where, [])).toBeUndefined();
    }
    const { lines, where } = doc([
      ['header', 'Updated: 2026-02-12'],
      ['header', 'Mobile: 0151 2345 6789'],
    ]);

    expect(findPhone(lines, where, [])).toBe('0151 2345 6789');
  });

  it('prefers a number with a country code to the postcode above it, and reads single-digit groups', () => {
    const { lines, where } = doc([
      ['header', 'Rua Michel Giacometti N21 2D 2835-138 - Baixa da Banheira'],
      ['header', '+212.6.21.79.35.75'],
    ]);

    expect(findPhone(lines, where, [])).toBe('+212.6.21.79.35.75');
  });

  it('reads a country code written before its brackets', () => {
    const { lines, where } = doc([['header', 'poe.liu@pm.me · +(49) 157-5706-2745 · 0xPoe']]);

    expect(findPhone(lines, where, [])).toBe('+(49) 157-5706-2745');
  });

  it('takes the real profile from a link written inside its own base URL, and no LinkedIn link without a handle', () => {
    const { lines, where } = doc([
      ['header', 'https://www.linkedin.com/in/ jane-'],
      ['header', 'LinkedIn'],
    ]);
    const anchors: CvAnchor[] = [{ url: 'https://www.linkedin.com/in/https://www.linkedin.com/in/jane-doe-42/', text: 'LinkedIn', line: 1 }];

    expect(findLinks(lines, where, anchors).links.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/jane-doe-42/']);
  });

  it('finds a phone in a contact block beside the email when the top of the CV has none', () => {
    const { lines, where } = doc([
      ['header', 'John Doe'],
      ['experience', 'Built billing at Acme, 2019 – 2021'],
      ['experience', '+1 (234) 567 890 • +2 (345) 678 901'],
      ['experience', 'john@doe.org • www.johndoe.com'],
      ['references', 'Prof. Beta +44 20 7946 0000 beta@uni.edu'],
    ]);

    expect(findPhone(lines, where, [])).toBe('+1 (234) 567 890');
  });

  it('reads profile URLs from text and from link annotations behind a handle or an icon', () => {
    const { lines, where } = doc([
      ['header', 'alice.dev | linkedin.com/in/alice | GitHub'],
      ['links', 'Twitter: @alice'],
      ['projects', 'Code at github.com/alice/fraud-detector and https://doi.org/10.1/x'],
      ['research', 'with Prof. Smith (cs.uni.edu/~smith)'],
    ]);
    const anchors: CvAnchor[] = [
      { url: 'https://github.com/alice', text: 'GitHub', line: 0 },
      { url: 'https://twitter.com/alice', text: '@alice', line: 1 },
      { url: 'https://facebook/dd', text: 'dd', line: 1 },
    ];

    const { links, sources } = findLinks(lines, where, anchors);

    expect(links.map((l) => [l.url, l.kind, l.from])).toEqual([
      ['https://alice.dev', 'website', 'text'],
      ['https://linkedin.com/in/alice', 'linkedin', 'text'],
      ['https://github.com/alice', 'github', 'annotation'],
      ['https://twitter.com/alice', 'twitter', 'annotation'],
    ]);
    expect(sources).toEqual(['https://github.com/alice/fraud-detector', 'https://github.com/alice']);
  });

  it('turns a GitHub handle without a link into a profile URL', () => {
    const { lines, where } = doc([['header', 'GitHub: octo-cat']]);

    expect(findLinks(lines, where, []).links.map((l) => l.url)).toEqual(['https://github.com/octo-cat']);
  });

  it('reads "GitHub: https://github.com/alice" as that URL, never as a handle named "https" (real-people review)', () => {
    const { lines, where } = doc([['header', 'GitHub: https://github.com/octo-cat · GitLab: http://gitlab.com/octo']]);

    expect(findLinks(lines, where, []).links.map((l) => l.url)).toEqual(['https://github.com/octo-cat', 'http://gitlab.com/octo']);
  });

  it.each([
    ['https://huggingface.co/alice', 'huggingface'],
    ['kaggle.com/alice', 'kaggle'],
    ['https://orcid.org/0000-0000-0000-0000', 'orcid'],
    ['https://gitlab.com/alice', 'gitlab'],
    ['https://mastodon.social/@alice', 'mastodon'],
  ])('classifies %s as %s', (url, kind) => {
    expect(classifyLink(url)).toMatchObject({ kind, profile: true });
  });

  it('compares links without scheme, www. or trailing slash', () => {
    expect(linkKey('https://www.LinkedIn.com/in/Alice/')).toBe(linkKey('linkedin.com/in/alice'));
  });
});
