import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { captureIo } from '../cli/io.js';
import { run } from '../cli/main.js';
import { scanRepository } from '../app/pipeline.js';
import { evaluate } from './index.js';
import type { EvalReport } from './types.js';

const git = promisify(execFile);

// Two checkouts (acme/web, acme/ml) and a third labelled repository with no checkout.
const CHECKOUTS = {
  'acme__web/Dockerfile': 'FROM python:3.11-slim\nCOPY . /app\n',
  'acme__web/requirements.txt': 'flask==3.0.0\nrequests==2.31.0\n',
  'acme__web/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
  'acme__web/tests/test_app.py': py`
    from app import app

    def test_ok():
        assert app.name == 'app'
  `,
  'acme__ml/setup.py': 'from setuptools import setup\nsetup(name="ml")\n',
  'acme__ml/requirements.txt': 'numpy>=1.20\npandas\n',
  'acme__ml/ml/train.py': 'import numpy as np\nx = np.zeros(3)\n',
};

const LABELS = {
  set: 'test',
  labelled: '2026-01-01',
  repos: [
    {
      repo: 'acme/web',
      maturity: 0,
      signals: {
        python_package: { present: true, borderline: true, note: 'no packaging, arguably' },
        pinned_dependencies: { present: true, evidence: ['requirements.txt:1'] },
        tests: { present: false, note: 'not a real test' },
        containerized: { present: true, evidence: ['Dockerfile'] },
        made_up_signal: { present: true },
      },
    },
    {
      repo: 'acme/ml',
      commit: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef',
      maturity: 0,
      signals: {
        python_package: { present: true, evidence: ['pyproject.toml'] },
        pinned_dependencies: { present: false },
        tests: { present: true, evidence: ['tests/'], note: 'tests exist elsewhere' },
        containerized: { present: false },
      },
    },
    { repo: 'acme/gone', maturity: 1, signals: { tests: { present: true } } },
  ],
};

