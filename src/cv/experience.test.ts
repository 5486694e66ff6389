import { describe, expect, it } from 'vitest';
import { findRoles, latestMonth, statedYears, yearsCovered } from './experience.js';
import type { CvLine, SectionKind } from './types.js';

type Where = SectionKind | 'header';

function doc(texts: string[], kind: Where = 'experience'): { lines: CvLine[]; where: Where[] } {
  return { lines: texts.map((text) => ({ text, segments: text.split('\t'), page: 1 })), where: texts.map(() => kind) };
}

const NOW = new Date(Date.UTC(2025, 5, 15));

describe('cv/experience', () => {
  it('reads roles with their dates, titles and employers in several layouts', () => {
    const { lines, where } = doc([
      'Senior MLOps Engineer | AI Innovations Lab | 2022 - Present',
      'FACEBOOK | SOFTWARE ENGINEER',
      'Jan 2015 – Dec 2016 | New York, NY',
      'Software Engineer\tSep. 2013 -Mar. 2014',
      'Stripe • San Francisco, CA',
      '03/2010 to 06/2012 Data Analyst, Acme Corp.',
      "Intern, Initech — Jun '08 – Aug '08",
    ]);

    const roles = findRoles(lines, where, new Set(), NOW);

    expect(roles.map((r) => [r.title, r.employer, r.start, r.end, r.months])).toEqual([
      ['Senior MLOps Engineer', 'AI Innovations Lab', '2022-01', 'present', 42],
      ['SOFTWARE ENGINEER', 'FACEBOOK', '2015-01', '2016-12', 24],
      ['Software Engineer', 'Stripe', '2013-09', '2014-03', 7],
      ['Data Analyst', 'Acme Corp.', '2010-03', '2012-06', 28],
      ['Intern', 'Initech', '2008-06', '2008-08', 3],
    ]);
  });

  it('reads a date range split over two lines ("2021 –" then "Present")', () => {
    const { lines, where } = doc(['2021 – Machine Learning Engineer, OpenAI, San Francisco, USA', 'Present Leading a team of engineers.']);

    const roles = findRoles(lines, where, new Set(), NOW);

    expect(roles.map((r) => [r.title, r.employer, r.start, r.end])).toEqual([['Machine Learning Engineer', 'OpenAI', '2021-01', 'present']]);
  });

  it('counts overlapping roles once', () => {
    const roles = [
      { start: '2018-01', end: '2019-12', months: 24, line: 0 },
      { start: '2019-01', end: '2020-12', months: 24, line: 1 },
      { start: '2022-01', end: '2022-06', months: 6, line: 2 },
    ];

    expect(yearsCovered(roles, NOW)).toBe(3.5);
  });

  it('reads stated years in digits and words, overall and per skill', () => {
    const { lines, where } = doc(
      [
        'Full Stack Developer with over 5 years of experience in Java and Angular development.',
        'Also four years of hands-on Python expertise, 3 yrs with Kubernetes, and Rust (2 years).',
      ],
      'summary',
    );

    const stated = statedYears(lines, where, () => true);

    expect(stated).toEqual({ total: 5, skills: { java: 5, angular: 5, python: 4, kubernetes: 3, rust: 2 } });
  });

  it('finds the latest date the text names', () => {
    const { lines } = doc(['2016 – 2018 Analyst', 'Jun 2021 – Present', 'Expected 12/2022']);

    expect(latestMonth(lines)).toBe('2022-12');
  });

  it('does not read an age before a section heading as years of experience', () => {
    const { lines, where } = doc(['I have been playing the piano since I was 16 years old.', 'WORK EXPERIENCE', 'Unbabel']);

    expect(statedYears(lines, where, () => true, new Set([1])).total).toBeUndefined();
  });

  it.each([
    ['Ingénieur Cloud passionné, avec 3 ans', 3],
    ['Über 5 Jahre Berufserfahrung in der Cloud', 5],
    ['Ingeniero con 4 años de experiencia en datos', 4],
  ])('reads years stated in another language: %s', (text, years) => {
    const { lines, where } = doc(text.startsWith('Ingénieur') ? [text, 'd’expérience en administration.'] : [text], 'summary');

    expect(statedYears(lines, where, () => true).total).toBe(years);
  });
});
