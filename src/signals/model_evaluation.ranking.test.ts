// model_evaluation: a model scored by hand, with metrics of the author's own,
// on a held-out split the code reads by name (held-out AS: a recommender's
// Recall/Precision/NDCG@k over the interactions of `val.parquet`, after a
// chronological split; no metric library).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const TRAIN = py`
  import numpy as np
  import implicit
  from scipy.sparse import load_npz

  def run(assets):
      model = implicit.als.AlternatingLeastSquares(factors=32)
      model.fit(load_npz(assets / "R_train.npz"))
      np.save(assets / "item_vectors.npy", model.item_factors)
`;

/** An evaluation step reading the split `split` and scoring top-k lists with a DCG of its own. */
const metrics = (split: string) => py`
  import numpy as np
  import pandas as pd

  def dcg_at_k(relevance):
      return float(sum(rel / np.log2(i + 2) for i, rel in enumerate(relevance)))

  def run(splits, items, users):
      held = pd.read_parquet(splits / "${split}.parquet")
      ndcg_scores = []
      for user, liked in held.groupby("user_id")["movie_id"]:
          top = np.argsort(-(items @ users[user]))[:10]
          relevance = [1 if m in set(liked) else 0 for m in top]
          ndcg_scores.append(dcg_at_k(relevance) / max(dcg_at_k(sorted(relevance, reverse=True)), 1e-9))
      return {"ndcg@10": float(np.mean(ndcg_scores))}
`;

describe('signals/model_evaluation (ranking metrics of its own on a held-out split)', () => {
  it('counts metrics of its own computed where a held-out split is read by name, in a repository that fits a model', async () => {
    const result = await detect(modelEvaluation, { 'recsys/train.py': TRAIN, 'recsys/metrics.py': metrics('val') });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['recsys/metrics.py:8', 'recsys/metrics.py:13']);
  });

  it('counts a held-out split read into a name for it (`test_df`)', async () => {
    const result = await detect(modelEvaluation, {
      'recsys/train.py': TRAIN,
      'recsys/metrics.py': metrics('interactions').replace('held = pd.read_parquet', 'test_df = pd.read_parquet').replace('held.groupby', 'test_df.groupby'),
    });

    expect(result.present).toBe(true);
  });

  it('does not count the same metrics on the training split, where no model is fitted, or in a test', async () => {
    const training = await detect(modelEvaluation, { 'recsys/train.py': TRAIN, 'recsys/metrics.py': metrics('train') });
    const noModel = await detect(modelEvaluation, { 'recsys/metrics.py': metrics('val') });
    const test = await detect(modelEvaluation, { 'recsys/train.py': TRAIN, 'tests/test_metrics.py': metrics('val') });

    expect(training.present).toBe(false);
    expect(noModel.present).toBe(false);
    expect(test.present).toBe(false);
  });
});
