// Hostile inputs to the claims-vs-evidence matrix and the assessment built on
// it (issue 14): project folders a candidate names and multiplies, and a CV
// stuffed with claims. Nothing runs, time stays bounded, candidate text never
// reaches a terminal or a page unescaped.
import { describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../../src/assess/role-profile.js';
import { renderMatrix } from '../../src/cli/commands/cv-matrix.js';
import { parseCv } from '../../src/cv/index.js';
import { resolveSkill } from '../../src/cv/lexicon.js';
import { buildClaimMatrix } from '../../src/cv/matrix.js';
import { scanRepository } from '../../src/app/pipeline.js';
import { renderAssessmentHtml } from '../../src/report/assessment-html.js';
import { renderAssessmentTerminal } from '../../src/report/assessment-terminal.js';
import { screenCandidate } from '../../src/app/screen-candidate.js';
import { MAX_PROJECT_ROOTS, filesPerProject, projectRoots } from '../../src/scan/projects.js';
import { buildRepo } from '../helpers/repo.js';
import { attackDir, evidentTempDirs, expectNotExecuted, timed } from './harness.js';

/** The product's own temp folders (test fixtures from files running in parallel, `evident-test-*`, are not counted). */
const productTemps = () => new Set([...evidentTempDirs()].filter((n) => !n.startsWith('evident-test-')));

const describeTool = (tool: string) => {
  const entry = resolveSkill(tool);
  return entry ? { name: entry.name, category: entry.category } : undefined;
};

describe('hostile: claims against evidence', () => {
  it('a tree of more project folders than MAX_PROJECT_ROOTS is judged as one repository, in bounded time', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < MAX_PROJECT_ROOTS + 20; i++) {
      files[`p${i}/requirements.txt`] = 'pandas==2.2.2\n';
      files[`p${i}/main.py`] = 'import pandas as pd\n\nframe = pd.DataFrame()\n';
    }
    const tree = await buildRepo(files);

    const before = productTemps();
    const run = await timed(() => scanRepository(tree.root, { history: false }));
    await tree.cleanup();

    expect([...productTemps()].filter((n) => !before.has(n))).toEqual([]);
    expect(run.error).toBeUndefined();
    expect(run.ms).toBeLessThan(120_000);
    expect(run.value?.projects).toBeUndefined();
    expect(run.value?.tools.find((t) => t.tool === 'pandas')).toMatchObject({ used: true, files: MAX_PROJECT_ROOTS + 20 });
    expect(run.value?.tools.find((t) => t.tool === 'pandas')?.projects).toBeUndefined();
  });

  it('assigns 200,000 deep paths to 200 project roots in linear time (one look-up per folder level)', () => {
    const roots = Array.from({ length: MAX_PROJECT_ROOTS }, (_, i) => `a/b/c/p${i}`);
    const paths = Array.from({ length: 200_000 }, (_, i) => `a/b/c/p${i % 250}/${'d/'.repeat(20)}f${i}.py`);

    const started = performance.now();
    const counts = filesPerProject(paths, projectRoots(roots.map((r) => `${r}/requirements.txt`)));
    const ms = performance.now() - started;

    expect(ms).toBeLessThan(30_000);
    expect(counts?.['a/b/c/p0']).toBe(800);
    expect(counts?.['.']).toBe(200_000 - 800 * MAX_PROJECT_ROOTS);
  });

  it('project folder names with escape sequences and markup never reach the terminal or a page raw', async () => {
    const attack = attackDir();
    const evil = `x\u001b]0;pwn\u0007\u001b[31m<img src=x onerror=alert(1)>$(touch ${attack.marker})`;
    const tree = await buildRepo({
      [`${evil}/requirements.txt`]: 'statsmodels==0.14.2\n',
      [`${evil}/model.py`]: 'import statsmodels.api as sm\n\nfit = sm.OLS([1], [1]).fit()\n',
      'serving/pyproject.toml': '[project]\nname = "s"\nversion = "0.1.0"\n',
      'serving/app.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
      'cv.md': '# Eve\n\n## Experience\n\n**Engineer**, Co, 2020 – Present\n\n- Forecasts with statsmodels and FastAPI.\n',
    });

    const scan = await scanRepository(tree.root, { history: false });
    const cv = await parseCv(new TextEncoder().encode('# Eve\n\n## Skills\n\nstatsmodels, FastAPI\n'), 'cv.md');
    const matrix = buildClaimMatrix(cv.claims, [scan], describeTool);
    const terminal = renderMatrix(cv, matrix);
    const role = loadRoleFile(templatePath('applied-ml-engineer'));
    const a = await screenCandidate({ label: '', cv: `${tree.root}/cv.md`, repos: [tree.root], emails: [], names: [] }, { role, asOf: '2026-11-23', history: false });
    await tree.cleanup();

    expect(matrix.rows.find((r) => r.skill === 'statsmodels')?.reason).toContain('<img');
    expect(terminal).not.toContain('\u001b');
    expect(terminal).not.toContain('\u0007');
    expect(renderAssessmentTerminal(a)).not.toContain('\u001b');
    expect(renderAssessmentHtml(a)).not.toContain('<img src=x');
    expectNotExecuted(attack.marker);
    attack.cleanup();
  });

  it('a CV stuffed with thousands of tool names gives one claim per tool, bounded', async () => {
    const names = ['PyTorch', 'TensorFlow', 'Kubernetes', 'statsmodel', 'PGVector', 'LlamaIndex', 'MLflow', 'Airflow'];
    const body = Array.from({ length: 5_000 }, (_, i) => names[i % names.length]).join(', ');
    const bytes = new TextEncoder().encode(`# Mallory\n\n## Skills\n\n${body}\n`);

    const run = await timed(() => parseCv(bytes, 'cv.md'));

    expect(run.error).toBeUndefined();
    expect(run.ms).toBeLessThan(30_000);
    expect(run.value?.claims.skills.map((s) => s.id).sort()).toEqual(['airflow', 'kubernetes', 'llamaindex', 'mlflow', 'pgvector', 'pytorch', 'statsmodels', 'tensorflow']);
    expect(run.value?.claims.skills.every((s) => s.context === 'list')).toBe(true);
  });
});
