// Two ways a split's evaluation was misjudged (held-out slices CB and CC):
// a forecaster's backtest folds scored by a metrics class of the author's own
// (`self.metrics_calculator.calculate_all(actuals=y_test, predictions=...)`)
// were missed, and a pipeline's data step split handed to an evaluation step
// whose body is `pass` was credited, a `logging.error(...)` passing for a score.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const FOLDS = py`
  from app.metrics import ForecastMetrics

  class Backtester:
      def run(self, series, splitter):
          for split in splitter.split(series):
              y_train = series[split.train_idx]
              y_test = series[split.test_idx]
              model = make_model()
              model.fit(y_train)
              predictions = model.predict(len(y_test))
              SCORING
`;

const folds = (scoring: string) => FOLDS.replace('SCORING', scoring);

/** A pipeline whose data step splits and hands the parts on; `evaluate` is the evaluation step's body. */
function pipeline(evaluate: string): Record<string, string> {
  return {
    'src/cleaning.py': py`
      import logging
      from sklearn.model_selection import train_test_split

      def divide(data):
          try:
              X_train, X_test, y_train, y_test = train_test_split(data[["a"]], data["b"])
              return X_train, X_test, y_train, y_test
          except Exception as e:
              logging.error(f"Error in splitting data: {e}")
              raise e
    `,
    'steps/evaluation.py': `from sklearn.metrics import r2_score\n\ndef evaluate_model(model, X_test, y_test):\n${evaluate}\n`,
    'pipelines/training.py': py`
      from steps.evaluation import evaluate_model

      def train_pipeline(data):
          X_train, X_test, y_train, y_test = divide(data)
          model = train_model(X_train, y_train)
          evaluate_model(model, X_test, y_test)
    `,
    'steps/train.py': 'from sklearn.linear_model import LinearRegression\n\ndef train_model(X, y):\n    return LinearRegression().fit(X, y)\n',
  };
}

describe('signals/model_evaluation: backtest folds and pipeline steps', () => {
  it.each([
    ['a metrics object given the actuals and predictions by keyword', 'metrics = self.metrics_calculator.calculate_all(actuals=y_test, predictions=predictions)'],
    ["a metrics class's static method", 'fold_mae = ForecastMetrics.mae(y_test, predictions)'],
  ])('counts a forecaster fitted on each fold and scored on its held-out part: %s', async (_name, scoring) => {
    const result = await detect(modelEvaluation, { 'app/backtest.py': folds(scoring) });

    expect(locations(result)).toEqual(['app/backtest.py:11']);
  });

  it.each([
    ['scored on its training part', 'fold_mae = ForecastMetrics.mae(y_train, predictions)'],
    ['the actuals and predictions only logged', 'self.logger.error(y_test, predictions)'],
    ['the actuals and predictions only stored', 'self.results.save_fold(y_test, predictions)'],
    ['the scoring only in a comment', '# fold_mae = ForecastMetrics.mae(y_test, predictions)\n            pass'],
  ])('is absent for a backtest fold %s', async (_name, scoring) => {
    const result = await detect(modelEvaluation, {
      'README.md': 'We score every fold with `ForecastMetrics.mae(y_test, predictions)`.\n',
      'app/backtest.py': folds(scoring),
    });

    expect(result.present).toBe(false);
  });

  it('is absent for a model never fitted on training data whose predictions meet the actuals', async () => {
    const result = await detect(modelEvaluation, {
      'app/report.py': 'def report(model, y_test):\n    predictions = model.predict(len(y_test))\n    return ForecastMetrics.mae(y_test, predictions)\n',
    });

    expect(result.present).toBe(false);
  });

  it('does not count a split handed to an evaluation step whose body is `pass` (even given the test split), nor a logged error as a score', async () => {
    const result = await detect(modelEvaluation, pipeline('    """Evaluates the model."""\n    pass'));

    expect(result.present).toBe(false);
  });

  it('near miss: counts the handed-on split when the evaluation step computes a metric', async () => {
    const result = await detect(modelEvaluation, pipeline('    return r2_score(y_test, model.predict(X_test))'));

    expect(locations(result).sort()).toEqual(['pipelines/training.py:6', 'src/cleaning.py:6', 'steps/evaluation.py:4']);
  });
});
