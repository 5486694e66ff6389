// Deployments done by pushing the project to a host: a `git push` to a
// Hugging Face Space (https://huggingface.co/docs/hub/spaces-github-actions),
// Heroku (https://devcenter.heroku.com/articles/git), Dokku or an Azure App
// Service's Kudu remote, and an upload to the Hugging Face Hub with its CLI
// (https://huggingface.co/docs/huggingface_hub/guides/cli#upload). A push to
// the repository's own remote (`git push origin gradio`) deploys nothing.
import type { ShellCommand } from './shell.js';

/** Remotes that deploy what is pushed to them: by URL, or by the names the hosts' guides give them. */
const DEPLOY_REMOTE = /^(https?:\/\/|ssh:\/\/|git@)?([^/\s]*@)?((huggingface|hf)\.co[/:]spaces\/|git\.heroku\.com[/:]|[^/\s]+\.scm\.azurewebsites\.net)|^(ssh:\/\/)?dokku@|^(heroku|dokku)$/i;
/** git's options before the subcommand that take a value (`git -C deploy push`). */
const GIT_VALUE_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']);

const program = (cmd: ShellCommand) => cmd.words[0].slice(cmd.words[0].lastIndexOf('/') + 1);

/** The words after `git [options] <subcommand>`, or undefined for another subcommand or program. */
function gitArgs(cmd: ShellCommand, subcommand: string): string[] | undefined {
  if (program(cmd) !== 'git') return undefined;
  let i = 1;
  while (i < cmd.words.length && cmd.words[i].startsWith('-')) i += GIT_VALUE_OPTIONS.has(cmd.words[i]) ? 2 : 1;
  return cmd.words[i] === subcommand ? cmd.words.slice(i + 1) : undefined;
}

/** Words that are not options (nor an option's value); quotes around a URL are kept by the tokenizer. */
function operands(args: string[], valueOptions: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (valueOptions.has(args[i])) i++;
    else if (!args[i].startsWith('-')) out.push(args[i].replace(/^["']|["']$/g, ''));
  }
  return out;
}

const PUSH_VALUE_OPTIONS = new Set(['-o', '--push-option', '--repo', '--receive-pack', '--exec']);
const REMOTE_ADD_VALUE_OPTIONS = new Set(['-t', '-m']);

/** Names a script gives deploy remotes (`git remote add space https://huggingface.co/spaces/u/app`). */
export function deployRemotes(cmds: readonly ShellCommand[]): Set<string> {
  const names = new Set<string>();
  for (const cmd of cmds) {
    const args = gitArgs(cmd, 'remote');
    if (args?.[0] !== 'add') continue;
    const [name, url] = operands(args.slice(1), REMOTE_ADD_VALUE_OPTIONS);
    if (name !== undefined && url !== undefined && DEPLOY_REMOTE.test(url)) names.add(name);
  }
  return names;
}

/**
 * True when the command deploys by a push: `git push` to a host's remote (by
 * URL, by a host's usual name, or by a name in `remotes`), or an upload with
 * the Hugging Face CLI.
 */
export function pushDeploys(cmd: ShellCommand, remotes: ReadonlySet<string> = new Set()): boolean {
  const name = program(cmd);
  if ((name === 'huggingface-cli' || name === 'hf') && (cmd.words[1] === 'upload' || cmd.words[1] === 'upload-large-folder')) return true;
  const args = gitArgs(cmd, 'push');
  const remote = args === undefined ? undefined : operands(args, PUSH_VALUE_OPTIONS)[0];
  return remote !== undefined && (DEPLOY_REMOTE.test(remote) || remotes.has(remote));
}
