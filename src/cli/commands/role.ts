// `evident role list | init --template NAME | init --from-jd FILE`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import { readInputFile } from '../../util/read-input.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

export function registerRole(program: Command, io: Io, setExit: (code: number) => void): void {
  const role = program.command('role').description('role profiles: what a role actually needs');
  withOutput(role.command('list').description('list the shipped role templates'), ['terminal', 'json'], 'terminal').action(async (flags: OutputFlags) => {
    const format = chooseFormat(flags, ['terminal', 'json'] as const, 'terminal');
    const { loadRoleFile, templateNames, templatePath } = await import('../../assess/role-profile.js');
    const rows = templateNames().map((name) => ({ name, title: loadRoleFile(templatePath(name)).title }));
    await emit(io, flags, format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.name.padEnd(26)} ${r.title}\n`).join(''));
    setExit(0);
  });
  role
    .command('init')
    .description('print a role profile (YAML) from a template or a job description')
    .option('--template <name>', 'start from a shipped template')
    .option('--from-jd <file>', 'derive weights and must-haves from a job description (text)')
    .option('--out <file>', 'write the YAML to FILE instead of stdout')
    .action(async (flags: { template?: string; fromJd?: string; out?: string }) => {
      if (Boolean(flags.template) === Boolean(flags.fromJd)) throw new UserError('give exactly one of --template or --from-jd', 'E_USAGE');
      const { templatePath } = await import('../../assess/role-profile.js');
      if (flags.template) {
        await emit(io, flags, await readFile(templatePath(flags.template), 'utf8'));
      } else {
        const { roleFromJobDescription } = await import('../../assess/from-jd.js');
        const { stringify } = await import('yaml');
        const jd = readInputFile(resolve(io.cwd, flags.fromJd as string), 'job description', flags.fromJd);
        const { role: profile, why } = roleFromJobDescription(jd);
        const header = ['# Role profile derived from a job description. Why:', ...why.map((w) => `#   ${w}`), ''].join('\n');
        await emit(io, flags, `${header}${stringify(profile)}`);
      }
      setExit(0);
    });
}
