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

/** Files that make a folder a package or project of its own. */
export const PACKAGING_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json'];

/**
 * The name GitHub and GitLab give a downloaded archive's folder: the
 * project's name and the branch (`BirdNET-Analyzer-main`, `foo-master`) or
 * the release (`foo-1.2.3`, `foo-v2.0.1rc1`).
 */
const ARCHIVE_FOLDER = /^[A-Za-z0-9][\w.-]*-(?:main|master|v?\d+(?:\.\d+)+[\w.-]*)$/;

/** Whether a folder's name is a downloaded archive's (`<Name>-main`, `<Name>-1.2.3`). */
export function isArchiveFolderName(name: string): boolean {
  return ARCHIVE_FOLDER.test(name);
}

/** A licence text of the project's own (`LICENSE`, `LICENCE.md`, `COPYING.LESSER`, `LICENSE-MIT`). */
const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:$|[._-])/i;

/**
 * Why the folder at `rel` (repository-relative, POSIX; its files `names`)
 * is a bundled copy of another project, or undefined. signals.md › Scope:
 * third-party code is never evidence. A copy is known by three things at
 * once: an archive download's name (`<Name>-main`, `<Name>-1.2.3`), a
 * licence of its own and a packaging or project file of its own: a complete
 * project unpacked inside the repository, like `vendor/`. The repository's
 * own top folder is never set aside, nor a folder with no code of the
 * repository's beside it (`alone`: nothing but hidden entries, a README, a
 * licence or other archive folders, all the way up): the author's own
 * project, or projects, kept in the archive's folder.
 * A sub-project named `x-main` without its own licence stays in.
 */
export function bundledCopy(rel: string, names: readonly string[], alone: boolean): string | undefined {
  if (rel === '' || alone) return undefined;
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (!isArchiveFolderName(name) || !names.some((n) => LICENCE_FILE.test(n))) return undefined;
  const marker = names.find((n) => PACKAGING_FILES.includes(n));
  if (!marker) return undefined;
  return `a bundled copy of another project: a downloaded archive's folder with its own licence and ${marker}; third-party code, not the project's own`;
}

/** Entries that say nothing of what a repository holds: hidden files and folders, a README, a licence. */
export function isIncidentalEntry(name: string): boolean {
  return name.startsWith('.') || LICENCE_FILE.test(name) || /^readme(?:$|[._-])/i.test(name);
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
