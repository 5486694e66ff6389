import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const mod = await import(process.argv[3]);
const files = execSync(`find ${process.argv[2]} \\( -name .git -prune \\) -o -name '*.py' -type f -print`).toString().trim().split('\n');
const texts = files.map((f) => readFileSync(f, 'utf8'));
await mod.initPython();
const out = [];
for (let r = 0; r < 6; r++) { const t = performance.now(); for (const t of texts) mod.parsePython(t); out.push((performance.now()-t).toFixed(0)); }
console.log(out.join(' '));
