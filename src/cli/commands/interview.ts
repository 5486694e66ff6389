// `evident kit`, `evident scorecard-template` and `evident decide`: structured
// interviews from an assessment (docs/interviews.md).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRoleFile, templatePath } from '../../assess/role-profile.js';
import { buildKit, decide, loadAssessmentFile, loadKitFile, loadQuestionBank, loadScorecards, renderDecisionMarkdown, renderKitHtml, renderKitMarkdown, renderPdf, scorecardTemplate } from '../../interview/index.js';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';

const collect = (v: string, prev: string[]) => [...prev, v];

function oneOf(flag: string, value: string, allowed: string[]): void {
  if (!allowed.includes(value)) throw new UserError(`unknown ${flag} ${value} (${allowed.join(', ')})`, 'E_USAGE');
}

async function emit(io: Io, out: string | undefined, content: string | Uint8Array): Promise<void> {
  if (out === undefined || out === '-') {
    if (typeof content !== 'string') throw new UserError('binary output needs --out FILE', 'E_USAGE');
    io.out(content);
    return;
  }
  await writeFile(resolve(io.cwd, out), content);
}

interface KitFlags {
  role?: string;
  template?: string;
  assessment: string;
  format: string;
  out?: string;
  questions: string[];
}

export function registerInterview(program: Command, io: Io, setExit: (code: number) => void): void {
  registerKit(program, io, setExit);
  registerScorecardTemplate(program, io, setExit);
  registerDecide(program, io, setExit);
}

function registerKit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('kit')
    .description('build a structured interview kit for a candidate from their assessment')
    .option('--role <file>', 'role profile (YAML)')
    .option('--template <name>', 'a shipped role template instead of --role')
    .requiredOption('--assessment <file>', 'the assessment JSON (from evident screen)')
    .option('--format <format>', 'md, html, json or pdf', 'md')
    .option('--out <file>', 'write to FILE instead of stdout (required for pdf)')
    .option('--questions <dir>', 'add the question files (*.yaml) in DIR to the bank (repeatable)', collect, [])
    .action(async (flags: KitFlags) => {
      oneOf('--format', flags.format, ['md', 'html', 'json', 'pdf']);
      if (Boolean(flags.role) === Boolean(flags.template)) throw new UserError('give exactly one of --role or --template', 'E_USAGE');
      const role = loadRoleFile(flags.role ? resolve(io.cwd, flags.role) : templatePath(flags.template as string));
      const assessment = loadAssessmentFile(flags.assessment, io.cwd);
      const bank = loadQuestionBank(flags.questions.map((d) => resolve(io.cwd, d)));
      const kit = buildKit({ bank, role, assessment });
      if (flags.format === 'json') await emit(io, flags.out, `${JSON.stringify(kit, null, 2)}\n`);
      else if (flags.format === 'html') await emit(io, flags.out, renderKitHtml(kit));
      else if (flags.format === 'md') await emit(io, flags.out, renderKitMarkdown(kit));
      else {
        if (!flags.out) throw new UserError('--format pdf needs --out FILE', 'E_USAGE');
        await emit(io, flags.out, await renderPdf(renderKitHtml(kit), { printBackground: true }));
      }
      setExit(0);
    });
}

function registerScorecardTemplate(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('scorecard-template')
    .description("print a fill-in scorecard (YAML) for one round of a kit")
    .requiredOption('--kit <file>', 'the kit JSON (from evident kit --format json)')
    .requiredOption('--round <n>', 'round number')
    .option('--out <file>', 'write to FILE instead of stdout')
    .action(async (flags: { kit: string; round: string; out?: string }) => {
      const kit = loadKitFile(flags.kit, io.cwd);
      const n = Number(flags.round);
      if (!kit.rounds.some((r) => r.number === n)) throw new UserError(`--round ${flags.round}: the kit has rounds ${kit.rounds.map((r) => r.number).join(', ')}`, 'E_USAGE');
      await emit(io, flags.out, scorecardTemplate(kit, n));
      setExit(0);
    });
}

function registerDecide(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('decide')
    .description('combine the scorecards of a kit mechanically into an advisory recommendation')
    .requiredOption('--kit <file>', 'the kit JSON (from evident kit --format json)')
    .requiredOption('--scorecards <paths...>', 'scorecard files (YAML or JSON) or directories of them')
    .option('--assessment <file>', 'show this assessment beside the ratings (default: the one in the kit)')
    .option('--format <format>', 'md or json', 'md')
    .option('--out <file>', 'write to FILE instead of stdout')
    .action(async (flags: { kit: string; scorecards: string[]; assessment?: string; format: string; out?: string }) => {
      oneOf('--format', flags.format, ['md', 'json']);
      const kit = loadKitFile(flags.kit, io.cwd);
      const cards = loadScorecards(flags.scorecards, kit, io.cwd);
      const assessment = flags.assessment ? loadAssessmentFile(flags.assessment, io.cwd) : undefined;
      const decision = decide(kit, cards, assessment);
      await emit(io, flags.out, flags.format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : renderDecisionMarkdown(decision));
      setExit(0);
    });
}
