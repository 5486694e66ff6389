// `evident cv FILE [--json] [--repo SOURCE ...]`
// What a CV claims; with --repo, each claim set against the repositories' evidence (docs/cv.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseCvFile } from '../../cv/index.js';
import { renderCvText } from '../../cv/render.js';
import type { Io } from '../io.js';

interface CvFlags {
  json?: boolean;
  repo?: string[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerCv(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('cv')
    .description('read a CV (PDF, DOCX, Markdown, text) into claims: contacts, sections, roles, skills, red flags')
    .argument('<file>', 'the CV file')
    .option('--json', 'print the result as JSON')
    .option('--repo <source>', 'a repository (folder, git URL, archive) to check the claims against; repeatable', collect)
    .action(async (file: string, flags: CvFlags) => {
      const result = await parseCvFile(resolve(io.cwd, file));
      if (flags.repo?.length) {
        const { buildMatrixForCli } = await import('./cv-matrix.js');
        await buildMatrixForCli(result, flags.repo, io, Boolean(flags.json));
      } else {
        io.out(flags.json ? `${JSON.stringify({ schemaVersion: '1.0', ...result }, null, 2)}\n` : renderCvText(result));
      }
      if (!result.hasText) io.err('evident: the CV has no text layer (a scanned image?); nothing was extracted\n');
      setExit(result.hasText ? 0 : 1);
    });
}
