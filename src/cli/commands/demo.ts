// `evident demo`: builds the bundled example repository in a temporary folder
// and scans it, with no network. Writes the JSON report next to the output.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { EXAMPLE_REPO } from '../../demo/example-repo.js';
import { scanRepository } from '../../pipeline.js';
import { renderScanJson } from '../../report/json.js';
import { renderScanTerminal } from '../../report/terminal.js';
import type { Io } from '../io.js';

export async function writeExampleRepo(root: string): Promise<void> {
  for (const [path, content] of Object.entries(EXAMPLE_REPO)) {
    const abs = join(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('scan a bundled example repository (built locally, no network)')
    .option('--out <file>', 'where to write the JSON report', 'evident-demo.json')
    .action(async (flags: { out: string }) => {
      const parent = await mkdtemp(join(tmpdir(), 'evident-demo-'));
      const root = join(parent, 'churn-model');
      try {
        await writeExampleRepo(root);
        const scan = await scanRepository(root);
        scan.source.input = 'bundled example: churn-model';
        io.out(renderScanTerminal([scan], { color: io.isTty }));
        const out = resolve(io.cwd, flags.out);
        await writeFile(out, renderScanJson([scan]));
        io.out(`\nJSON report written to ${out}\n`);
        setExit(0);
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    });
}
