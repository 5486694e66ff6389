// Test fixture data is sample input for the project's tests, never evidence
// of the author's own use (real-people review: strengths drawn from fixtures).
import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { containerized } from './containerized.js';
import { isFixturePath } from './context.js';
import { experimentTracking } from './experiment_tracking.js';
import { hfTransformers } from './hf_transformers.js';

const TRAIN = py`
  import mlflow
  from transformers import AutoModel

  with mlflow.start_run():
      model = AutoModel.from_pretrained("bert-base-uncased")
      mlflow.log_metric("loss", 0.1)
`;

describe('signals: test fixtures', () => {
  it('tells fixture data from test code', () => {
    expect(['tests/fixtures/repo/train.py', 'test/fixture/a.py', 'pkg/tests/__fixtures__/x.py', 'tests/mlflow_fixture.py', 'tests/fixtures_data.py'].map(isFixturePath)).toEqual([true, true, true, true, true]);
    expect(['tests/conftest.py', 'tests/fixtures.py', 'tests/test_train.py', 'src/train.py', 'tests/data/test_dataset.py'].map(isFixturePath)).toEqual([false, false, false, false, false]);
  });

  it('finds nothing in files under tests/fixtures/ or named *_fixture*, and the same code elsewhere counts', async () => {
    const fixtures = {
      'tests/fixtures/sample_repo/train.py': TRAIN,
      'tests/fixtures/sample_repo/Dockerfile': 'FROM python:3.11\nRUN pip install mlflow\n',
      'tests/hf_fixture.py': 'from transformers import pipeline\nclf = pipeline("sentiment-analysis")\n',
      'tests/test_scan.py': 'def test_scan():\n    assert scan("tests/fixtures/sample_repo")\n',
    };
    const own = { 'src/train.py': TRAIN, Dockerfile: 'FROM python:3.11\nRUN pip install mlflow\n' };

    expect((await detect(experimentTracking, fixtures)).present).toBe(false);
    expect((await detect(hfTransformers, fixtures)).present).toBe(false);
    expect((await detect(containerized, fixtures)).present).toBe(false);
    expect((await detect(experimentTracking, own)).present).toBe(true);
    expect((await detect(hfTransformers, own)).present).toBe(true);
    expect((await detect(containerized, own)).present).toBe(true);
  });
});
