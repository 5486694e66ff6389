// signals.md › pinned_dependencies: dependencies are reproducible: a lock file (poetry.lock, uv.lock, Pipfile.lock, pdm.lock, conda-lock.yml), or a requirements/environment file in which more than half of the entries pin a version (=...
import { defineDetector } from './define.js';

export const pinnedDependencies = defineDetector({
  id: 'pinned_dependencies',
  area: 'engineering',
});
