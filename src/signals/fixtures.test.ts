// Test fixture data is sample input for the project's tests, never evidence
// of the author's own use (real-people review: strengths drawn from fixtures).
import { describe, expect, it } from 'vitest';
import { detect, scanToolsOf } from '../../test/helpers/repo.js';
import { notebook } from '../../test/helpers/notebook.js';
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
    // Notebooks a test reads and test data folders are data; notebooks elsewhere and test code are not.
    expect(['tests/notebook.ipynb', 'pkg/test/nb/sample.ipynb', 'tests/data/plot.py', 'testdata/x.csv', 'test_data/a.json', 'tests/resources/b.py'].map(isFixturePath)).toEqual([true, true, true, true, true, true]);
    expect(['notebooks/eda.ipynb', 'tests/data/conftest.py', 'data/clean.py', 'tests/test_nb.py', 'latest/x.ipynb'].map(isFixturePath)).toEqual([false, false, false, false, false]);
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

  it('gives no tool use from a notebook under tests/ that the tests read (a third-party plot script as sample input)', async () => {
    const plot = notebook(['import numpy as np\nimport matplotlib.pyplot as plt\nfrom scipy import interpolate\n', 'x = np.asarray([1, 2])\ntck = interpolate.splprep([x, x])\nplt.plot(x, x)\n']);
    const fixture = {
      'tests/notebook.ipynb': plot,
      'tests/test_clear.py': 'from hook import clear\n\ndef test_clear():\n    assert clear("tests/notebook.ipynb")\n',
      'hook.py': 'import json\n\ndef clear(path):\n    return json.load(open(path))\n',
    };
    const used = (tools: Awaited<ReturnType<typeof scanToolsOf>>) => tools.filter((t) => t.used).map((t) => t.tool);
    const tools = used(await scanToolsOf(fixture));
    expect(tools).not.toContain('matplotlib');
    expect(tools).not.toContain('scipy');
    expect(tools).not.toContain('numpy');
    // The same notebook as the author's own analysis counts.
    expect(used(await scanToolsOf({ ...fixture, 'notebooks/plot.ipynb': plot }))).toEqual(expect.arrayContaining(['matplotlib', 'scipy', 'numpy']));
  });
});
