import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import * as NEW from './src/parse/python.js';
import * as OLD from '/tmp/prof/old/python.ts';
const files = execSync(`find ${process.argv[2]} \\( -name .git -prune \\) -o -name '*.py' -type f -print`).toString().trim().split('\n');
await NEW.initPython(); await OLD.initPython();
let diff = 0; let tn = 0, to = 0;
for (const f of files) {
  const t = readFileSync(f, 'utf8');
  let a = performance.now(); const n = NEW.parsePython(t); tn += performance.now() - a;
  a = performance.now(); const o = OLD.parsePython(t); to += performance.now() - a;
  if (!isDeepStrictEqual(n, o)) { diff++; if (diff < 3) console.log('DIFF', f); }
}
console.log(files.length, 'files', diff, 'differ; new', tn.toFixed(0), 'old', to.toFixed(0));
