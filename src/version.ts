// The analyser's version. VERSION is the release. analyserVersion() adds a
// content hash of the code, data and parser packages that decide a scan's
// result, so every cache keyed by it (parsed facts, whole scans) misses after
// any change to the parsers, detectors, catalogue, scan stages or data/, with
// or without a release. It hashes the files this module ships beside (dist/
// JS when built, the TypeScript sources under tsx or vitest), at first use in
// a process; a cache folder can remember it between processes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './util/atomic-write.js';
import { packageRoot } from './util/paths.js';

/** Analyser release: shown by `--version` and in reports. */
export const VERSION = '0.2.0';

/** Folders of src/ (or dist/src/) whose code decides a scan's or a CV's result. */
export const ANALYSER_DIRS = ['catalog', 'cv', 'history', 'ingest', 'parse', 'scan', 'signals', 'util'] as const;
/** Single modules of src/ that do too (the wiring, wherever it lives, and this file); absent ones are left out. */
const ANALYSER_MODULES = ['pipeline', 'app/pipeline', 'version'];
/** Packages that read candidate files: a new version may read them differently. */
const PARSER_PACKAGES = ['web-tree-sitter', 'tree-sitter-python', 'yaml', 'smol-toml', 'dockerfile-ast', 'ignore', 'picomatch', 'jsonc-parser', 'pdfjs-dist', 'mammoth'];

let memo: Promise<string> | undefined;

/**
 * `VERSION+<16 hex digits>`: the release and a hash of the analyser's own
 * files. With `memoDir` (a cache folder), the hash is remembered there under
 * a key made of the files' paths, sizes, times and inode numbers, so later
 * processes only stat the files: any rewrite of a file changes its ctime,
 * which no tool can set back, so a changed file is always read again.
 */
export function analyserVersion(memoDir?: string): Promise<string> {
  const self = fileURLToPath(import.meta.url);
  memo ??= (memoDir ? rememberedAnalyserHash(self, memoDir) : Promise.resolve(analyserHash(self))).then((hash) => `${VERSION}+${hash}`);
  return memo;
}

/**
 * The analyser's files beside `self` (this module's path: its extension says
 * whether `.js` or `.ts` files run), then those of `root`/data/.
 */
export function analyserFiles(self: string, root = packageRoot()): string[] {
  const src = dirname(self);
  const ext = self.endsWith('.ts') ? '.ts' : '.js';
  const code = (f: string) => f.endsWith(ext) && !f.endsWith(`.test${ext}`) && !f.endsWith(`.d${ext}`);
  return [
    ...ANALYSER_MODULES.map((m) => join(src, `${m}${ext}`)).filter((f) => existsSync(f)),
    ...ANALYSER_DIRS.flatMap((d) => filesUnder(join(src, d)).filter(code)),
    ...filesUnder(join(root, 'data')),
  ];
}

/** sha256 over the analyser's files (names and contents) and the versions of the parser packages; 16 hex digits. */
export function analyserHash(self: string, root = packageRoot()): string {
  const hash = createHash('sha256');
  for (const file of analyserFiles(self, root)) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  hash.update(parserPackages(self));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A file changed within this many milliseconds could change again without
 * its times moving (file systems keep coarse clocks), so no hash is
 * remembered for it: git's "racily clean" rule.
 */
export const RACY_MS = 2000;

/**
 * analyserHash(), read from `memoDir` when the files' stats are as they were;
 * computed otherwise, and stored there unless a file changed within `racyMs`.
 */
export async function rememberedAnalyserHash(self: string, memoDir: string, root = packageRoot(), racyMs = RACY_MS): Promise<string> {
  const stats = createHash('sha256').update(`${VERSION}\0${parserPackages(self)}`);
  let newest = 0n;
  for (const file of analyserFiles(self, root)) {
    const st = statSync(file, { bigint: true });
    stats.update(`${file}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}\n`);
    newest = [st.mtimeNs, st.ctimeNs, newest].reduce((a, b) => (a > b ? a : b));
  }
  const file = join(memoDir, 'analyser', stats.digest('hex'));
  try {
    const remembered = readFileSync(file, 'utf8');
    if (/^[0-9a-f]{16}$/.test(remembered)) return remembered;
  } catch {
    // Not remembered yet (or unreadable): computed below.
  }
  const hash = analyserHash(self, root);
  if (newest > BigInt(Date.now() - racyMs) * 1_000_000n) return hash;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, hash);
  } catch {
    // Not remembered: the next process computes it again.
  }
  return hash;
}

/** Every file under `dir`, sorted by path; none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** `name@version` of each parser package, as installed. */
function parserPackages(self: string): string {
  return PARSER_PACKAGES.map((pkg) => `${pkg}@${packageVersion(pkg, self)}\0`).join('');
}

/** The installed version of a package, found from its entry point up to its package.json. */
function packageVersion(name: string, from: string): string {
  try {
    let dir = dirname(createRequire(from).resolve(name));
    for (;;) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? 'unknown';
      }
      const up = dirname(dir);
      if (up === dir) return 'unknown';
      dir = up;
    }
  } catch {
    return 'unknown';
  }
}
