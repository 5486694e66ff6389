// The model: ids and one zod schema per stage result, each type inferred from
// its schema under the same name. Stages, the store, the server and the web app
// share these; this folder imports nothing but zod.
export * from './ids.js';
export * from './evidence.js';
export * from './history.js';
export * from './scan.js';
export * from './cv.js';
export * from './assessment.js';
export * from './kit.js';
export * from './scorecard.js';
export * from './decision.js';
export * from './rank.js';
export * from './discovery.js';
export * from './notes.js';
export * from './records.js';
