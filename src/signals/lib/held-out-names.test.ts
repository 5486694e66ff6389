import { describe, expect, it } from 'vitest';
import { HELD_OUT_DATA_SPLITS, HELD_OUT_ENV, HELD_OUT_NAME_PART, HELD_OUT_SPLITS, wordGroup } from './held-out-names.js';

describe('held-out split vocabulary', () => {
  it('names held-out data by a whole split word', () => {
    for (const name of ['y_test', 'val_labels', 'X_holdout', 'dev_set', 'heldout_df', 'X_valid_scaled', 'validation']) {
      expect(HELD_OUT_NAME_PART.test(name), name).toBe(true);
    }
  });

  it('keeps cv and testing to data names: a fold count and a mode flag alone', () => {
    for (const name of ['cv', 'testing', 'is_testing', 'y_train', 'latest', 'device', 'interval', 'contest_id']) {
      expect(HELD_OUT_NAME_PART.test(name), name).toBe(false);
    }
    expect(HELD_OUT_SPLITS).not.toContain('cv');
    expect(HELD_OUT_DATA_SPLITS).toEqual(expect.arrayContaining([...HELD_OUT_SPLITS, 'cv', 'testing']));
    const dataName = new RegExp(`^[xy]_?${wordGroup(HELD_OUT_DATA_SPLITS)}$`, 'i');
    expect(['X_cv', 'y_cv', 'Xtest', 'y_testing'].every((n) => dataName.test(n))).toBe(true);
    expect(dataName.test('x_train')).toBe(false);
  });

  it("names an agent's evaluation environment by the same words, not a dev or training one", () => {
    for (const name of ['eval_env', 'test_vec_env', 'envs_validation', 'EvalEnv', 'holdout_envs', 'testing_env', 'env_eval']) {
      expect(HELD_OUT_ENV.test(name), name).toBe(true);
    }
    for (const name of ['env', 'train_env', 'dev_env', 'vec_env', 'environment_test', 'eval_envelope']) {
      expect(HELD_OUT_ENV.test(name), name).toBe(false);
    }
  });
});
