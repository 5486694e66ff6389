// Issue 14, review on real people: an ETL project's own `transformers/`
// package (`from transformers.data_transformer import DataTransformer`) was
// listed as "Hugging Face Transformers: used", a strength the candidate never
// showed. A tool shadowed by the repository's own module is not used.
import { describe, expect, it } from 'vitest';
import { scanToolsOf } from '../../test/helpers/repo.js';

describe('signals/tool list and local modules', () => {
  it("a repository's own package named like a catalogue tool is not that tool", async () => {
    const tools = await scanToolsOf({
      'src/transformers/__init__.py': 'from .data_transformer import DataTransformer\n',
      'src/transformers/data_transformer.py': 'class DataTransformer:\n    def run(self, rows):\n        return rows\n',
      'src/main.py': 'import pandas as pd\nfrom transformers.data_transformer import DataTransformer\n\ndf = pd.read_csv("a.csv")\nDataTransformer().run(df)\n',
      'requirements.txt': 'pandas==2.1.0\n',
    });

    expect(tools.find((t) => t.tool === 'transformers')).toBeUndefined();
    expect(tools.find((t) => t.tool === 'pandas')).toMatchObject({ used: true });
  });

  it('the library is still used when it is declared as a dependency', async () => {
    const tools = await scanToolsOf({
      'src/transformers/__init__.py': '',
      'src/main.py': 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("bert-base-uncased")\n',
      'requirements.txt': 'transformers==4.40.0\n',
    });

    expect(tools.find((t) => t.tool === 'transformers')).toMatchObject({ used: true });
  });
});
