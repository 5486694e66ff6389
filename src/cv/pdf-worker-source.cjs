// Starts pdf-worker.ts when Evident runs from source (vitest, tsx): on Node 20,
// tsx's loader hooks `require` in a worker thread but not `import`, and not
// the thread's entry file. The compiled build starts pdf-worker.js directly.
require('./pdf-worker.ts');
