// Issue 14, real-people review: source files whose header says "adapted from
// https://github.com/…", "this code is borrowed from …", "taken from the
// PyTorch tutorial" were scored as written by the candidate. Their evidence is
// "adapted from another source": a neutral note naming path:line, scored as
// unknown authorship (never lower), never a red flag. And a repository whose
// README credits a course is the course's exercises: partial authorship.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { describeBlame } from '../report/history.js';
import type { RepoScan } from '../scan/types.js';
import { commentCredits, provenanceOf } from './provenance.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@corp.example' };
const ME = { emails: [ALICE.email], names: [] };
const SERVE = 'import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load("model.joblib")\n\n\n@app.post("/predict")\ndef predict(x: list[float]):\n    return {"y": model.predict([x]).tolist()}\n';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scanGit(files: Record<string, string>): Promise<RepoScan> {
  const repo = await buildGitRepo([
    { ...ALICE, date: '2025-03-01T10:00:00Z', files: { 'app/model.py': pyLines(200, 'm') } },
    { ...ALICE, date: '2025-03-02T10:00:00Z', files },
  ]);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate: ME });
}
const assess = (scans: RepoScan[]) => assessCandidate({ label: 'A', scans, role: loadRoleFile(templatePath('mlops-engineer')), asOf: '2025-06-01' });
const serving = (scan: RepoScan) =>
  assess([scan])
    .competencies.flatMap((c) => c.contributions)
    .find((c) => c.signal === 'serving_api');