describe('eval', () => {
  let repos: Awaited<ReturnType<typeof buildRepo>>;
  let labelsFile: string;
  let report: EvalReport;

  beforeAll(async () => {
    repos = await buildRepo({ ...CHECKOUTS, 'labels.json': JSON.stringify(LABELS) });
    labelsFile = join(repos.root, 'labels.json');
    const ml = join(repos.root, 'acme__ml');
    const id = ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false'];
    await git('git', ['-C', ml, 'init', '-q']);
    await git('git', ['-C', ml, 'add', '.']);
    await git('git', ['-C', ml, ...id, 'commit', '-q', '-m', 'init']);
    report = await evaluate({ labelsFile, reposDir: repos.root, scan: scanRepository });
  });

  afterAll(async () => {
    await repos.cleanup();
  });

  it('counts agreement per signal over the scanned repositories, for both figures', () => {
    const rows = (f: 'all' | 'withoutBorderline') =>
      report.figures[f].signals.map(({ signal, tp, fp, fn, tn }) => ({ signal, tp, fp, fn, tn }));

    expect(report.signals).toEqual(['python_package', 'pinned_dependencies', 'tests', 'containerized']);
    expect(rows('all')).toEqual([
      { signal: 'python_package', tp: 1, fp: 0, fn: 1, tn: 0 },
      { signal: 'pinned_dependencies', tp: 1, fp: 0, fn: 0, tn: 1 },
      { signal: 'tests', tp: 0, fp: 1, fn: 1, tn: 0 },
      { signal: 'containerized', tp: 1, fp: 0, fn: 0, tn: 1 },
    ]);
    expect(rows('withoutBorderline')[0]).toEqual({ signal: 'python_package', tp: 1, fp: 0, fn: 0, tn: 0 });
    expect(report.figures.all.totals).toEqual({ tp: 3, fp: 1, fn: 2, tn: 2 });
  });

  it('computes precision, recall, F1 and macro F1', () => {
    const all = report.figures.all;

    expect(all.signals[0]).toMatchObject({ precision: 1, recall: 0.5 });
    expect(all.signals[0].f1).toBeCloseTo(2 / 3);
    expect(all.signals[2]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(all.macroF1).toBeCloseTo((2 / 3 + 1 + 0 + 1) / 4);
    expect(all.macroSignals).toBe(4);
    expect(report.figures.withoutBorderline.macroF1).toBeCloseTo(3 / 4);
  });

  it('checks that true positives point at a file the label lists', () => {
    const all = report.figures.all;

    expect([all.evidenceHits, all.evidenceChecked]).toEqual([2, 3]);
    expect(all.signals.map((s) => [s.signal, s.evidenceHits, s.evidenceChecked])).toEqual([
      ['python_package', 0, 1],
      ['pinned_dependencies', 1, 1],
      ['tests', 0, 0],
      ['containerized', 1, 1],
    ]);
  });

  it('lists every disagreement with our evidence or the label evidence and note', () => {
    const brief = report.disagreements.map(({ repo, signal, kind, borderline }) => `${kind} ${signal} ${repo}${borderline ? ' borderline' : ''}`);

    expect(brief).toEqual(['FN python_package acme/web borderline', 'FP tests acme/web', 'FN tests acme/ml']);
    expect(report.disagreements[1].ours[0]).toMatch(/^tests\/test_app\.py/);
    expect(report.disagreements[1].labelNote).toBe('not a real test');
    expect(report.disagreements[2]).toMatchObject({ label: ['tests/'], labelNote: 'tests exist elsewhere' });
  });

  it('reports missing checkouts, other commits and unknown signals without failing', () => {
    expect(report.repos.map((r) => [r.repo, r.status])).toEqual([
      ['acme/web', 'scanned'],
      ['acme/ml', 'scanned'],
      ['acme/gone', 'missing'],
    ]);
    expect(report.maturity).toEqual({ matched: 2, compared: 2, rate: 1 });
    expect(report.warnings).toHaveLength(3);
    expect(report.warnings[0]).toMatch(/^acme\/ml: checkout is at [0-9a-f]{12}, labels are for deadbeefdead/);
    expect(report.warnings[1]).toMatch(/^acme\/gone: no checkout/);
    expect(report.warnings[2]).toMatch(/made_up_signal/);
  });

  it('prints a table and writes JSON from the CLI; --min-f1 sets the exit code', async () => {
    const io = captureIo(repos.root);
    const out = join(repos.root, 'out.json');

    const ok = await run(['eval', '--labels', 'labels.json', '--repos-dir', '.', '--min-f1', '0.5'], io);
    const written = await run(['eval', '--labels', 'labels.json', '--repos-dir', '.', '--json', '--out', out], captureIo(repos.root));
    const failed = await run(['eval', '--labels', 'labels.json', '--repos-dir', '.', '--format', 'json', '--min-f1', '0.9'], captureIo(repos.root));
    const bad = await run(['eval', '--labels', 'labels.json', '--repos-dir', '.', '--min-f1', 'high'], captureIo(repos.root));

    expect([ok, written, failed, bad]).toEqual([0, 0, 1, 2]);
    expect(io.stdout()).toMatch(/^pinned_dependencies +1 +0 +0 +1 +1\.00 1\.00 1\.00/m);
    expect(io.stdout()).toMatch(/^macro F1 +0\.667 over 4 signals +0\.750 over 4 signals$/m);
    expect(io.stdout()).toContain('FP  tests  acme/web');
    expect(JSON.parse(await readFile(out, 'utf8')).figures.all.totals).toEqual({ tp: 3, fp: 1, fn: 2, tn: 2 });
  });

  it('refuses a labels file that does not match the format', async () => {
    await writeFile(join(repos.root, 'bad.json'), JSON.stringify({ repos: [{ repo: 'x/y', signals: { ci: { present: 'yes' } } }] }));
    const io = captureIo(repos.root);

    const code = await run(['eval', '--labels', 'bad.json', '--repos-dir', '.'], io);

    expect(code).toBe(2);
    expect(io.stderr()).toContain('repos.0.signals.ci.present');
  });
});
