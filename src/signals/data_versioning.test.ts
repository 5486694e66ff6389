import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';

describe('signals/data_versioning', () => {
  it('is present for DVC: .dvc files, the .dvc config and stages that cache data', async () => {
    const result = await detect(dataVersioning, {
      'data/raw.csv.dvc': 'outs:\n- md5: 9c1b\n  path: raw.csv\n',
      '.dvc/config': '[core]\n    remote = s3\n',
      'dvc.yaml': yaml`
        stages:
          featurize:
            cmd: python featurize.py
            outs:
              - data/features
            metrics:
              - metrics.json
      `,
    });

    expect(result.present).toBe(true);
    // `dvc.yaml` is cited at its stage, not again as a whole file.
    expect(locations(result)).toEqual(['dvc.yaml:2', '.dvc/config', 'data/raw.csv.dvc']);
    expect(result.evidence[0].match).toBe('featurize outs: data/features');
  });

  it('counts Git LFS rules for data files or folders, not a blanket template or code files', async () => {
    const template = Array.from({ length: 20 }, (_, i) => `*.ext${i} filter=lfs diff=lfs merge=lfs -text`).join('\n');
    const result = await detect(dataVersioning, {
      '.gitattributes': text`
        *.py text eol=lf
        *.parquet filter=lfs diff=lfs merge=lfs -text
        *.png filter=lfs diff=lfs merge=lfs -text
      `,
      'space/.gitattributes': `${template}\n*.parquet filter=lfs diff=lfs merge=lfs -text\n`,
    });

    expect(locations(result)).toEqual(['.gitattributes:2']);
  });

  it('counts an LFS rule for a folder named with a data word among its parts, not metadata or a database folder', async () => {
    const result = await detect(dataVersioning, {
      '.gitattributes': text`
        checkpoint-*/** filter=lfs diff=lfs merge=lfs -text
        pets_dataset/** filter=lfs diff=lfs merge=lfs -text
        metadata/** filter=lfs diff=lfs merge=lfs -text
        database/** filter=lfs diff=lfs merge=lfs -text
      `,
    });

    expect(locations(result)).toEqual(['.gitattributes:2']);
  });

  it('finds time travel, lakeFS and W&B dataset artifacts in code', async () => {
    const result = await detect(dataVersioning, {
      'read.py': py`
        df = spark.read.format("delta").option("versionAsOf", 3).load("/lake/events")
        old = spark.sql("SELECT * FROM events TIMESTAMP AS OF '2024-01-01'")
      `,
      'lake.py': 'import lakefs\nrepo = lakefs.repository("data")\n',
      'prep.py': 'import wandb\nart = wandb.Artifact("taxi", type="preprocessed_dataset")\n',
    });

    expect(locations(result)).toEqual(['prep.py:2', 'read.py:1', 'read.py:2', 'lake.py:2', 'lake.py:1']);
  });

  it('is absent when DVC is only mentioned, commented out, or declared', async () => {
    const result = await detect(dataVersioning, {
      'README.md': 'Data is versioned with DVC: run `dvc pull` (see dvc.yaml).\n',
      'load.py': '# import dvc.api\nprint("dvc.yaml")\n',
      'requirements.txt': 'dvc==3.30\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [], strength: 'declared-only' });
  });
});
