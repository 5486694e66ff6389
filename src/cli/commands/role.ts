// `evident role list | init --template NAME | init --from-jd FILE`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { roleFromJobDescription } from '../../assess/from-jd.js';
import { loadRoleFile, templateNames, templatePath } from '../../assess/role-profile.js';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';

export function registerRole(program: Command, io: Io, setExit: (code: number) => void): void {
  const role = program.command('role').description('role profiles: what a role actually needs');
  role
    .command('list')
    .description('list the shipped role templates')
    .action(() => {
      for (const name of templateNames()) {
        const r = loadRoleFile(templatePath(name));
        io.out(`${name.padEnd(26)} ${r.title}\n`);
      }
      setExit(0);
    });
  role
    .command('init')
    .description('print a role profile (YAML) from a template or a job description')
    .option('--template <name>', 'start from a shipped template')
    .option('--from-jd <file>', 'derive weights and must-haves from a job description (text)')
    .action(async (flags: { template?: string; fromJd?: string }) => {
      if (Boolean(flags.template) === Boolean(flags.fromJd)) throw new UserError('give exactly one of --template or --from-jd', 'E_USAGE');
      if (flags.template) {
        io.out(await readFile(templatePath(flags.template), 'utf8'));
      } else {
        const file = resolve(io.cwd, flags.fromJd as string);
        const jd = await readFile(file, 'utf8').catch(() => {
          throw new UserError(`cannot read job description ${flags.fromJd}`, 'E_NOT_FOUND');
        });
        const { role: profile, why } = roleFromJobDescription(jd);
        const header = ['# Role profile derived from a job description. Why:', ...why.map((w) => `#   ${w}`), ''].join('\n');
        io.out(`${header}${stringify(profile)}`);
      }
      setExit(0);
    });
}
