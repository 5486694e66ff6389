import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { notebook } from '../../test/helpers/notebook.js';
import { py, text } from '../../test/helpers/text.js';
import { experimentTracking } from './experiment_tracking.js';

describe('signals/experiment_tracking', () => {
  it('is present for MLflow runs logged in code, at each tracking call', async () => {
    const result = await detect(experimentTracking, {
      'src/train.py': py`
        import mlflow
        from sklearn.linear_model import LogisticRegression

        def main(X, y):
            mlflow.set_experiment("churn")
            with mlflow.start_run():
                model = LogisticRegression().fit(X, y)
                mlflow.log_metric("acc", model.score(X, y))
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['src/train.py:5', 'src/train.py:6', 'src/train.py:8']);
    expect(result.evidence[2]).toMatchObject({ match: 'mlflow.log_metric()', tool: 'mlflow' });
  });

  it('finds wandb.init, autologging and DVCLive in notebooks and modules', async () => {
    const result = await detect(experimentTracking, {
      'nb.ipynb': notebook([{ md: '# run' }, 'import wandb\nrun = wandb.init(project="x")']),
      'auto.py': 'import mlflow.sklearn\nmlflow.sklearn.autolog()\n',
      'eval.py': 'from dvclive import Live\nwith Live() as live:\n    live.log_metric("f1", 0.9)\n',
    });

    expect(locations(result)).toEqual(['auto.py:2', 'eval.py:2', 'nb.ipynb#cell=1:2']);
  });

  it('counts a framework logger only when the tracker package is declared', async () => {
    const code = py`
      from lightning.pytorch.loggers import WandbLogger
      from ray.air.integrations.mlflow import MLflowLoggerCallback
      logger = WandbLogger(project="p")
      callback = MLflowLoggerCallback(tracking_uri="file:./mlruns")
    `;
    const declared = await detect(experimentTracking, { 'train.py': code, 'requirements.txt': 'lightning==2.2\nwandb==0.16\n' });
    const commentedOut = await detect(experimentTracking, { 'train.py': code, 'requirements.txt': 'lightning==2.2\n# wandb==0.16\n' });

    expect(locations(declared)).toEqual(['train.py:3']);
    expect(commentedOut.present).toBe(false);
  });

  it('counts a logger configured in a Hydra config when its package is declared, not when it is commented out', async () => {
    const config = 'wandb:\n  _target_: lightning.pytorch.loggers.wandb.WandbLogger\n  project: demo\n';
    const declared = await detect(experimentTracking, { 'configs/logger/wandb.yaml': config, 'requirements.txt': 'lightning>=2.0\nwandb\n' });
    const commented = await detect(experimentTracking, {
      'configs/logger/wandb.yaml': config,
      'requirements.txt': 'lightning>=2.0\n# wandb\n',
      'src/utils.py': 'from importlib.util import find_spec\n\nif find_spec("wandb"):\n    import wandb\n',
    });

    expect(declared.evidence).toMatchObject([{ location: 'configs/logger/wandb.yaml:2', tool: 'wandb' }]);
    expect(commented).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a Hugging Face report_to tracker with its package declared', async () => {
    const result = await detect(experimentTracking, {
      'ft.py': 'from transformers import TrainingArguments\nargs = TrainingArguments(output_dir="out", report_to="wandb")\n',
      'pyproject.toml': '[project]\nname = "ft"\ndependencies = ["transformers", "wandb>=0.16"]\n',
    });

    expect(result.evidence).toMatchObject([{ location: 'ft.py:2', match: 'transformers.TrainingArguments(report_to="wandb")', tool: 'wandb' }]);
  });

  it('is absent when a tracker is only mentioned, imported to load a model, or commented out', async () => {
    const result = await detect(experimentTracking, {
      'README.md': 'Runs are tracked with MLflow: `mlflow.start_run()` and wandb.init().\n',
      'serve.py': py`
        import mlflow
        # mlflow.start_run()
        model = mlflow.pyfunc.load_model("runs:/abc/model")
        print("call wandb.init() to track")
      `,
      'tb.py': 'from torch.utils.tensorboard import SummaryWriter\nw = SummaryWriter()\nw.add_scalar("loss", 1.0)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared tracker that is never called as a hint only', async () => {
    const result = await detect(experimentTracking, { 'requirements.txt': text`
      mlflow==2.9.2
      scikit-learn==1.4.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
