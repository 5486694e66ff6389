// `evident kit`, `evident scorecard-template` and `evident decide`: structured
// interviews from an assessment (docs/interviews.md).
import { resolve } from 'node:path';
// The interview modules are imported when a command runs (start-up, docs/benchmarks.md).
import type { Command } from 'commander';
import type { RoleProfile } from '../../assess/role-profile.js';
import { UserError } from '../../util/errors.js';
import { collect } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, toStdout, withOutput, type OutputFlags } from '../output.js';

const KIT_FORMATS = ['md', 'html', 'json', 'pdf'] as const;
const DECISION_FORMATS = ['md', 'json'] as const;

interface KitFlags extends OutputFlags {
  role?: string;
  template?: string;
  assessment: string;
  questions: string[];
}

/**
 * The role a kit is built for: --role or --template when given, else the role
 * the assessment names when it is a shipped template.
 */
async function kitRole(flags: KitFlags, assessmentRole: { name: string }, cwd: string): Promise<RoleProfile> {
  const { loadRoleFile, templateNames, templatePath } = await import('../../assess/role-profile.js');
  if (flags.role && flags.template) throw new UserError('give at most one of --role or --template', 'E_USAGE');
  if (flags.role) return loadRoleFile(resolve(cwd, flags.role));
  if (flags.template) return loadRoleFile(templatePath(flags.template));
  if (templateNames().includes(assessmentRole.name)) return loadRoleFile(templatePath(assessmentRole.name));
  throw new UserError(`the assessment was made for role "${assessmentRole.name}", which is not a shipped template: give its file with --role FILE`, 'E_USAGE');
}

export function registerInterview(program: Command, io: Io, setExit: (code: number) => void): void {
  registerKit(program, io, setExit);
  registerScorecardTemplate(program, io, setExit);
  registerDecide(program, io, setExit);
}

function registerKit(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('kit')
    .description('build a structured interview kit for a candidate from their assessment');
  withOutput(cmd, KIT_FORMATS, 'md', 'write to FILE instead of stdout (required for pdf)')
    .option('--role <file>', 'role profile (YAML); default: the role the assessment names')
    .option('--template <name>', 'a shipped role template instead of the assessment\'s role')
    .requiredOption('--assessment <file>', 'the assessment JSON (from evident screen)')
    .option('--questions <dir>', 'add the question files (*.yaml) in DIR to the bank (repeatable)', collect, [])
    .action(async (flags: KitFlags) => {
      const format = chooseFormat(flags, KIT_FORMATS, 'md');
      if (format === 'pdf' && toStdout(flags)) throw new UserError('--format pdf needs --out FILE', 'E_USAGE');
      const { loadAssessmentFile, loadQuestionBank, renderKitHtml, renderKitMarkdown, renderPdf } = await import('../../interview/index.js');
      const { buildInterviewKit } = await import('../../app/interview.js');
      const assessment = loadAssessmentFile(flags.assessment, io.cwd);
      const role = await kitRole(flags, assessment.role, io.cwd);
      const bank = loadQuestionBank(flags.questions.map((d) => resolve(io.cwd, d)));
      const kit = buildInterviewKit({ bank, role, assessment });
      if (format === 'json') await emit(io, flags, `${JSON.stringify(kit, null, 2)}\n`);
      else if (format === 'html') await emit(io, flags, renderKitHtml(kit));
      else if (format === 'md') await emit(io, flags, renderKitMarkdown(kit));
      else await emit(io, flags, await renderPdf(renderKitHtml(kit)));
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
      // One format (YAML to fill in), so no --format: only --out.
      const { loadKitFile, scorecardTemplate } = await import('../../interview/index.js');
      const kit = loadKitFile(flags.kit, io.cwd);
      const n = Number(flags.round);
      if (!kit.rounds.some((r) => r.number === n)) throw new UserError(`--round ${flags.round}: the kit has rounds ${kit.rounds.map((r) => r.number).join(', ')}`, 'E_USAGE');
      await emit(io, flags, scorecardTemplate(kit, n));
      setExit(0);
    });
}

function registerDecide(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('decide')
    .description('combine the scorecards of a kit mechanically into an advisory recommendation');
  withOutput(cmd, DECISION_FORMATS, 'md')
    .requiredOption('--kit <file>', 'the kit JSON (from evident kit --format json)')
    .requiredOption('--scorecards <paths...>', 'scorecard files (YAML or JSON) or directories of them')
    .option('--assessment <file>', 'show this assessment beside the ratings (default: the one in the kit)')
    .action(async (flags: OutputFlags & { kit: string; scorecards: string[]; assessment?: string }) => {
      const format = chooseFormat(flags, DECISION_FORMATS, 'md');
      const { loadAssessmentFile, loadKitFile, loadScorecards, renderDecisionMarkdown } = await import('../../interview/index.js');
      const { decideInterview } = await import('../../app/interview.js');
      const kit = loadKitFile(flags.kit, io.cwd);
      const cards = loadScorecards(flags.scorecards, kit, io.cwd);
      const assessment = flags.assessment ? loadAssessmentFile(flags.assessment, io.cwd) : undefined;
      const decision = decideInterview(kit, cards, assessment);
      await emit(io, flags, format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : renderDecisionMarkdown(decision));
      setExit(0);
    });
}
