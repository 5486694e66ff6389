// Compile-time check (tsc reads this file; nothing runs it): the store and the
// job queue implement the app's ports, so the server and workers can pass them
// to the use cases as they are.
import type { FileStore, JobQueue, ResultStore } from '../src/app/ports.js';
import type { JobQueue as Queue } from '../src/jobs/types.js';
import type { Store } from '../src/store/index.js';

export type StoreIsResultStore = Store extends ResultStore ? true : never;
export type FilesAreFileStore = Store['files'] extends FileStore ? true : never;
export type QueueIsJobQueue = Queue extends JobQueue ? true : never;
export const conformance: [StoreIsResultStore, FilesAreFileStore, QueueIsJobQueue] = [true, true, true];
