import type { FileFacts } from '../parse/types.js';
import type { RepoSummary } from './types.js';

export function summarize(files: readonly FileFacts[]): RepoSummary {
  const languages = new Map<string, { files: number; bytes: number }>();
  const summary: RepoSummary = {
    files: files.length,
    bytes: 0,
    pythonFiles: 0,
    notebooks: 0,
    pythonLines: { py: 0, notebooks: 0 },
    languages: [],
  };
  for (const f of files) {
    summary.bytes += f.size;
    if (f.format === 'notebook' || f.notebook !== undefined) {
      summary.notebooks++;
      summary.pythonLines.notebooks += f.python?.codeLines ?? 0;
    } else if (f.python) {
      summary.pythonFiles++;
      summary.pythonLines.py += f.python.codeLines;
    }
    if (f.language) {
      const l = languages.get(f.language) ?? { files: 0, bytes: 0 };
      l.files++;
      l.bytes += f.size;
      languages.set(f.language, l);
    }
  }
  summary.languages = [...languages.entries()]
    .map(([language, v]) => ({ language, ...v }))
    .sort((a, b) => b.bytes - a.bytes || (a.language < b.language ? -1 : 1));
  return summary;
}
