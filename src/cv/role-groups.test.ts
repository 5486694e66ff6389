import { describe, expect, it } from 'vitest';
import { bulletEntry } from './role-groups.js';
import { roleRows as roles } from '../../test/helpers/cv-roles.js';

const head = 'Bold@9';
const body = 'Regular@9';

describe('cv/role-groups', () => {
  it('reads dated list items as entries: the text before the date is the title and the employer', () => {
    expect(
      roles([
        ['- Applied Scientist, Brindle Works : October 2024 - Present', body],
        ['- Machine Learning Engineer, Quillon : June 2023 - October 2024', body],
        ['- Data Analyst | Fernhollow Labs | 2019 - 2021', body],
        ['- Marrow Group : 2020 - 2021', body],
      ]),
    ).toEqual([
      ['2024-10', 'present', 'Applied Scientist', 'Brindle Works'],
      ['2023-06', '2024-10', 'Machine Learning Engineer', 'Quillon'],
      ['2019-01', '2021-01', 'Data Analyst', 'Fernhollow Labs'],
      ['2020-01', '2021-01', undefined, 'Marrow Group'],
    ]);
  });

  it('reads no entry from a description bullet that ends in dates', () => {
    expect(bulletEntry('• Built model infrastructure serving 2M+ monthly API requests\tJune 2023 – present', 'June 2023 – present')).toBe('');
    expect(bulletEntry('• Taught the evening course 2015 – 2016', '2015 – 2016')).toBe('');
    expect(bulletEntry('- Led the 2019 – 2020 migration of the billing service', '2019 – 2020')).toBe('');
    expect(bulletEntry('- Research Engineer, Marrow Inc. (2019 – 2020)', '2019 – 2020')).toBe('Research Engineer, Marrow Inc.');
  });

  it('gives the titles under an employer line its employer', () => {
    expect(
      roles([
        ['Tessaly AI | Lisbon, Portugal', head],
        ['Senior Platform Engineer | 03/2025 - Present', head],
        ['Designed the inference cluster that serves every customer model across three regions today.', body],
        ['and deployment workflows.', body],
        ['Platform Engineer Intern | 08/2024 - 03/2025', head],
        ['Built the retrieval service used by the support assistant in production for two years now.', body],
      ]),
    ).toEqual([
      ['2025-03', 'present', 'Senior Platform Engineer', 'Tessaly AI'],
      ['2024-08', '2025-03', 'Platform Engineer Intern', 'Tessaly AI'],
    ]);
  });

  it('reads a dated employer line over titles inside its span as a group, not a role; every dated line in it is a title', () => {
    expect(
      roles([
        ['Corvane Health | Austin, TX | 04/2021 - 02/2025 (3 years, 10 months)', head],
        ['Cloud Operations Engineer | Dallas, TX | 01/2024 - 02/2025', head],
        ['Designed a backup and disaster recovery infrastructure for the clinical data.', body],
        ['Incident Management and Response | Dallas, TX | 01/2023 - 12/2023', head],
        ['Engineered the alert routing that cut the time to resolution by two thirds.', body],
        ['Operations Engineer Intern | Austin, TX | 04/2021 - 12/2021', head],
      ]),
    ).toEqual([
      ['2024-01', '2025-02', 'Cloud Operations Engineer', 'Corvane Health'],
      ['2023-01', '2023-12', 'Incident Management and Response', 'Corvane Health'],
      ['2021-04', '2021-12', 'Operations Engineer Intern', 'Corvane Health'],
    ]);
  });

  it('leaves the employer unset when a title under another entry does not follow on from it, or is freelance', () => {
    expect(
      roles([
        ['Pellow Systems | Oslo, Norway', head],
        ['Data Engineer | 2022 - Present', head],
        ['Built the ingestion pipelines for the billing warehouse and its daily reports.', body],
        ['Freelance Developer | 2020 - 2022', head],
        ['Built web shops for small retailers in the region over two years of contracts.', body],
        ['Junior Analyst | 2015 - 2017', head],
      ]),
    ).toEqual([
      ['2022-01', 'present', 'Data Engineer', 'Pellow Systems'],
      ['2020-01', '2022-01', 'Freelance Developer', undefined],
      ['2015-01', '2017-01', 'Junior Analyst', undefined],
    ]);
  });
});
