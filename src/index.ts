// Library API.
export { scanRepository, type ScanOptions } from './pipeline.js';
export type * from './scan/types.js';
export { SCHEMA_VERSION } from './scan/types.js';
export { SIGNAL_IDS, DETECTORS } from './signals/index.js';
export type * from './signals/types.js';
export { UserError } from './util/errors.js';
export { VERSION } from './version.js';
