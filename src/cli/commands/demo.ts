// `evident demo`: screens a bundled example candidate (a CV and the churn-model
// repository, built in a temporary folder, no network) against a shipped role,
// prints the terminal summary and writes the HTML report.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRoleFile, templatePath } from '../../assess/role-profile.js';
import { EXAMPLE_IDENTITY, writeExampleCandidate } from '../../demo/example-candidate.js';
import { renderAssessmentHtml } from '../../report/assessment-html.js';
import { renderAssessmentJson } from '../../report/assessment-json.js';
import { renderAssessmentTerminal } from '../../report/assessment-terminal.js';
import { screenCandidate } from '../../screen/screen.js';
import { parseAsOf } from '../flags.js';
import type { Io } from '../io.js';

export { writeExampleRepo } from '../../demo/example-candidate.js';

interface DemoFlags {
  out: string;
  json?: string;
  template: string;
}

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('screen a bundled example candidate (CV + repository, built locally, no network) and write the HTML report')
    .option('--out <file>', 'where to write the HTML report', 'evident-demo.html')
    .option('--json <file>', 'also write the assessment as JSON')
    .option('--template <name>', 'the shipped role to screen against', 'mlops-engineer')
    .action(async (flags: DemoFlags) => {
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
        const out = resolve(io.cwd, flags.out);
        await writeFile(out, renderAssessmentHtml(assessment));
        io.out(`\nHTML report written to ${out}\n`);
        if (flags.json) {
          const json = resolve(io.cwd, flags.json);
          await writeFile(json, renderAssessmentJson(assessment));
          io.out(`JSON assessment written to ${json}\n`);
        }
        setExit(0);
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    });
}
