// Issue 14, review on real people: a staff data engineer with six dated roles
// naming Airflow, Kafka, Flink, Spark, PyTorch, LangChain... in their bullets
// got "Claims without evidence or context (keyword CV)" as a warning, because
// the long skills list under those roles named tools no public repository
// shows. A keyword CV is one that gives its claims no context.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { cvEvidenceOf } from '../../test/helpers/cv.js';
import { findRedFlags } from './red-flags.js';
import { loadRoleFile, templatePath } from './role-profile.js';
import type { Claim, CvEvidenceInput } from './types.js';

const claim = (skill: string, context: Claim['context'], rung: Claim['rung'] = 'none'): Claim => ({ skill, context, rung, evidence: [] });
const cvOf = (claims: Claim[], rolesNamingTools = 0): CvEvidenceInput => ({ claims, unclaimed: [], hiddenWords: [], rolesNamingTools });
const scans = [fakeScan('repo', { tests: true })];
const flagsFor = (cv: CvEvidenceInput) => findRedFlags(scans, loadRoleFile(templatePath('ml-data-engineer')), cv, '2026-12-01').map((f) => f.id);
const LIST = ['dbt', 'django', 'flask', 'iceberg', 'kubernetes', 'ollama', 'llamaindex', 'sagemaker', 'pandas', 'numpy', 'polars', 'dask', 'duckdb', 'terraform', 'helm', 'prometheus', 'grafana'];
const ROLES = ['airflow', 'kafka', 'pyspark', 'pytorch', 'langchain', 'mlflow'];

const parsedCv = (cv: string) => cvEvidenceOf(cv, scans);

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

  it('is not raised for 6 of 23 claims in context when three or more dated roles name their tools, or five claims are in context', () => {
    const staff = [...ROLES.map((s) => claim(s, 'role')), ...LIST.map((s) => claim(s, 'list'))];
    const four = [...ROLES.slice(0, 4).map((s) => claim(s, 'role')), ...LIST.map((s) => claim(s, 'list')), claim('flink', 'list'), claim('spacy', 'list')];

    expect(staff).toHaveLength(23);
    expect(flagsFor(cvOf(staff, 6))).not.toContain('keyword_cv');
    expect(flagsFor(cvOf(staff, 0))).not.toContain('keyword_cv');
    // Four claims in context and two dated roles naming tools: still a list with little behind it.
    expect(four).toHaveLength(23);
    expect(flagsFor(cvOf(four, 2))).toContain('keyword_cv');
    expect(flagsFor(cvOf(four, 3))).not.toContain('keyword_cv');
  });

  it('on parsed CVs: six dated roles naming tools beside a long skills list are not stuffing; a bare list with no roles is', async () => {
    const jobs = [
      ['Staff Data Engineer', 'Cloud Co', '2021 – Present', 'Runs the Kafka streaming platform'],
      ['Senior Data Engineer', 'Shop Co', '2019 – 2021', 'Moved batch jobs to Airflow'],
      ['Data Engineer', 'Bank Co', '2017 – 2019', 'Built PySpark jobs for risk reports'],
      ['ML Engineer', 'Media Co', '2015 – 2017', 'Trained ranking models in PyTorch'],
      ['Engineer', 'Agency Co', '2013 – 2015', 'Wrote a LangChain prototype for search'],
      ['Junior Engineer', 'Lab Co', '2011 – 2013', 'Tracked experiments with MLflow'],
    ];
    const staff = [
      '# Dana Okafor',
      '## Experience',
      ...jobs.map(([title, employer, dates, bullet]) => `**${title}**, ${employer}, ${dates}\n\n- ${bullet}.`),
      '## Skills',
      LIST.join(', '),
    ].join('\n\n');
    const stuffed = ['# Sam Keyword', '## Skills', [...ROLES, ...LIST].join(', ')].join('\n\n');

    const senior = await parsedCv(staff);
    const keyword = await parsedCv(stuffed);

    expect(senior.rolesNamingTools).toBe(6);
    expect(senior.claims.filter((c) => c.context === 'role').map((c) => c.skill).sort()).toEqual([...ROLES].sort());
    expect(findRedFlags(scans, loadRoleFile(templatePath('ml-data-engineer')), senior, '2026-12-01').map((f) => f.id)).not.toContain('keyword_cv');
    expect(keyword.rolesNamingTools).toBe(0);
    expect(findRedFlags(scans, loadRoleFile(templatePath('ml-data-engineer')), keyword, '2026-12-01').map((f) => f.id)).toContain('keyword_cv');
  });

  it('is not raised beside two or more dated roles, even when the roles name no tool: a professional record with a skills list is an ordinary CV (real-people review)', async () => {
    const record = [
      '# Sam Rivera',
      '## Work Experience',
      '- **ML/AI Software Engineer**, Lean Labs : October 2024 - Present',
      '- **Machine Learning Engineer**, Tella : June 2023 - October 2024',
      '## Skills',
      [...ROLES, ...LIST].join(', '),
    ].join('\n\n');
    const oneJob = ['# Sam Rivera', '## Work Experience', '- **Intern**, Lean Labs : June 2023 - August 2023', '## Skills', [...ROLES, ...LIST].join(', ')].join('\n\n');

    const withRoles = await parsedCv(record);
    const withOne = await parsedCv(oneJob);

    expect(withRoles.datedRoles).toBe(2);
    expect(withRoles.rolesNamingTools).toBe(0);
    expect(findRedFlags(scans, loadRoleFile(templatePath('ml-data-engineer')), withRoles, '2026-12-01').map((f) => f.id)).not.toContain('keyword_cv');
    expect(withOne.datedRoles).toBe(1);
    expect(findRedFlags(scans, loadRoleFile(templatePath('ml-data-engineer')), withOne, '2026-12-01').map((f) => f.id)).toContain('keyword_cv');
  });
});
