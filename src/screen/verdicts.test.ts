// Issue 14, trustworthy verdicts: absence of public evidence is never evidence
// of absence. Each case screens CVs and repositories the test builds.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { loadQuestionBank } from '../interview/bank.js';
import { buildKit } from '../interview/kit.js';
import type { Assessment } from '../assess/types.js';
import { renderAssessmentHtml } from '../report/assessment-html.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../report/assessment-terminal.js';
import { notebook } from '../../test/helpers/notebook.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { screenCandidate } from '../app/screen-candidate.js';

const SENIOR_CV = text`
  # Dana Okafor

  dana@example.com

  ## Summary

  Staff engineer: twelve years of observability and ML platforms.

  ## Experience

  **Staff Software Engineer**, Large Cloud Co, 2016 – Present

  - Maintains an open-source observability SDK with OpenTelemetry and Prometheus at a large cloud company.
  - Runs model serving on Kubernetes with Docker; pipelines in Airflow; experiments tracked in MLflow.

  **Software Engineer**, Payments Inc, 2012 – 2016

  - Wrote payment services in Python with FastAPI and pytest.

  ## Skills

  Python, Kubernetes, Docker, Airflow, MLflow, Prometheus
`;

const KEYWORD_CV = text`
  # Sam Lee

  ## Skills

  PyTorch, TensorFlow, Kubernetes, MLflow, Airflow, LangChain, Docker
`;

const STATS_CV = text`
  # Ana Silva

  ## Experience

  **Data Scientist**, Retail Co, 2020 – Present

  - Demand forecasts with statsmodel; product search with PGVector.
`;

/** University coursework: notebooks and a homework script. */
const COURSEWORK = {
  'ml-course/week3.ipynb': notebook([
    'import pandas as pd\nfrom sklearn.linear_model import LinearRegression\nfrom sklearn.metrics import mean_squared_error',
    'df = pd.read_csv("houses.csv")\nmodel = LinearRegression().fit(df[["rooms"]], df["price"])\nprint(mean_squared_error(df["price"], model.predict(df[["rooms"]])))',
  ]),
  'algorithms/hw1.py': py`
    def bubble_sort(xs):
        for i in range(len(xs)):
            for j in range(len(xs) - i - 1):
                if xs[j] > xs[j + 1]:
                    xs[j], xs[j + 1] = xs[j + 1], xs[j]
        return xs
  `,
  'forecast/model.py': py`
    import statsmodels.api as sm
    from pgvector.psycopg import register_vector
    from llama_index.llms.openai import OpenAI


    def fit(y, X, conn):
        register_vector(conn)
        llm = OpenAI(model="gpt-4o-mini")
        return sm.OLS(y, X).fit(), llm.complete("summarise")
  `,
};

let tree: { root: string; cleanup: () => Promise<void> };
const role = () => loadRoleFile(templatePath('mlops-engineer'));
const at = (p: string) => join(tree.root, p);

beforeAll(async () => {
  tree = await buildRepo({ 'senior.md': SENIOR_CV, 'keyword.md': KEYWORD_CV, 'stats.md': STATS_CV, 'about.md': 'Hi! A happy data-science enthusiast.\n', ...COURSEWORK });
});

afterAll(async () => {
  await tree.cleanup();
});

function screen(cv: string, repos: string[]): Promise<Assessment> {
  return screenCandidate({ label: '', cv: at(cv), repos: repos.map(at), emails: [], names: [] }, { role: role(), asOf: '2026-11-23', history: false });
}

