// Held-out J (borderline): an RL agent evaluated every few steps on a
// separately seeded environment (Stable-Baselines3's EvalCallback) was not
// read as an evaluation. signals.md: "the model is evaluated on held-out
// data: ... metrics on a validation set". For RL the held-out data is an
// environment the agent is not trained on: SB3's EvalCallback/evaluate_policy
// given an evaluation environment, and RLlib's evaluation workers, count;
// scoring the agent on its own training environment, or the callback only
// imported or commented out, does not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation: RL agents evaluated on an environment they are not trained on', () => {
  it('counts EvalCallback and evaluate_policy given a separate evaluation environment, and RLlib evaluation workers', async () => {
    const result = await detect(modelEvaluation, {
      'train_ppo.py': py`
        from stable_baselines3 import PPO
        from stable_baselines3.common.env_util import make_vec_env
        from stable_baselines3.common.callbacks import EvalCallback

        vec_env = make_vec_env(TradingEnv, n_envs=1, seed=29)
        eval_env = make_vec_env(TradingEnv, n_envs=1, seed=11)
        callback = EvalCallback(eval_env, eval_freq=100, n_eval_episodes=10, deterministic=True)
        model = PPO("MlpPolicy", vec_env, seed=30)
        model.learn(10_000, callback=callback)
      `,
      'score_sac.py': py`
        import gymnasium as gym
        from stable_baselines3 import SAC
        from stable_baselines3.common.evaluation import evaluate_policy

        env = gym.make("Pendulum-v1")
        other = gym.make("Pendulum-v1", g=12.0)
        model = SAC("MlpPolicy", env)
        model.learn(5_000)
        mean_reward, std = evaluate_policy(model, other, n_eval_episodes=20)
      `,
      'rllib_train.py': py`
        from ray.rllib.algorithms.ppo import PPOConfig

        config = PPOConfig().environment("CartPole-v1").evaluation(evaluation_interval=1, evaluation_duration=10)
        algo = config.build()
      `,
    });

    expect(locations(result).sort()).toEqual(['rllib_train.py:3', 'score_sac.py:9', 'train_ppo.py:7']);
  });

  it('does not count an agent scored on its training environment, an evaluation config left off, or callbacks only imported or commented out', async () => {
    const result = await detect(modelEvaluation, {
      'same_env.py': py`
        from stable_baselines3 import PPO
        from stable_baselines3.common.evaluation import evaluate_policy
        from stable_baselines3.common.callbacks import EvalCallback

        env = make_env()
        model = PPO("MlpPolicy", env)
        model.learn(1_000, callback=EvalCallback(env))
        print(evaluate_policy(model, env, n_eval_episodes=5))
      `,
      'rllib_off.py': 'from ray.rllib.algorithms.ppo import PPOConfig\nconfig = PPOConfig().evaluation(evaluation_duration=10)\n',
      'not_rllib.py': 'config = Config().evaluation(evaluation_interval=1)\n',
      'imported.py': py`
        from stable_baselines3.common.evaluation import evaluate_policy
        from stable_baselines3.common.callbacks import EvalCallback
        # results = evaluate_policy(model, eval_env, n_eval_episodes=10)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
