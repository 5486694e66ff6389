// `evident discover [--cv FILE] [--github USER]... [--gitlab USER]... [--huggingface USER]... [--max-repos N] [--as-of DATE] [--format terminal|md|json] [--out FILE] [--json]`
// What `screen` would scan, and why (docs/discover.md). Nothing is cloned.
import { resolve } from 'node:path';
// The CV reader and discovery are imported when a command runs (start-up, docs/benchmarks.md).
import type { Command } from 'commander';
import type { DiscoverRequest, DiscoverSettings } from '../../discover/index.js';
import { UserError } from '../../util/errors.js';
import { terminalText } from '../../util/safe-text.js';
import { collect, parseAsOf, parsePositiveInt } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['terminal', 'md', 'json'] as const;

/** Most repositories `--max-repos` may ask for (a candidate may name 50 in all). */
export const MAX_REPOS_LIMIT = 30;

export interface ProfileFlags {
  github: string[];
  gitlab: string[];
  huggingface: string[];
  maxRepos?: string;
}

interface DiscoverFlags extends OutputFlags, ProfileFlags {
  cv?: string;
  asOf?: string;
}

/** Adds --github, --gitlab, --huggingface and --max-repos to a command. */
export function withProfiles(cmd: Command): Command {
  return cmd
    .option('--github <user>', 'a GitHub user whose repositories to consider (repeatable)', collect, [])
    .option('--gitlab <user>', 'a GitLab user (repeatable)', collect, [])
    .option('--huggingface <user>', 'a Hugging Face user: models, Spaces, datasets (repeatable)', collect, [])
    .option('--max-repos <n>', 'choose at most N repositories (default 6)');
}

/** The discovery request of a command's flags. */
export function discoverRequest(flags: ProfileFlags, fromCv: boolean): DiscoverRequest {
  const maxRepos = flags.maxRepos === undefined ? undefined : parsePositiveInt(flags.maxRepos, '--max-repos');
  if (maxRepos !== undefined && maxRepos > MAX_REPOS_LIMIT) throw new UserError(`--max-repos must be at most ${MAX_REPOS_LIMIT}, not ${maxRepos}`, 'E_USAGE');
  return { github: flags.github, gitlab: flags.gitlab, huggingface: flags.huggingface, fromCv, ...(maxRepos !== undefined ? { maxRepos } : {}) };
}

/** Settings from the environment; a rate-limit wait is said on stderr. */
export async function cliDiscoverSettings(io: Io): Promise<DiscoverSettings> {
  const { discoverSettingsFromEnv } = await import('../../discover/index.js');
  return { ...discoverSettingsFromEnv(process.env), onWait: (m: string) => io.err(`evident: ${terminalText(m)}\n`) };
}

export const hasProfiles = (flags: ProfileFlags) => flags.github.length + flags.gitlab.length + flags.huggingface.length > 0;

export function registerDiscover(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('discover')
    .description("show which of a candidate's repositories would be scanned, and why (GitHub, GitLab, Hugging Face, links on the CV)");
  withProfiles(withOutput(cmd, FORMATS, 'terminal'))
    .option('--cv <file>', 'the CV: its profile and repository links, and the claims that rank a repository up')
    .option('--as-of <date>', 'date recency is measured from, YYYY-MM-DD (default today)')
    .action(async (flags: DiscoverFlags) => {
      const format = chooseFormat(flags, FORMATS, 'terminal');
      if (!flags.cv && !hasProfiles(flags)) throw new UserError('give a --cv, or a profile: --github, --gitlab or --huggingface', 'E_USAGE');
      const request = discoverRequest(flags, true);
      const asOf = parseAsOf(flags.asOf);
      const settings = await cliDiscoverSettings(io);
      const { parseCvFile } = await import('../../cv/index.js');
      const { discover, profileProblems, renderDiscoveryMarkdown, renderDiscoveryTerminal } = await import('../../discover/index.js');
      const cv = flags.cv ? await parseCvFile(resolve(io.cwd, flags.cv), { now: new Date(`${asOf}T00:00:00Z`) }) : undefined;
      const result = await discover({ request, ...(cv ? { claims: cv.claims } : {}), asOf }, settings);
      const text = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'md' ? renderDiscoveryMarkdown(result) : renderDiscoveryTerminal(result);
      await emit(io, flags, text);
      const problems = profileProblems(result);
      for (const line of problems) io.err(`evident: ${terminalText(line)}\n`);
      // A profile that could not be listed is a check that failed: scripts can tell.
      setExit(problems.length > 0 ? 1 : 0);
    });
}