describe('screen: trustworthy verdicts (issue 14)', () => {
  it('a senior CV with claims in dated roles and coursework repositories: no keyword CV, a low-coverage headline, no flag drawn from absence', async () => {
    const a = await screen('senior.md', ['ml-course', 'algorithms']);

    expect(a.candidate.label).toBe('Dana Okafor');
    expect(a.coverage).toMatchObject({ low: true, evidenced: ['ml_fundamentals'] });
    expect(a.coverage.share).toBeLessThan(50);
    expect(a.coverage.claimedOnly).toEqual(expect.arrayContaining(['mlops_production', 'engineering_basics']));
    expect(a.redFlags.map((f) => f.id)).toEqual([]);
    expect(a.unverified.map((u) => u.id)).toEqual(['no_deployment', 'no_tests', 'no_monitoring']);
    expect(a.unverified.find((u) => u.id === 'no_deployment')?.claims).toEqual(expect.arrayContaining(['Kubernetes', 'Docker']));
    const kubernetes = a.claims?.find((c) => c.skill === 'kubernetes');
    expect(kubernetes).toMatchObject({ name: 'Kubernetes', rung: 'none', context: 'role', unverified: true, reason: 'claimed in a dated role; not in the repositories screened: ask in the interview' });

    expect(a.gates.map((g) => [g.id, g.met, g.unverified])).toEqual([
      ['containerized', false, true],
      ['mlops_production', false, true],
    ]);

    const terminal = renderAssessmentTerminal(a);
    expect(terminal).toContain('? containerized present  in none of the files scanned; unverified: ask in the interview');
    expect(terminal).toMatch(/Fit \d+\/100 — not enough evidence in the repositories screened to score \(they speak to \d+% of the role\)/);
    expect(terminal).toMatch(/Kubernetes\s+unverified: ask in the interview/);
    expect(terminal).not.toMatch(/Kubernetes\s+none/);
    expect(renderAssessmentMarkdown(a)).toContain('| Kubernetes | unverified: ask in the interview |');
    const html = renderAssessmentHtml(a);
    expect(html).toContain('<span class="low-coverage">— not enough evidence in the repositories screened to score');
    expect(html).toContain('<td class="rung-unverified">unverified: ask in the interview</td>');
    expect(html).toContain('<h2>Unverified: ask in the interview</h2>');
  });

  it('a CV that only lists tools, none backed by the repositories, is a keyword CV; with little of the role in public code, an interview topic', async () => {
    const a = await screen('keyword.md', ['ml-course', 'algorithms']);

    expect(a.coverage.low).toBe(true);
    expect(a.redFlags.map((f) => f.id)).not.toContain('keyword_cv');
    const topic = a.unverified.find((f) => f.id === 'keyword_cv');
    expect(topic?.reason).toMatch(/^7 of 7 claimed tools sit only in a skills list, with no evidence in the repositories screened, but those repositories speak to \d+% of the role/);
    expect(a.claims?.every((c) => c.context === 'list' && c.unverified)).toBe(true);
    expect(renderAssessmentTerminal(a)).toMatch(/PyTorch\s+unverified \(skills list only\)/);
  });

  it('speaks the CV language: statsmodel and PGVector match the evidence; strengths name products, not internal ids', async () => {
    const a = await screen('stats.md', ['forecast']);

    expect(a.claims?.map((c) => [c.name, c.rung])).toEqual([
      ['pgvector', 'used'],
      ['statsmodels', 'used'],
    ]);
    const unclaimed = a.strengths.filter((s) => s.kind === 'unclaimed');
    expect(unclaimed.find((s) => s.id === 'llamaindex')?.name).toBe('LlamaIndex');
    expect(unclaimed.map((s) => s.id)).not.toContain('llamaindex-llm');
    const shown = [renderAssessmentTerminal(a), renderAssessmentMarkdown(a), renderAssessmentHtml(a)].join('\n');
    expect(shown).toContain('LlamaIndex');
    expect(shown).not.toMatch(/llamaindex-llm|statsmodels \(not in CV claims\)|pgvector \(not in CV claims\)/);
  });

  it('the title of the report and the kit is the name on the CV; names for git matching are identities only', async () => {
    const options = { role: role(), asOf: '2026-11-23', history: false };

    const a = await screenCandidate({ label: '', cv: at('senior.md'), repos: [at('algorithms')], emails: [], names: ['dokafor-gh'] }, options);
    const noName = await screenCandidate({ label: '', fallbackLabel: 'folder-7', repos: [at('algorithms')], emails: [], names: ['dokafor-gh'] }, options);

    expect(a.candidate.label).toBe('Dana Okafor');
    expect(a.candidate.identity?.names).toEqual(['dokafor-gh', 'Dana Okafor']);
    expect(buildKit({ bank: loadQuestionBank(), role: role(), assessment: a }).candidate.label).toBe('Dana Okafor');
    expect(noName.candidate.label).toBe('folder-7');
    // A CV with no name: a full name given for matching titles the report, a login never does.
    const about = (names: string[]) => screenCandidate({ label: '', cv: at('about.md'), repos: [], emails: [], names }, options);
    expect((await about(['dokafor-gh', 'Dana Okafor'])).candidate.label).toBe('Dana Okafor');
    expect((await about(['dokafor-gh'])).candidate.label).toBe('Unnamed candidate (about.md)');
  });
});
