// Submitting background work through the JobQueue port.
import type { JobName, JobPayloads, JobQueue } from './ports.js';

/** `queue.submit` with the payload checked against the job's name at compile time. */
export function submitJob<N extends JobName>(queue: JobQueue, name: N, payload: JobPayloads[N], options?: { singletonKey?: string }): Promise<string> {
  return queue.submit(name, payload, options);
}
