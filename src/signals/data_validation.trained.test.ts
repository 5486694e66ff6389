// data_validation: the request schema of an API whose model is one the
// repository trains and keeps as arrays (held-out AS: ALS embeddings saved
// with np.save by the training step, loaded with np.load by a Recommender
// class that a FastAPI dependency builds; the swipe request feeds the
// online update of the user's vector).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const TRAIN = py`
  import numpy as np
  import implicit

  def run(matrix, assets):
      model = implicit.als.AlternatingLeastSquares(factors=32)
      model.fit(matrix)
      np.save(assets / "item_vectors.npy", model.item_factors)
`;

const files = (artefact: string) => ({
  'recsys/schemas.py': py`
    from enum import Enum
    from pydantic import BaseModel

    class Action(str, Enum):
        LIKE = "like"
        SKIP = "skip"

    class SwipeRequest(BaseModel):
        action: Action
        boosted: bool = False
  `,
  'recsys/artefacts.py': py`
    import numpy as np

    def load_vectors(assets):
        return np.load(assets / "${artefact}")
  `,
  'recsys/recommender.py': py`
    from recsys.artefacts import load_vectors

    class Recommender:
        def __init__(self, assets):
            self.items = load_vectors(assets)

        def feedback(self, user_id, item_id, action):
            return self.items[item_id]
  `,
  'recsys/deps.py': py`
    from recsys.recommender import Recommender

    def get_recommender():
        return Recommender("assets")
  `,
  'recsys/api.py': py`
    from fastapi import APIRouter, Depends
    from recsys.deps import get_recommender
    from recsys.schemas import SwipeRequest

    router = APIRouter()

    @router.post("/items/{item_id}/swipe")
    def swipe(item_id: int, body: SwipeRequest, recommender=Depends(get_recommender)):
        recommender.feedback(1, item_id, body.action)
        return {"ok": True}
  `,
});

describe('signals/data_validation (a model the repository trains, kept as arrays)', () => {
  it("counts the request schema of a handler whose dependency builds an object that loads the training step's saved vectors", async () => {
    const result = await detect(dataValidation, { 'recsys/train.py': TRAIN, ...files('item_vectors.npy') });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['recsys/schemas.py:8']);
  });

  it('does not count it when the loaded array is no file the training writes, or nothing is trained', async () => {
    const other = await detect(dataValidation, { 'recsys/train.py': TRAIN, ...files('popularity.npy') });
    const untrained = await detect(dataValidation, { 'recsys/train.py': TRAIN.replace('model.fit(matrix)', 'pass'), ...files('item_vectors.npy') });

    expect(other.present).toBe(false);
    expect(untrained.present).toBe(false);
  });
});
