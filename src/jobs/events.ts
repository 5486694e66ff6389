// Listeners of job events. A listener that throws is dropped from that event,
// never the job.
import type { JobEvent } from './types.js';

export class JobEvents {
  readonly #listeners = new Set<(event: JobEvent) => void>();

  on(listener: (event: JobEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: JobEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A progress display failing must not fail the job.
      }
    }
  }
}
