// API answers in the real hosts' shapes, for the fake API (fake-api.ts):
// GitHub's repository and commit objects, GitLab's user and project objects,
// Hugging Face's model, Space and dataset listings. Fields discovery does not
// read are kept so the answers look like the real ones.

/** A GitHub repository as `GET /users/{user}/repos` lists it. */
export function ghRepo(owner: string, name: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: Math.abs(hash(`${owner}/${name}`)),
    node_id: 'R_kgDOExample',
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: { login: owner, id: 1, type: 'User', site_admin: false, html_url: `https://github.com/${owner}` },
    html_url: `https://github.com/${owner}/${name}`,
    description: null,
    fork: false,
    url: `https://api.github.com/repos/${owner}/${name}`,
    created_at: '2023-01-10T09:00:00Z',
    updated_at: '2026-10-01T09:00:00Z',
    pushed_at: '2026-10-01T09:00:00Z',
    git_url: `git://github.com/${owner}/${name}.git`,
    ssh_url: `git@github.com:${owner}/${name}.git`,
    clone_url: `https://github.com/${owner}/${name}.git`,
    homepage: null,
    size: 120,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'Python',
    forks_count: 0,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    topics: [],
    visibility: 'public',
    default_branch: 'main',
    ...over,
  };
}

/** A GitHub commit as `GET /repos/{o}/{r}/commits` and the compare endpoint list it. */
export function ghCommit(sha: string, login: string | null, name: string, email: string): Record<string, unknown> {
  return {
    sha,
    node_id: 'C_kwDOExample',
    commit: {
      author: { name, email, date: '2026-09-01T10:00:00Z' },
      committer: { name, email, date: '2026-09-01T10:00:00Z' },
      message: `change ${sha.slice(0, 7)}`,
      tree: { sha: '0'.repeat(40) },
    },
    author: login ? { login, id: 2, type: 'User' } : null,
    committer: login ? { login, id: 2, type: 'User' } : null,
    parents: [],
  };
}

/** GitHub's compare answer (`GET /repos/{o}/{r}/compare/{base}...{head}`). */
export function ghCompare(commits: Record<string, unknown>[]): Record<string, unknown> {
  return { status: commits.length ? 'diverged' : 'behind', ahead_by: commits.length, behind_by: 12, total_commits: commits.length, commits, files: [] };
}

/** A GitLab user as `GET /users?username=` lists it. */
export function glUser(id: number, username: string, name: string, publicEmail = ''): Record<string, unknown> {
  return { id, username, name, state: 'active', locked: false, avatar_url: null, web_url: `https://gitlab.com/${username}`, public_email: publicEmail };
}

/** A GitLab project as `GET /users/:id/projects` lists it. */
export function glProject(id: number, path: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    description: null,
    name: path.split('/').pop(),
    path: path.split('/').pop(),
    path_with_namespace: path,
    created_at: '2024-02-01T10:00:00.000Z',
    default_branch: 'main',
    tag_list: [],
    topics: [],
    ssh_url_to_repo: `git@gitlab.com:${path}.git`,
    http_url_to_repo: `https://gitlab.com/${path}.git`,
    web_url: `https://gitlab.com/${path}`,
    star_count: 0,
    forks_count: 0,
    last_activity_at: '2026-09-20T10:00:00.000Z',
    namespace: { id: 9, name: path.split('/')[0], path: path.split('/')[0], kind: 'user', full_path: path.split('/')[0] },
    empty_repo: false,
    archived: false,
    visibility: 'public',
    ...over,
  };
}

/** A Hugging Face model, Space or dataset as `GET /api/models?author=` (and spaces, datasets) lists it with `expand`. */
export function hfItem(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { _id: hash(id).toString(16), id, private: false, lastModified: '2026-10-05T08:00:00.000Z', tags: [], ...over };
}

function hash(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
