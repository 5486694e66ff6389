import { describe, expect, it } from 'vitest';
import { findRoles } from './roles.js';
import type { CvLine, SectionKind } from './types.js';

type Where = SectionKind | 'header';

function doc(entries: (string | [string, string])[]): { lines: CvLine[]; where: Where[] } {
  const lines = entries.map((e) => {
    const [text, style] = typeof e === 'string' ? [e, undefined] : e;
    return { text, segments: text.split('\t'), page: 1, ...(style ? { style } : {}) };
  });
  return { lines, where: lines.map(() => 'experience') };
}

const NOW = new Date(Date.UTC(2026, 0, 15));

function roles(entries: (string | [string, string])[]): [string, string, string | undefined, string | undefined][] {
  const { lines, where } = doc(entries);
  return findRoles(lines, where, new Set(), NOW).map((r) => [r.start, r.end, r.title, r.employer]);
}

describe('cv/roles', () => {
  it('reads German, French and Spanish month names and words for "now"', () => {
    expect(
      roles([
        'Softwareingenieur\tDezember 2024 - Februar 2026',
        'Spinnax GmbH',
        'Mai 2019 – Sep. 2020 Technicien Service Client - Orange Business',
        'Consultant Informatique - Oulcaid Cloud Solutions',
        '01/2025–Actuellement | Paris, FRANCE',
        'Consultor GIS',
        'Naciones Unidas · 2023 – Actualidad',
      ]),
    ).toEqual([
      ['2024-12', '2026-02', 'Softwareingenieur', 'Spinnax GmbH'],
      ['2019-05', '2020-09', 'Technicien Service Client', 'Orange Business'],
      ['2025-01', 'present', 'Consultant Informatique', 'Oulcaid Cloud Solutions'],
      ['2023-01', 'present', 'Consultor GIS', 'Naciones Unidas'],
    ]);
  });

  it('reads "seit", "since" and "depuis" as a role held until now', () => {
    expect(roles(['Werkstudent Data Engineering, Acme GmbH, seit März 2025'])).toEqual([['2025-03', 'present', 'Werkstudent Data Engineering', 'Acme GmbH']]);
  });

  it('joins a range broken inside its end date, and skips the year starting the next line', () => {
    expect(
      roles(['September 2013 – January\tIdentity and Access Management Consultant (Banking)', '2016 Caixa Geral de Depósitos', 'Technologies: CA Identity Minder, Perl']),
    ).toEqual([['2013-09', '2016-01', 'Identity and Access Management Consultant (Banking)', 'Caixa Geral de Depósitos']]);
  });

  it('prefers a company name beside the dated line to the last line of the entry before', () => {
    expect(
      roles([
        'Migration-Support für Entwickler-Teams.',
        'DevOps Mindset leben',
        '05/2016 – 08/2019\tIT Consultant',
        'Netlution GmbH',
        'Projekte: Migration einer Dev-Infrastruktur nach MS Azure',
      ]),
    ).toEqual([['2016-05', '2019-08', 'IT Consultant', 'Netlution GmbH']]);
  });

  it('keeps "Inc." with the company and takes a short lower-case employer line set apart', () => {
    expect(roles(['Full Stack Java Developer | ABC Company, Inc. | June 2018 – Present', 'everis', 'January 2016 - Present', 'Full Stack Engineer (Public Sector)'])).toEqual([
      ['2018-06', 'present', 'Full Stack Java Developer', 'ABC Company Inc.'],
      ['2016-01', 'present', 'Full Stack Engineer (Public Sector)', 'everis'],
    ]);
  });

  it('does not take the wrapped end of a bullet for an employer, nor a sentence for a title', () => {
    const body = 'Body@8.5';
    expect(
      roles([
        ['• Shipped plugin search, increasing discovery by 25% through API design and', body],
        ['performance tuning', body],
        ['Software Engineer\tJul 2019 - May 2021', 'Bold@9.5'],
        ['Notion • San Francisco, CA', 'Bold@9'],
        ['Member of the leading AI community.', body],
        ['Sociality.io @Istanbul, Turkey\tJune 2018 – Jan 2019', 'Regular@12'],
        ['Software Developer', 'Italic@11'],
        ['• Built REST APIs with Laravel and MongoDB for the platform', body],
      ]),
    ).toEqual([
      ['2019-07', '2021-05', 'Software Engineer', 'Notion'],
      ['2018-06', '2019-01', 'Software Developer', 'Sociality.io'],
    ]);
  });

  it('reads a team leader with the school after a comma, and an employer before dot leaders', () => {
    expect(roles(['Quiz Team leader, DAV public school (2019-2021)', 'Mahsan Co.', 'Senior Software Engineer\t2022/10-2024/07'])).toEqual([
      ['2019-01', '2021-01', 'Quiz Team leader', 'DAV public school'],
      ['2022-10', '2024-07', 'Senior Software Engineer', 'Mahsan Co.'],
    ]);
  });

  it('reads an employer from a bulleted entry header with its place, but not from a description', () => {
    const body = 'Regular@10';
    expect(
      roles([
        ['• Google\tMountain View, CA', 'Regular@11'],
        ['Software Engineer\tOct 2016 – Present', 'Italic@10'],
        ['Topics included customer contracts, change management, controlling, operational tasks', body],
        ['Student Assistant / Programmer\totulea.uni-bremen.de, 2010 - 2011', body],
        ['Nexus AI, Co-Founder & CTO\tSan Francisco, CA', body],
        ['• Built model infrastructure serving 2M+ monthly API requests with 99.97%\tJune 2023 – present', body],
      ]),
    ).toEqual([
      ['2016-10', 'present', 'Software Engineer', 'Google'],
      ['2010-01', '2011-01', 'Student Assistant / Programmer', undefined],
      ['2023-06', 'present', 'Co-Founder & CTO', 'Nexus AI'],
    ]);
  });

  it('reads "Employer : Title" with a technology line and the dates under it; technologies are never the employer', () => {
    expect(
      roles([
        'Acme Analytics : Senior Data Scientist',
        'Python, PyTorch, Kubernetes, Airflow',
        'Jan 2020 – Present',
        '• Built churn models for the retail team and shipped them.',
        'Beta Corp: Machine Learning Engineer',
        'Python | TensorFlow | Docker',
        'Mar 2017 – Dec 2019',
        '• Trained ranking models.',
        'Data Scientist: Gamma Labs',
        'SQL, Tableau',
        '2015 – 2017',
      ]),
    ).toEqual([
      ['2020-01', 'present', 'Senior Data Scientist', 'Acme Analytics'],
      ['2017-03', '2019-12', 'Machine Learning Engineer', 'Beta Corp'],
      ['2015-01', '2017-01', 'Data Scientist', 'Gamma Labs'],
    ]);
  });

  it('reads "Role:" and "Company:" labels, and skips detail labels and sentences after a colon', () => {
    expect(
      roles([
        'Company: Delta Robotics',
        'Role: Perception Engineer',
        '06/2021 - 09/2023',
        'Technologies: ROS, C++, PyTorch',
        'Senior Engineer: Led the platform team',
      ]),
    ).toEqual([['2021-06', '2023-09', 'Perception Engineer', 'Delta Robotics']]);
  });
});
