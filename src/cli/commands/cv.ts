// `evident cv FILE [--format terminal|json] [--out FILE] [--json] [--repo SOURCE ...]`
// What a CV claims; with --repo, each claim set against the repositories' evidence (docs/cv.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collect } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['terminal', 'json'] as const;

interface CvFlags extends OutputFlags {
  repo: string[];
}

export function registerCv(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('cv')
    .description('read a CV (PDF, DOCX, Markdown, text) into claims: contacts, sections, roles, skills, red flags')
    .argument('<file>', 'the CV file');
  withOutput(cmd, FORMATS, 'terminal')
    .option('--repo <source>', 'a repository (folder, git URL, archive) to check the claims against; repeatable', collect, [])
    .action(async (file: string, flags: CvFlags) => {
      const json = chooseFormat(flags, FORMATS, 'terminal') === 'json';
      const { parseCvFile } = await import('../../cv/index.js');
      const result = await parseCvFile(resolve(io.cwd, file));
      if (flags.repo.length > 0) {
        const { buildMatrixForCli } = await import('./cv-matrix.js');
        await emit(io, flags, await buildMatrixForCli(result, flags.repo, io, json));
      } else {
        const text = json ? `${JSON.stringify({ schemaVersion: '1.0', ...result }, null, 2)}\n` : (await import('../../cv/render.js')).renderCvText(result);
        await emit(io, flags, text);
      }
      if (!result.hasText) io.err('evident: the CV has no text layer (a scanned image?); nothing was extracted\n');
      setExit(result.hasText ? 0 : 1);
    });
}
