// Deployments done by pushing the project to a host: a `git push` to a
// Hugging Face Space (https://huggingface.co/docs/hub/spaces-github-actions),
// Heroku (https://devcenter.heroku.com/articles/git), Dokku or an Azure App
// Service's Kudu remote; and an upload of the project with a hosting CLI:
// the Hugging Face Hub (https://huggingface.co/docs/huggingface_hub/guides/cli#upload),
// Kaggle datasets, notebooks and models (https://github.com/Kaggle/kaggle-api).
// A push to the repository's own remote (`git push origin gradio`) deploys
// nothing, nor does a download or a listing with those CLIs.
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

/** Hosting CLIs' upload commands: the program, its group (`kaggle datasets`) if it has groups, and a verb among the words before the first option. */
const CLI_UPLOADS: readonly { programs: readonly string[]; first?: RegExp; verb: RegExp }[] = [
  { programs: ['huggingface-cli', 'hf'], verb: /^upload(-large-folder)?$/ },
  { programs: ['kaggle'], first: /^(datasets|kernels|models)$/, verb: /^(create|version|push)$/ },
];

/** `kaggle datasets version -p dir`, `hf upload user/model .`: an upload of the project by a hosting CLI. */
function cliUploads(cmd: ShellCommand): boolean {
  const name = program(cmd);
  const firstOption = cmd.words.findIndex((w, i) => i > 0 && w.startsWith('-'));
  const subs = cmd.words.slice(1, firstOption === -1 ? undefined : firstOption);
  return CLI_UPLOADS.some((u) => {
    if (!u.programs.includes(name) || subs.length === 0 || (u.first && !u.first.test(subs[0]))) return false;
    const verbs = u.first ? subs.slice(1) : subs.slice(0, 1);
    return verbs.some((w) => u.verb.test(w));
  });
}

/**
 * True when the command deploys by a push: `git push` to a host's remote (by
 * URL, by a host's usual name, or by a name in `remotes`), or an upload with
 * a hosting CLI.
 */
export function pushDeploys(cmd: ShellCommand, remotes: ReadonlySet<string> = new Set()): boolean {
  if (cliUploads(cmd)) return true;
  const args = gitArgs(cmd, 'push');
  const remote = args === undefined ? undefined : operands(args, PUSH_VALUE_OPTIONS)[0];
  return remote !== undefined && (DEPLOY_REMOTE.test(remote) || remotes.has(remote));
}
