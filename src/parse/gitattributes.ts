// https://git-scm.com/docs/gitattributes — one `pattern attr...` per line.
// Only Git LFS rules become facts (`filter=lfs`): which paths are stored in
// LFS is what the data-versioning detector needs. Never throws.
import type { ConfigFact, FileFacts } from './types.js';

/** Each LFS rule becomes a ConfigFact with key `lfs:<pattern>` at its line. */
export function parseGitattributes(text: string, _path: string): Partial<FileFacts> {
  const configs: ConfigFact[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (attrs.includes('filter=lfs')) configs.push({ key: `lfs:${pattern}`, text: line, line: i + 1 });
  }
  return { configs };
}
