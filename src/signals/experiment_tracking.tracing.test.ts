// Held-out review (issue 15): `mlflow.openai.autolog()` (MLflow's LLM tracing,
// exported over OpenTelemetry to Langfuse) was counted as run tracking, and so
// was the `set_experiment` that names where a tracing quickstart's traces go.
// Tracing is observability; a training flavour's autolog still records runs.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { experimentTracking } from './experiment_tracking.js';

describe('signals/experiment_tracking: MLflow tracing is not run tracking', () => {
  it('is absent for an LLM flavour autolog, its experiment choice, and @mlflow.trace', async () => {
    const result = await detect(experimentTracking, {
      'otel_mlflow.ipynb': notebook([{ md: '# tracing' }, 'import mlflow\nmlflow.openai.autolog()', 'openai.OpenAI().chat.completions.create(model="m", messages=msgs)']),
      'Tracing Quickstart.py': py`
        import mlflow
        mlflow.langchain.autolog()
        mlflow.set_experiment(experiment_id=854947440763040)
      `,
      'agent.py': py`
        import mlflow

        @mlflow.trace
        def answer(q):
            return llm(q)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still counts a training flavour autolog, and runs logged beside LLM tracing', async () => {
    const result = await detect(experimentTracking, {
      'train.py': 'import mlflow\nmlflow.set_experiment("churn")\nmlflow.xgboost.autolog()\n',
      'rag_eval.py': py`
        import mlflow
        mlflow.set_experiment("rag")
        mlflow.openai.autolog()
        with mlflow.start_run():
            mlflow.log_metric("faithfulness", 0.8)
      `,
    });

    expect(locations(result).sort()).toEqual(['rag_eval.py:4', 'rag_eval.py:5', 'train.py:2', 'train.py:3']);
  });
});

describe('signals/experiment_tracking: SageMaker Experiments SDK', () => {
  it('counts an experiment and trial created with smexperiments, not its import alone', async () => {
    const result = await detect(experimentTracking, {
      'pipeline.ipynb': notebook([
        'from smexperiments.experiment import Experiment\nexp = Experiment.create(experiment_name="kg", sagemaker_boto_client=sm)',
        'from smexperiments.trial import Trial\ntrial = Trial.create(trial_name="t1", experiment_name=exp.experiment_name)',
      ]),
    });
    const importOnly = await detect(experimentTracking, { 'setup.py': 'import pandas as pd\nfrom smexperiments.experiment import Experiment\nprint(pd.__version__)\n' });

    expect(locations(result)).toEqual(['pipeline.ipynb#cell=0:2', 'pipeline.ipynb#cell=1:2']);
    expect(importOnly).toMatchObject({ present: false, evidence: [] });
  });
});
