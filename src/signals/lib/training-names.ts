// Names that say a model is trained, for automated_retraining: a script,
// module, target, task, stage or function called train/retrain/fine-tune/fit.

/** Words that name training: train, retrain, training, trainer, fine-tune, fit (not `pretrained`, `constraint`). */
const TRAIN_WORD = /(?<![a-z])(re)?train(s|ing|er)?(?![a-z])|fine[-_ ]?tun|(?<![a-z])fit(?![a-z])/i;
const NOT_TRAINING = /fit_transform|fit_resample|train_test_split|train_test|x_train|y_train|train_(df|data|set|loader|dataset|path|file|size|x|y|ids?)\b|train\.(csv|parquet|json|txt|pkl)/i;

/** True when a name (function, task id, script, command word) says it trains a model. */
export function namesTraining(name: string): boolean {
  return TRAIN_WORD.test(name) && !NOT_TRAINING.test(name);
}
