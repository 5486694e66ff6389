// Role reading, continued from roles.test.ts: open-ended and wrapped date
// columns, entry lines ending in a full stop, wrapped bullets, and the dated
// entries of a projects section.
import { describe, expect, it } from 'vitest';
import { NOW, roleRows as roles, type Where } from '../../test/helpers/cv-roles.js';
import { findEntries } from './roles.js';

describe('cv/roles (wrapped lines, open ranges, projects)', () => {
  it('reads open-ended ranges, also when a narrow date column wraps them over two lines', () => {
    expect(roles(['Apr 2021 –\tAcme Robotics, Data Engineer', '• Built the ingestion pipelines.'])).toEqual([['2021-04', 'present', 'Data Engineer', 'Acme Robotics']]);
    expect(roles(['Desde 2021\tIngeniero de Datos, Initech SA'])).toEqual([['2021-01', 'present', 'Ingeniero de Datos', 'Initech SA']]);
    expect(roles(['2021 – Present | Staff Engineer | Initech'])).toEqual([['2021-01', 'present', 'Staff Engineer', 'Initech']]);
    expect(roles(['Since Apr\tStaff Engineer, Initech', '2021 –\tPlatform work for a retailer.'])).toEqual([['2021-04', 'present', 'Staff Engineer', 'Initech']]);
    expect(roles(['Since', 'Mar 2022\tLead Developer, Globex'])).toEqual([['2022-03', 'present', 'Lead Developer', 'Globex']]);
    // A dash after a year that starts a sentence leaves nothing open; "since then" dates nothing.
    expect(roles(['2021 – Built the data platform for a retailer.', 'Since then the team has grown.', '2019 ran the migration.'])).toEqual([]);
  });

  it('reads "Employer, Title." entry lines ending in a full stop as entries, not sentences', () => {
    expect(roles(['2015 - 2017 Vortex Energy, Software Engineering Manager.', '– Built the audit platform.', '2005 – 2006 Novatech, Software & Web Developer.'])).toEqual([
      ['2015-01', '2017-01', 'Software Engineering Manager', 'Vortex Energy'],
      ['2005-01', '2006-01', 'Software & Web Developer', 'Novatech'],
    ]);
  });

  it('never reads the wrapped rest of a bullet as an employer, but reads an entry header under a bullet', () => {
    expect(
      roles([
        ['2011 – 2013 Globex Media, Backend Developer.', 'Head@11'],
        ['– Technologies: Python, MongoDB, Memcached. APIs: Paypal, Google Checkout, Amazon', 'Body@10'],
        ['Payments, Stripe+', 'Body@10'],
        ['2009 – 2011 Research Assistant.', 'Head@11'],
        ['– Worked on computer vision for the imaging department of the university lab', 'Body@10'],
        ['Initech Research, Research Intern\tRedmond, WA', 'Body@10'],
        ['– Trained models for low-resource language modelling with many new datasets\tMay 2008 – Aug 2008', 'Body@10'],
      ]),
    ).toEqual([
      ['2011-01', '2013-01', 'Backend Developer', 'Globex Media'],
      ['2009-01', '2011-01', 'Research Assistant', undefined],
      ['2008-05', '2008-08', 'Research Intern', 'Initech Research'],
    ]);
  });

  it('reads the dated entries of a projects section as projects, not roles', () => {
    const lines = ['Projects', 'Route planner for couriers | 2021 – 2022', '• Built the solver in Python.', 'Open data portal', 'Mar 2019 – Jun 2020', 'Project: Ledger sync', 'Jan 2018 – Dec 2018 Built a sync service for the accounting team and ran it.'].map((text) => ({ text, segments: [text], page: 1 }));
    const where: Where[] = lines.map(() => 'projects');
    const { roles: found, projects } = findEntries(lines, where, new Set([0]), NOW);
    expect(found).toEqual([]);
    expect(projects.map((p) => [p.start, p.end, p.name, p.inExperience])).toEqual([
      ['2021-01', '2022-01', 'Route planner for couriers', undefined],
      ['2019-03', '2020-06', 'Open data portal', undefined],
      ['2018-01', '2018-12', 'Ledger sync', undefined],
    ]);
  });
});
