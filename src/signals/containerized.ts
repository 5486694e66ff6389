// signals.md › containerized: a Dockerfile (any name matching Dockerfile* or *.dockerfile) or a compose file (docker-compose*.yml, compose*.yaml).
import { defineDetector } from './define.js';

export const containerized = defineDetector({
  id: 'containerized',
  area: 'deployment',
});
