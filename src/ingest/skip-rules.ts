// signals.md › Scope: generated, vendored and third-party code is never evidence.
export const EXCLUDED_DIRS = new Set([
  'site-packages',
  'venv',
  '.venv',
  'node_modules',
  'build',
  'dist',
  '.git',
  '.ipynb_checkpoints',
  'vendor',
  'third_party',
  'external',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.hg',
  '.svn',
  'mlruns',
  // VS Code's Local History: timestamped copies of files as they were edited, not the project's code.
  '.history',
  // The Astro CLI's scaffolding (`astro dev init`): a template DAG-integrity test and settings, not the project's code.
  '.astro',
]);

/** `*.egg-info` folders are generated too. */
export function isExcludedDir(name: string): boolean {
  return EXCLUDED_DIRS.has(name) || name.endsWith('.egg-info');
}

/** Code points HFS+ ignores in names (git's is_hfs_dotgit list). */
const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * A name that git, or a case-insensitive or Windows file system, takes for
 * `.git`: any case (`.GIT`), trailing dots or spaces (`.git.`), an NTFS stream
 * suffix (`.git::$INDEX_ALLOCATION`), the 8.3 short name (`GIT~1`), HFS+
 * ignorable characters. A `.git` file (`gitdir: …`) counts as much as a folder.
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt-coreprotectNTFS
 */
export function isGitMetadataName(name: string): boolean {
  let n = name.replace(HFS_IGNORABLE, '').toLowerCase();
  const colon = n.indexOf(':');
  if (colon !== -1) n = n.slice(0, colon);
  n = n.replace(/[. ]+$/, '');
  return n === '.git' || n === 'git~1';
}

/** Extensions that are never text worth reading. */
export const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico tif tiff webp svgz psd pdf zip gz tgz bz2 xz 7z rar tar jar war whl egg ' +
    'so dll dylib exe bin o a class pyc pyo pyd pkl pickle joblib npy npz h5 hdf5 pt pth ckpt onnx tflite ' +
    'pb safetensors parquet feather arrow avro orc db sqlite sqlite3 mp3 mp4 wav avi mov mkv flac ogg ' +
    'woff woff2 ttf otf eot model bst cbm xlsx xls docx pptx doc ppt msgpack lmdb index data'
  ).split(' '),
);

export function hasBinaryExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return false;
  return BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** A NUL byte in the first 8 KiB marks a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
