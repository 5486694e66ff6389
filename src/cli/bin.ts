#!/usr/bin/env node
import { processIo } from './io.js';
import { destroyParsePool } from '../scan/parse-pool.js';
import { run } from './main.js';

// A closed pipe (`evident scan . | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await run(process.argv.slice(2), processIo());
// Worker threads would keep the process alive until their idle timeout.
await destroyParsePool();
process.exitCode = code;
