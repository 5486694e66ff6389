// The headline's line on what the interview must cover: "not in public Python code"
// only for competencies no public code speaks to, and "claimed" only for
// claims made in a role, project or sentence (real-people review: a tool in a
// skills list made "neither claimed" false).
import { describe, expect, it } from 'vitest';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { interviewAreas } from './evidence-text.js';

describe('report/interviewAreas', () => {
  it('says what no public code shows, split by whether the CV claims it in context', () => {
    const role = loadRoleFile(templatePath('mlops-engineer'));
    const cv = {
      claims: [],
      unclaimed: [],
      hiddenWords: [],
      areas: [
        { skill: 'airflow', category: 'data' as const, context: 'list' as const },
        { skill: 'pytorch', category: 'deep-learning' as const, context: 'role' as const },
      ],
    };

    const a = assessCandidate({ label: 'A', scans: [fakeScan('r', { containerized: true, tests: true })], role, cv, asOf: '2026-11-23' });

    expect(interviewAreas(a)).toBe(
      'To assess in the interview: claimed on the CV, no evidence found in the repositories screened: Framework depth; no evidence found in the repositories screened, and no tool for it named in a CV role or project: ML fundamentals, Data engineering.',
    );
  });
});
