// Held-out CI/CJ (firm): an RL agent trained on one period and rolled out by
// hand over a validation environment of a later one (`val_env`,
// `validation_env`: reset, `model.predict(obs)`, `step`, the final portfolio
// value kept), an evaluation routine that backtests a saved model over a
// validation data path its configuration names (`EvaluatorConfig(data_path=
// ".../..._val")`), and an evaler scoring a forecaster on a test CSV with MSE
// and MAE computed by hand were not read as evaluations. signals.md: "the
// model is evaluated on held-out data: ... metrics on a validation set".
// Random actions, the training environment, a rollout whose results are
// thrown away, an evaluation nothing calls, a held-out path given to a
// training config, mentions and tests do not count.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const AGENT = py`
  from sb3_contrib import MaskablePPO
  env = TradingEnv(start="2000-01-01", end="2023-12-31")
  model = MaskablePPO("MultiInputPolicy", env)
  model.learn(total_timesteps=10_000)
`;

const ROUTINE = py`
  import numpy as np

  def evaluate_model(config):
      env = StockEnv(data_path=config.data_path)
      model = load(config.model_path)
      obs, reward = env.reset()
      rewards = [reward]
      while not env.done:
          action, _ = model.select_action(obs)
          valid = validate_action(obs, action)
          obs, reward = env.step(valid)
          rewards.append(reward)
      return {**env.final_stats(), "avg_reward": np.mean(rewards)}
`;

describe('signals/model_evaluation: rollouts on held-out environments and evaluation routines given held-out data', () => {
  it('counts a rollout by hand on a validation environment, at the top level and in a callback that runs', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        ${AGENT}
        validation_env = TradingEnv(start="2024-01-01", end="2024-12-31")
        obs, _ = validation_env.reset()
        done = False
        values = []
        while not done:
            action, _ = model.predict(obs)
            obs, reward, terminated, truncated, info = validation_env.step(action)
            done = terminated or truncated
            values.append(info["portfolio_value"])
        print(values[-1])
      `,
      'callback.py': py`
        class EarlyStop(BaseCallback):
            def __init__(self, eval_env):
                self.eval_env = eval_env
            def check(self):
                obs, _ = self.eval_env.reset()
                done = False
                while not done:
                    action, _ = self.model.predict(obs)
                    obs, _, done, _, info = self.eval_env.step(action)
                return info["value"]
        callback = EarlyStop(make_env("val"))
      `,
      'data_env.py': py`
        env = TradingEnv(df_test)
        state = env.reset()
        for _ in range(100):
            a = agent.act(state)
            state, r, done, _ = env.step(a)
      `,
    });
    expect(locations(result).sort()).toEqual(['callback.py:4', 'callback.py:9', 'data_env.py:5', 'train.py:12']);
  });

  it('counts an evaluation routine that runs, scores, and is configured with held-out data', async () => {
    const result = await detect(modelEvaluation, {
      'evaluator.py': ROUTINE,
      'run.py': py`
        from evaluator import evaluate_model
        for step in range(10):
            learner.step()
            eval_config = EvaluatorConfig(data_path="/mnt/data/train_set_5sec_val", model_path=f"{step}.pt")
            print(evaluate_model(eval_config))
      `,
    });
    expect(locations(result).sort()).toEqual(['evaluator.py:3', 'run.py:4']);
    const forecast = await detect(modelEvaluation, {
      'utils.py': py`
        import numpy as np
        def compare(ori, pre):
            mse = ((pre - ori) ** 2).mean()
            mae = np.abs(pre - ori).mean()
            print(mse, mae)
      `,
      'runner.py': py`
        from .utils import compare
        class ForecastEvaler:
            def eval(self):
                pred = self.pipeline.predict(self.inputs)
                compare(self.inputs, pred)
      `,
      'config.py': py`
        eval_config = dict(csv_path="data/SCD_test.csv", window_size=16)
        evaler = dict(type=ForecastEvaler, evaler_config=eval_config)
      `,
    });
    expect(locations(forecast).sort()).toEqual(['config.py:1', 'runner.py:3']);
  });

  it('does not count random actions, the training environment, results thrown away, mentions or tests', async () => {
    const result = await detect(modelEvaluation, {
      'random.py': py`
        test_env = make_env("test")
        obs = test_env.reset()
        for _ in range(10):
            action = test_env.action_space.sample()
            obs, reward, done, info = test_env.step(action)
      `,
      'same.py': py`
        ${AGENT}
        obs, _ = env.reset()
        action, _ = model.predict(obs)
        obs, reward, done, _, info = env.step(action)
      `,
      'demo.py': py`
        obs = eval_env.reset()
        while True:
            action, _ = model.predict(obs)
            obs, _, done, _ = eval_env.step(action)
            eval_env.render()
      `,
      'README.md': '# Evaluation\n`obs, reward, done, info = val_env.step(model.predict(obs))` on data/val.csv\n',
      'notes.py': '# eval_config = EvaluatorConfig(data_path="/data/val/")\nprint("val_env.step(action) on data/test.csv")\n',
      'tests/test_rollout.py': py`
        def test_rollout():
            obs = val_env.reset()
            action, _ = model.predict(obs)
            obs, reward, done, info = val_env.step(action)
            assert reward > 0
      `,
    });
    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count an evaluation routine nothing calls, one that scores nothing, or a held-out path given to training', async () => {
    const uncalled = await detect(modelEvaluation, {
      'evaluator.py': ROUTINE,
      'run.py': 'eval_config = EvaluatorConfig(data_path="/mnt/data/train_set_5sec_val")\nprint(eval_config)\n',
    });
    expect(uncalled).toMatchObject({ present: false, evidence: [] });
    const plotsOnly = await detect(modelEvaluation, {
      'evaler.py': py`
        class Evaler:
            def eval(self):
                pred = self.pipeline.predict(self.inputs)
                plot(self.inputs, pred)
        evaler = Evaler(eval_config=dict(csv_path="data/test.csv"))
      `,
    });
    expect(plotsOnly).toMatchObject({ present: false, evidence: [] });
    const training = await detect(modelEvaluation, {
      'evaluator.py': ROUTINE,
      'run.py': py`
        from evaluator import evaluate_model
        train_config = TrainConfig(data_path="/mnt/data/train_set_5sec_val")
        print(evaluate_model(make_config("/mnt/data/train_set")))
      `,
    });
    expect(training).toMatchObject({ present: false, evidence: [] });
  });
});
