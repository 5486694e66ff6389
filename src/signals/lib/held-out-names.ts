// The words that name data held out from training (model_evaluation: "held-out
// data"), in one place for every detector that reads a variable's name:
// a metric given `y_test` (model_evaluation), a score that is not of the
// training data (training-scores), held-out inputs and targets scored by hand
// (held-out-scores). Each use keeps its own shape; only the vocabulary is here.

/**
 * Split words that name held-out data as a whole part of any name:
 * `y_test`, `val_labels`, `X_holdout`, `dev_set`, `heldout_df`.
 */
export const HELD_OUT_SPLITS: readonly string[] = ['test', 'val', 'valid', 'validation', 'holdout', 'heldout', 'dev'];

/**
 * Words that name held-out data only as part of a data name, beside its
 * inputs or targets (`X_cv`, `y_cv`, the cross-validation set; `X_testing`,
 * `testing_labels`). Alone they name something else: `cv` is scikit-learn's
 * fold count or splitter (`cross_val_score(model, X, y, cv)`, `cv=5`), and
 * `testing` a mode flag (`testing=True`, `is_testing`).
 */
export const HELD_OUT_DATA_ONLY: readonly string[] = ['testing', 'cv'];

/** Every split word of a held-out data name (`X_val`, `ytest`, `y_cv`, `test_labels`). */
export const HELD_OUT_DATA_SPLITS: readonly string[] = [...HELD_OUT_SPLITS, ...HELD_OUT_DATA_ONLY];

/** A name for training data: `y_train`, `X_train_scaled`, `train_labels`, `Xtrain`, `training_set`. */
export const TRAINING_NAME = /(^|_)(train|training)(_|$)|^[xy]_?train/i;

/** A regular-expression group of the words: `(?:test|val|…)`. */
export function wordGroup(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** A name with a held-out split word as a whole `_`-separated part (`y_test`, `val_labels`, `X_holdout_scaled`). */
export const HELD_OUT_NAME_PART = new RegExp(`(^|_)${wordGroup(HELD_OUT_SPLITS)}(_|$)`, 'i');

/**
 * An environment kept for evaluating a reinforcement-learning agent, by the
 * same split words (`eval_env`, `test_vec_env`, `envs_validation`); `dev` is
 * left out, since a dev environment is where one develops.
 */
const ENV_WORDS = wordGroup(['eval', 'evaluation', ...HELD_OUT_SPLITS.filter((w) => w !== 'dev'), 'testing']);
export const HELD_OUT_ENV = new RegExp(`^${ENV_WORDS}_?(vec_?)?envs?$|^(vec_?)?envs?_?${ENV_WORDS}$`, 'i');