describe('history/provenance: comments crediting another source', () => {
  it.each([
    ['this code is borrowed from https://github.com/pytorch/examples'],
    ['Adapted from https://github.com/huggingface/transformers/blob/main/run.py'],
    ['Copied from the official example'],
    ['Source: https://github.com/someone/repo'],
    ['Taken from the PyTorch tutorial'],
    ['Code from https://stackoverflow.com/a/12345'],
    ['Credits: Jane Doe, https://gist.github.com/jd/abc'],
    ['based on the implementation by Andrej Karpathy'],
    ['Example from the LangChain documentation'],
    ['This example is taken from the Hugging Face PEFT docs'],
    ['Official FastAPI example'],
  ])('credits another source: %s', (line) => expect(commentCredits(line)).toBe(true));

  it.each([
    ['Copyright (c) 2024 Alice Liddell'],
    ['Licensed under the Apache License, Version 2.0; adapted from nothing'],
    ['SPDX-License-Identifier: MIT'],
    ['see https://fastapi.tiangolo.com/tutorial/ for the options'],
    ['Based on the paper "Attention Is All You Need" (Vaswani et al., 2017)'],
    ['Implements the method of https://arxiv.org/abs/1706.03762'],
    ['Source: https://arxiv.org/abs/1706.03762'],
    ['Credits: dataset from Kaggle'],
    ['Serve the model behind a FastAPI endpoint'],
    ['Example: python serve.py --port 8000'],
    ['Examples of requests are in the README'],
  ])('is no credit: %s', (line) => expect(commentCredits(line)).toBe(false));

  it('reads the header, and the comment or docstring of the function an evidence line is in', () => {
    const header = provenanceOf('a.py', '#!/usr/bin/env python\n# Copyright (c) 2024 Alice\n# adapted from https://github.com/x/y\nimport os\n');
    expect(header(4)).toEqual({ location: 'a.py:3', text: 'adapted from https://github.com/x/y' });
    const text = [
      'import torch', // 1
      '', // 2
      'def mine():', // 3
      '    return torch.zeros(1)', // 4
      '', // 5
      '# Code from the PyTorch tutorial', // 6
      '@torch.no_grad()', // 7
      'def borrowed():', // 8
      '    return torch.ones(1)', // 9
      '', // 10
      'class Net:', // 11
      '    """A small net.', // 12
      '', // 13
      '    Taken from https://github.com/pytorch/examples/blob/main/mnist/main.py', // 14
      '    """', // 15
      '    def forward(self):', // 16
      '        return 1', // 17
      ...Array.from({ length: 30 }, () => 'x = 1'),
      'def plain():', // 48
      '    """Mine, see https://pytorch.org/docs for the API."""', // 49
      '    return 2', // 50
    ].join('\n');
    const find = provenanceOf('m.py', text);
    expect(find(4)).toBeUndefined();
    expect(find(9)).toEqual({ location: 'm.py:6', text: 'Code from the PyTorch tutorial' });
    expect(find(12)?.location).toBe('m.py:14');
    expect(find(50)).toBeUndefined();
  });

  it("a file whose header credits another source is 'adapted from another source' in the assessment: neutral, never below unknown", async () => {
    const adapted = await scanGit({ 'app/serve.py': `# Adapted from https://github.com/tiangolo/full-stack-fastapi-template\n${SERVE}` });
    const own = await scanGit({ 'app/serve.py': `# Copyright (c) 2025 Alice Liddell\n# see https://fastapi.tiangolo.com for the options\n${SERVE}` });

    const a = serving(adapted);
    expect(a?.author).toBe('adapted');
    expect(a?.reason).toContain('adapted from another source (app/serve.py:1)');
    const unknown = { ...adapted, signals: adapted.signals.map((s) => ({ ...s, evidence: s.evidence.map(({ blame: _, adapted: __, ...e }) => e) })) };
    expect(a?.credit).toBe(serving(unknown)?.credit);
    const result = assess([adapted]);
    expect(result.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    expect(result.notes).toContainEqual(expect.stringMatching(/^authorship partial in .*\(app\/serve\.py:1 credits another source: "Adapted from https:\/\/github\.com\/tiangolo\/full-stack-fastapi-template"\): .*not a red flag$/));

    const cited = adapted.signals.find((s) => s.id === 'serving_api')!.evidence[0];
    expect(describeBlame(cited)).toMatch(/^adapted from another source \(app\/serve\.py:1\), committed by the candidate in 2025-03$/);

    expect(serving(own)?.author).toBe('candidate');
    expect(own.signals.flatMap((s) => s.evidence).some((e) => e.adapted)).toBe(false);
    expect(assess([own]).notes.join('\n')).not.toContain('credits another source');
  });

  it("a library's example copied into the repository (its header says so) is never a strength; the author's own file is", async () => {
    const TRACK = 'import mlflow\n\nwith mlflow.start_run():\n    mlflow.log_param("lr", 0.1)\n    mlflow.log_metric("rmse", 0.5)\n';
    const example = await scanGit({ 'examples/track.py': `# Official MLflow example: tracking a run.\n${TRACK}` });
    const own = await scanGit({ 'examples/track.py': `# Track our churn model's runs.\n${TRACK}` });
    const tracking = (scan: RepoScan) => assess([scan]).competencies.flatMap((c) => c.contributions).find((c) => c.signal === 'experiment_tracking');

    expect(tracking(example)?.author).toBe('adapted');
    expect(assess([example]).strengths.map((s) => s.id)).not.toContain('experiment_tracking');
    expect(tracking(own)?.author).toBe('candidate');
    expect(assess([own]).strengths.map((s) => s.id)).toContain('experiment_tracking');
  });

  it("a course's exercises (README credits a course) count as partial authorship, not as a strength at full weight", async () => {
    const course = await scanGit({ 'README.md': '# MLOps exercises\n\nCode from the Udemy course by Jose Portilla.\n', 'app/serve.py': SERVE });
    const mine = await scanGit({ 'README.md': '# My service\n\nA small prediction service.\n', 'app/serve.py': SERVE });

    expect(course.history?.credits).toEqual([expect.objectContaining({ path: 'README.md', line: 3, course: true })]);
    const c = serving(course);
    const m = serving(mine);
    expect(c?.author).toBe('course');
    expect(c?.reason).toContain('adapted from a course (README.md:3)');
    expect(m?.author).toBe('candidate');
    expect(c!.credit).toBeLessThan(m!.credit);
    expect(c!.credit).toBeLessThan(0.8);
    const result = assess([course]);
    expect(result.strengths.map((s) => s.id)).not.toContain('serving_api');
    expect(result.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    expect(result.notes).toContainEqual(expect.stringMatching(/^authorship partial in .*README credits another source.*adapted from a course \(partial authorship, ×0\.5\).*$/));
  });
});
