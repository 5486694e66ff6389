// `evident demo`: screens a bundled example candidate (a CV and the churn-model
// repository, built in a temporary folder, no network) against a shipped role,
// prints the terminal summary and writes the report (HTML by default) to a file.
// The screening modules are imported when the command runs (start-up, docs/benchmarks.md).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parseAsOf } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';
import { REPORT_FORMATS } from './screen.js';

interface DemoFlags extends OutputFlags {
  template: string;
}

const EXTENSION: Record<string, string> = { terminal: 'txt', md: 'md', json: 'json', html: 'html', pdf: 'pdf' };

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('demo')
    .description('screen a bundled example candidate (CV + repository, built locally, no network) and write the report');
  withOutput(cmd, REPORT_FORMATS, 'html', 'where to write the report (default evident-demo.html, or the format\'s extension)')
    .option('--template <name>', 'the shipped role to screen against', 'mlops-engineer')
    .action(async (flags: DemoFlags) => {
      const format = chooseFormat(flags, REPORT_FORMATS, 'html');
      const { loadRoleFile, templatePath } = await import('../../assess/role-profile.js');
      const { EXAMPLE_IDENTITY, writeExampleCandidate } = await import('../../demo/example-candidate.js');
      const { renderAssessmentTerminal } = await import('../../report/assessment-terminal.js');
      const { screenCandidate } = await import('../../app/screen-candidate.js');
      const { renderReport } = await import('../render-report.js');
      const role = loadRoleFile(templatePath(flags.template));
      const parent = await mkdtemp(join(tmpdir(), 'evident-demo-'));
      try {
        const asOf = parseAsOf(undefined);
        const example = await writeExampleCandidate(parent, new Date(`${asOf}T09:00:00Z`));
        const assessment = await screenCandidate(
          { label: '', cv: example.cv, repos: [example.repo], emails: [EXAMPLE_IDENTITY.email], names: [EXAMPLE_IDENTITY.name] },
          { role, asOf, history: example.history },
        );
        io.out(renderAssessmentTerminal(assessment, { color: io.isTty }));
        const out = flags.out === undefined || flags.out === '-' ? `evident-demo.${EXTENSION[format]}` : flags.out;
        const written = await emit(io, { ...flags, format, out }, await renderReport(assessment, format));
        io.out(`\n${format} report written to ${written}\n`);
        setExit(0);
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    });
}
