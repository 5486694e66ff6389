// Python's own parser as the yardstick: `ast.parse` over the same `.py` files
// the scan parses, in one python3 process (one core). The files are named on
// stdin; Python reads and parses each one and reports bytes and seconds, timed
// inside Python (interpreter start-up excluded, which favours Python). Only
// `ast.parse` runs: nothing in the tree is imported or executed.
import { execFile, execFileSync } from 'node:child_process';

/** What one python3 run measured. */
export interface PythonAstRun {
  files: number;
  bytes: number;
  /** Files `ast.parse` refused (syntax errors in deliberately broken test data). */
  errors: number;
  seconds: number;
  /** CPU time of the Python process over the same span (equals `seconds` on an idle machine). */
  cpuSeconds: number;
}

const SCRIPT = `
import ast, json, sys, time
paths = [p for p in sys.stdin.buffer.read().split(b"\\0") if p]
files = nbytes = errors = 0
start = time.perf_counter()
cpu = time.process_time()
for path in paths:
    with open(path, "rb") as f:
        source = f.read()
    files += 1
    nbytes += len(source)
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        errors += 1
print(json.dumps({"files": files, "bytes": nbytes, "errors": errors, "seconds": time.perf_counter() - start, "cpuSeconds": time.process_time() - cpu}))
`;

/** python3 on the PATH, or undefined. */
export function python3(): string | undefined {
  try {
    execFileSync('python3', ['-c', 'pass'], { stdio: 'ignore' });
    return 'python3';
  } catch {
    return undefined;
  }
}

/** The CPython standard library folder of the python3 on the PATH, or undefined. */
export function pythonStdlib(): string | undefined {
  try {
    const out = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

function runOnce(paths: readonly string[]): Promise<PythonAstRun> {
  return new Promise((resolve, reject) => {
    const child = execFile('python3', ['-I', '-S', '-c', SCRIPT], { maxBuffer: 1024 * 1024 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout) as PythonAstRun);
    });
    child.stdin?.end(paths.join('\0'));
  });
}

/** The fastest of `runs` runs of `ast.parse` over `paths` (absolute paths of `.py` files). */
export async function bestPythonAst(paths: readonly string[], runs: number): Promise<PythonAstRun> {
  let best: PythonAstRun | undefined;
  for (let i = 0; i < runs; i++) {
    const run = await runOnce(paths);
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best as PythonAstRun;
}
