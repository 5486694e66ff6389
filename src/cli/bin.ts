#!/usr/bin/env node
// Start-up imports only the command table: each command imports its modules when it runs.
import { processIo } from './io.js';
import { shutdown } from '../util/shutdown.js';
import { run } from './main.js';

// A closed pipe (`evident scan . | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await run(process.argv.slice(2), processIo());
// Worker threads (the parse pool) would keep the process alive until their idle timeout.
await shutdown();
process.exitCode = code;
