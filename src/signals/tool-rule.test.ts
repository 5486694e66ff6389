import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { defineDetector } from './define.js';

// A detector made of data only, over a real signal's catalogue tools (experiment_tracking's trackers).
const byImport = defineDetector({ id: 'experiment_tracking', area: 'mlops', rule: 'test', uses: 'import' });
const byCall = defineDetector({ id: 'experiment_tracking', area: 'mlops', rule: 'test', uses: 'call' });
const byDeclaration = defineDetector({ id: 'experiment_tracking', area: 'mlops', rule: 'test', uses: 'declared' });
// And over pipeline_orchestration's orchestrators (its detector's own check, that the project does ML, is not the subject here).
const pipelineOrchestration = defineDetector({ id: 'pipeline_orchestration', area: 'mlops', rule: 'test', uses: 'call' });

describe('signals/tool-rule', () => {
  it('counts an import under `import`, only the catalogue calls under `call`, nothing in code under `declared`', async () => {
    const files = { 'train.py': py`
      import mlflow

      mlflow.start_run()
    ` };

    expect(locations(await detect(byImport, files))).toEqual(['train.py:3', 'train.py:1']);
    expect(locations(await detect(byCall, files))).toEqual(['train.py:3']);
    expect(await detect(byDeclaration, files)).toMatchObject({ present: false, evidence: [], hints: [] });
  });

  it('counts decorators and base classes that the catalogue calls name, under `call`', async () => {
    const result = await detect(pipelineOrchestration, {
      'flow.py': py`
        from metaflow import FlowSpec, step

        class Train(FlowSpec):
            @step
            def start(self):
                self.next(self.end)
      `,
    });

    expect(result.evidence.map((e) => `${e.location} ${e.kind}`)).toEqual(['flow.py:3 class', 'flow.py:4 decorator']);
  });

  it('hints at a tool declared and never used, and not at one that is imported', async () => {
    const unused = await detect(byCall, { 'requirements.txt': text`
      mlflow==2.9.0
      wandb==0.16.0
    `, 'load.py': 'import mlflow\n\nmodel = mlflow.pyfunc.load_model("m")\n' });

    expect(unused).toMatchObject({ present: false, strength: 'declared-only' });
    expect(unused.hints.map((h) => h.match)).toEqual(['wandb==0.16.0']);
  });

  it('gives no hints for a present signal', async () => {
    const result = await detect(byCall, { 'requirements.txt': 'wandb==0.16.0\n', 'train.py': 'import mlflow\nmlflow.start_run()\n' });

    expect(result).toMatchObject({ present: true, hints: [] });
  });

  it('a package of the repository named like a tool hides it; a plain folder named after it does not', async () => {
    const code = 'from dagster import asset\n\n@asset\ndef data():\n    return 1\n';
    const folder = await detect(pipelineOrchestration, { 'dagster/assets.py': code });
    const own = await detect(pipelineOrchestration, { 'dagster/__init__.py': '', 'dagster/assets.py': code });

    expect(locations(folder)).toEqual(['dagster/assets.py:3']);
    expect(own.present).toBe(false);
  });
});
