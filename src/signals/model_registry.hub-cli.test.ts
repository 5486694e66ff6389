// Held-out W-Kaski/qwen-qlora-sql-benchmark (slice AS): a LoRA adapter and
// its model card uploaded to a Hub model repository with
// `hf upload-large-folder` in a shell script was not counted; only the Python
// API (`push_to_hub`, `upload_folder`) was. The CLI does the same job from a
// script, a Makefile or a CI step; its repository type decides what it versions.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';
import { modelRegistry } from './model_registry.js';

describe('signals/model_registry (Hub uploads with the hf CLI)', () => {
  it('counts uploads to a model repository from a script, a Makefile and a CI step', async () => {
    const files = {
      'scripts/upload.sh': text`
        #!/usr/bin/env bash
        set -euo pipefail
        if ! hf auth whoami >/dev/null 2>&1; then
          echo "Run 'hf auth login', then hf upload again"
          exit 2
        fi
        hf upload-large-folder "\${HF_REPO_ID}" "\${work_dir}" \\
          --repo-type model \\
          --num-workers 4
      `,
      Makefile: text`
        publish:
        	uv run huggingface-cli upload me/sentiment-bert outputs/best --commit-message "release"
      `,
      '.github/workflows/release.yml': yaml`
        on: [push]
        jobs:
          hub:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: |
                  pip install -U huggingface_hub
                  hf upload me/clf ./model.safetensors --repo-type="$KIND"
      `,
    };
    const result = await detect(modelRegistry, files);

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['.github/workflows/release.yml:9', 'Makefile:2', 'scripts/upload.sh:7']);
    // The same uploads version no data.
    expect(await detect(dataVersioning, files)).toMatchObject({ present: false });
  });

  it('leaves out Spaces, datasets, a type in a variable with nothing that says model, and mentions of the CLI', async () => {
    const files = {
      'deploy.sh': text`
        hf upload me/demo . --repo-type space
        huggingface-cli upload spaces/me/demo app.py
        hf upload "$REPO" "$DIR" --repo-type "$TYPE"
        hf download me/clf --local-dir models
        echo "hf upload me/clf outputs"
      `,
      'data.sh': text`
        hf upload me/reviews data/processed --repo-type dataset
        hf upload-large-folder datasets/me/corpus shards/
      `,
      // README text is never evidence.
      'README.md': 'Upload the adapter with `hf upload-large-folder me/adapter out --repo-type model`.\n',
    };

    expect(await detect(modelRegistry, files)).toMatchObject({ present: false, evidence: [] });
    // Uploads to a dataset repository version data instead.
    expect(locations(await detect(dataVersioning, files))).toEqual(['data.sh:1', 'data.sh:2']);
  });
});
