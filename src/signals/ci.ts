// signals.md › ci: a CI configuration runs the project's own build, tests, linters, training or deployment on push, pull request or schedule: .github/workflows/*.yml, .gitlab-ci.yml, .circleci/config.yml, azure-pipel...
import { defineDetector } from './define.js';

export const ci = defineDetector({
  id: 'ci',
  area: 'engineering',
});
