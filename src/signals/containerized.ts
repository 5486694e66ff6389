import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence, fileEvidence } from './evidence.js';
import type { FileFacts } from '../parse/types.js';
import type { Evidence } from './types.js';

/** A Dockerfile decides at its first `FROM`; one the parser read without any `FROM` (a `Dockerfile.md` note) does not. */
function dockerfileEvidence(file: FileFacts): Evidence | undefined {
  if (file.docker === undefined) return fileEvidence(file.path, 'Dockerfile', 'docker');
  const from = file.docker.find((i) => i.keyword === 'FROM');
  return from ? configEvidence(file.path, from, `FROM ${from.args}`, 'docker') : undefined;
}

/**
 * A compose file decides at its first service that builds an image of the
 * project's own, else at its first service; one read with no service at all
 * does not. A file of stock images only (a database, a cache) is cited after
 * a Dockerfile or a building service: it runs others' containers.
 */
function composeEvidence(file: FileFacts): Evidence | undefined {
  if (file.manifests === undefined) return fileEvidence(file.path, 'compose file', 'docker');
  const services = file.manifests.filter((m) => m.kind === 'compose:service');
  const builds = services.find((m) => /^[^:]*: build\b/.test(m.text));
  const service = builds ?? services[0];
  if (!service) return undefined;
  const evidence = configEvidence(file.path, service, `service ${service.text}`, 'docker');
  return builds ? evidence : { ...evidence, secondary: true };
}

function detectContainers(ctx: DetectContext): DetectResult {
  const evidence: Evidence[] = [];
  for (const file of ctx.ofFormat('dockerfile', 'compose')) {
    const found = file.format === 'dockerfile' ? dockerfileEvidence(file) : composeEvidence(file);
    if (found) evidence.push(found);
  }
  return evidence;
}

export const containerized = defineDetector({
  id: 'containerized',
  area: 'deployment',
  rule: 'a `Dockerfile` (any name matching `Dockerfile*` or `*.dockerfile`) or a compose file (`docker-compose*.yml`, `compose*.yaml`) with at least one instruction or service (an empty file does not count).',
  uses: 'declared',
  detect: detectContainers,
});
