// The commit a git URL's HEAD (or `#ref`) names, asked of the remote with
// `git ls-remote` under the same safety settings as a clone (no transport
// helpers, protocol allow-list, time limit), so a scan can be keyed by commit
// before anything is cloned.
import { cloneEnv, runGit, safeGitConfig } from '../ingest/git-exec.js';
import { parseGitUrl, type GitScheme } from '../ingest/git-url.js';
import { UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** `config`: more `git -c` settings (the server's pinned addresses and no redirects: ingest/remote-guard.ts). */
export async function resolveRemoteCommit(url: string, options: { allowFileUrls?: boolean; timeoutMs?: number; config?: readonly string[] } = {}): Promise<string> {
  const target = parseGitUrl(url, { allowFileUrls: options.allowFileUrls });
  if (target.ref && SHA.test(target.ref)) return target.ref;
  const schemes: GitScheme[] = options.allowFileUrls ? ['https', 'ssh', 'git', 'file'] : ['https', 'ssh', 'git'];
  const config = [...safeGitConfig(schemes), ...(options.config ?? [])].flatMap((c) => ['-c', c]);
  let out: string;
  try {
    out = await runGit([...config, 'ls-remote', '--', target.url], { env: cloneEnv(schemes), timeoutMs: options.timeoutMs ?? 60_000 });
  } catch (err) {
    throw new UserError(`cannot reach ${target.display}: ${redactSecrets((err as Error).message.split('\n')[0])}`, 'E_CLONE', { cause: err });
  }
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [sha, name] = line.trim().split('\t');
    if (sha && name && SHA.test(sha)) refs.set(name, sha);
  }
  const ref = target.ref;
  const wanted = ref ? [`refs/heads/${ref}`, `refs/tags/${ref}^{}`, `refs/tags/${ref}`, ref] : ['HEAD'];
  for (const name of wanted) {
    const sha = refs.get(name);
    if (sha) return sha;
  }
  throw new UserError(ref ? `${target.display} has no branch or tag named ${ref}` : `${target.display} has no commits`, 'E_SOURCE');
}
