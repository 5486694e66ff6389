import { describe, expect, it } from 'vitest';
import { experienceDoc as doc, NOW, roleRows as roles } from '../../test/helpers/cv-roles.js';
import { findEntries } from './roles.js';

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

  it('never takes a place line for the employer: "Title | Employer" above "Country, City - District | dates"', () => {
    const head = 'Bold@10';
    expect(
      roles([
        ['Senior Software Developer | Quillon', head],
        ['Germany, Hamburg | 2019 – 2025', head],
        ['I led a small team that rebuilt the billing platform from the ground up over several years.', 'Body@10'],
        ['Software Developer | Brisk-Systeme', head],
        ['Germany, Munich - Garching | 2017 – 2019', head],
      ]),
    ).toEqual([
      ['2019-01', '2025-01', 'Senior Software Developer', 'Quillon'],
      ['2017-01', '2019-01', 'Software Developer', 'Brisk-Systeme'],
    ]);
  });

  it('reads "Title, Employer" above "City - dates" and "Remote - dates": a city or "Remote" is never the employer', () => {
    expect(
      roles([
        'ML Engineer, Brightwave Analytics',
        'Tehran - May 2022 - May 2024',
        '- Built signal-quality checks for the recording app.',
        'Independent AI Engineer',
        'Remote - 2023 - Present',
        '- Built retrieval assistants for small firms.',
        'Data Engineer at Corvid Health',
        'Hybrid | Mar 2019 - Apr 2022',
      ]),
    ).toEqual([
      ['2022-05', '2024-05', 'ML Engineer', 'Brightwave Analytics'],
      ['2023-01', 'present', 'Independent AI Engineer', undefined],
      ['2019-03', '2022-04', 'Data Engineer', 'Corvid Health'],
    ]);
  });

  it('reads the employer above a two-line heading and a job title beside the dates; a title is never the employer', () => {
    expect(
      roles(['Orchard Testing\tKaunas, Lithuania; London, UK', '•', 'Performance Tester\tJul 2011 - Oct 2014', 'Projects: a trading platform, a bank portal'])
    ).toEqual([['2011-07', '2014-10', 'Performance Tester', 'Orchard Testing']]);
  });

  it('reads "Employer" above "Title - Field" and "City, ST": a field ("Data", "AI & Advanced Analytics") stays in the title, and a state code is never the employer', () => {
    const head = 'Bold@11';
    expect(
      roles([
        ['Larkspur Identity', head],
        ['Staff Software Engineer - Data', head],
        ['06/2023 - Present\tRemote, USA', 'Body@8'],
        ['• Moved the batch jobs to streaming.', 'Body@8'],
        ['Halvard Advisory', head],
        ['Consultant - AI & Advanced Analytics', head],
        ['12/2018 - 12/2020\tMenlo Park, CA | Seattle, WA', 'Body@8'],
        ['• Automated claims triage.', 'Body@8'],
        ['Peakline Cable', head],
        ['Senior Data Engineer', head],
        ['11/2017 - 12/2018\tBoulder, CO', 'Body@8'],
        ['• Built churn models.', 'Body@8'],
        ['Ridge Labs | Software Engineer', head],
        ['Jan 2013 – May 2013 | Palo Alto, CA & Ithaca, NY', head],
      ]),
    ).toEqual([
      ['2023-06', 'present', 'Staff Software Engineer - Data', 'Larkspur Identity'],
      ['2018-12', '2020-12', 'Consultant - AI & Advanced Analytics', 'Halvard Advisory'],
      ['2017-11', '2018-12', 'Senior Data Engineer', 'Peakline Cable'],
      ['2013-01', '2013-05', 'Software Engineer', 'Ridge Labs'],
    ]);
  });

  it('keeps a school or a firm before a capitalised abbreviation that is no place ("…, NTU")', () => {
    expect(roles(['Research Assistant', 'Marlow School of Medicine, NTU\tSingapore\t2016 - 2023'])).toEqual([
      ['2016-01', '2023-01', 'Research Assistant', 'Marlow School of Medicine'],
    ]);
  });

  it('reads "Project: …" entries among the roles as projects, never as jobs; technology words are never an employer', () => {
    const { lines, where } = doc([
      ['Software Engineer | Tallis Data', 'Bold@10'],
      ['Spain, Madrid | 2015 – 2017', 'Bold@10'],
      ['01/2024 to 06/2025\tProject: Claims automation platform', 'Bold@10'],
      ['Client: Insurer\tAs tech lead I built an event-driven system on queues and functions.', 'Body@10'],
      ['Technologies: C#, .NET, Service Bus, Docker, Kubernetes,', 'Bold@10'],
      ['CQRS, CosmosDB, Entra ID', 'Bold@10'],
      ['Project: Geo Data Service', 'Bold@10'],
      ['10/2022 to 01/2024', 'Bold@10'],
      ['Technologies: Azure DevOps, SOAP, REST API', 'Bold@10'],
      ['Project: Identity Management', 'Bold@10'],
      ['05/2020 to 10/2022\tDeveloped identity management solutions, including self -', 'Body@10'],
      ['Technologies: Azure B2C, Terraform, SQL', 'Bold@10'],
      ['Server, Cosmos SQL, OAuth 2.0, SAML', 'Bold@10'],
      ['Senior Consultant | Rookwood Partners GmbH | 2012 – 2015', 'Bold@10'],
      ['Project: Portal migration', 'Bold@10'],
    ]);
    const { roles: found, projects } = findEntries(lines, where, new Set(), NOW);
    expect(found.map((r) => [r.start, r.end, r.title, r.employer])).toEqual([
      ['2015-01', '2017-01', 'Software Engineer', 'Tallis Data'],
      ['2012-01', '2015-01', 'Senior Consultant', 'Rookwood Partners GmbH'],
    ]);
    expect(projects.map((p) => [p.start, p.end, p.name, p.inExperience])).toEqual([
      ['2024-01', '2025-06', 'Claims automation platform', true],
      ['2022-10', '2024-01', 'Geo Data Service', true],
      ['2020-05', '2022-10', 'Identity Management', true],
    ]);
  });

  it('never reads the wrapped end of a "Technologies:" line as an employer or a title', () => {
    expect(
      roles([
        ['Technologies: NodeJs, JavaScript, Cosmos DB, Docker, Azure', 'Bold@10'],
        ['DevOps', 'Bold@10'],
        ['07/2018 to 07/2019\tBuilt a web application for premium calculation.', 'Body@10'],
        ['Technologies: SharePoint, PowerShell, JavaScript, ASP.NET,', 'Body@10'],
        ['REST API', 'Body@10'],
        ['08/2013 to 09/2015\tBuilt new components for business applications.', 'Body@10'],
      ]),
    ).toEqual([
      ['2018-07', '2019-07', undefined, undefined],
      ['2013-08', '2015-09', undefined, undefined],
    ]);
  });
});
