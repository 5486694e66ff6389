// Issue 14, review on real people: a staff data engineer with six dated roles
// naming Airflow, Kafka, Flink, Spark, PyTorch, LangChain... in their bullets
// got "Claims without evidence or context (keyword CV)" as a warning, because
// the long skills list under those roles named tools no public repository
// shows. A keyword CV is one that gives its claims no context.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { findRedFlags } from './red-flags.js';
import { loadRoleFile, templatePath } from './role-profile.js';
import type { Claim, CvEvidenceInput } from './types.js';

const claim = (skill: string, context: Claim['context'], rung: Claim['rung'] = 'none'): Claim => ({ skill, context, rung, evidence: [] });
const cvOf = (claims: Claim[]): CvEvidenceInput => ({ claims, unclaimed: [], hiddenWords: [] });
const flagsFor = (cv: CvEvidenceInput) => findRedFlags([fakeScan('repo', { tests: true })], loadRoleFile(templatePath('ml-data-engineer')), cv, '2026-12-01').map((f) => f.id);

describe('assess/red flags: keyword CV', () => {
  it('is raised when nearly every claim is a bare list entry with nothing behind it', () => {
    const cv = cvOf([claim('keras', 'list'), claim('pandas', 'list'), claim('scipy', 'list'), claim('tensorflow', 'list'), claim('matplotlib', 'project'), claim('python', 'list', 'project')]);
    expect(flagsFor(cv)).toContain('keyword_cv');
  });

  it('is not raised when a third or more of the claims are made inside dated roles', () => {
    const roles = ['airflow', 'kafka', 'flink', 'pyspark', 'pytorch'].map((s) => claim(s, 'role'));
    const list = ['dbt', 'django', 'flask', 'iceberg', 'kubernetes', 'ollama', 'llamaindex', 'sagemaker'].map((s) => claim(s, 'list'));
    const cv = cvOf([...roles, ...list, claim('fastapi', 'list', 'project'), claim('docker', 'list', 'used')]);
    expect(flagsFor(cv)).not.toContain('keyword_cv');
  });
});
