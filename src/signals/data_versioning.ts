// signals.md › data_versioning: data is versioned: DVC (dvc.yaml, *.dvc, .dvc/), lakeFS, Delta Lake / Iceberg time travel, Pachyderm, git-lfs for datasets.
import { defineDetector } from './define.js';

export const dataVersioning = defineDetector({
  id: 'data_versioning',
  area: 'mlops',
});
