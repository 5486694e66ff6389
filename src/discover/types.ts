// Discovery's types: the profiles asked about, every repository found on
// them, and which were chosen for scanning and why. Plain serialisable data:
// `evident discover --json` writes a DiscoveryResult as it is.

export const SERVICES = ['github', 'gitlab', 'huggingface'] as const;
/** A host whose API lists a person's repositories. */
export type Service = (typeof SERVICES)[number];

export const SERVICE_NAMES: Record<Service, string> = { github: 'GitHub', gitlab: 'GitLab', huggingface: 'Hugging Face' };

/** A profile to list: a user on a service, and who named it. */
export interface ProfileRef {
  service: Service;
  user: string;
  /** `cv`: a link on the CV; `option`: --github and the like, or a manifest column. */
  from: 'cv' | 'option';
}

/** A repository written on the CV itself (`github.com/alice/proj`). */
export interface RepoRef {
  service: 'github' | 'gitlab';
  /** `owner/name` (GitLab: the full path, groups included). */
  fullName: string;
}

/** What listing a profile gave: `ok`, or why nothing came of it, in one line. */
export interface ProfileOutcome {
  service: Service;
  user: string;
  from: 'cv' | 'option';
  /** The profile's page, for a reader. */
  url: string;
  status: 'ok' | 'empty' | 'not-found' | 'private';
  /** Repositories found on it. */
  found: number;
  /** One line for a reader when the status is not `ok`, or when the listing was cut. */
  message?: string;
}

export const REPO_KINDS = ['repository', 'model', 'space', 'dataset'] as const;
/** A git repository, or a Hugging Face model, Space or dataset (each a git repository too). */
export type RepoKind = (typeof REPO_KINDS)[number];

/** A fork: whose it is, and whether the candidate's own commits are in it. */
export interface ForkInfo {
  /** The repository it was forked from (`owner/name`), when the host says. */
  parent?: string;
  /** False when it was not looked at (enough chosen before it), or could not be. */
  checked: boolean;
  /** The candidate's commits in the fork that the parent does not have. */
  ownCommits?: number;
}

/** One repository found, with the facts the choice is made on. */
export interface FoundRepo {
  service: Service;
  kind: RepoKind;
  /** `owner/name`; a Space is `owner/name` too (kind tells them apart). */
  fullName: string;
  /** The page a reader opens. */
  webUrl: string;
  /** What is cloned (through the safe ingest); checked against the allowed hosts. */
  cloneUrl: string;
  description?: string;
  /** Topics or tags the owner gave it. */
  topics?: string[];
  /** Main language as the host reports it (`Python`, `Jupyter Notebook`); a Space's SDK, a model's library. */
  language?: string;
  /** Python or notebooks, by the host's account; null when the host does not say. */
  python: boolean | null;
  /** Last push or change, ISO date (YYYY-MM-DD). */
  activeAt?: string;
  /** Owned by the profile's user (not a repository of someone else named on the CV). */
  own: boolean;
  fork?: ForkInfo;
  archived: boolean;
  empty: boolean;
  /** Gated or disabled on the Hub: cannot be cloned without the owner's consent. */
  gated?: boolean;
  /** Written on the CV (as a repository link). */
  namedOnCv: boolean;
  /** CV claims its name, description or topics name. */
  claims: string[];
  /** The profile(s) it was found through (`github.com/alice`, `CV`). */
  foundVia: string[];
}

/** A found repository as judged: chosen or not, with its points and the reason. */
export interface JudgedRepo extends FoundRepo {
  chosen: boolean;
  /** 1, 2, ... among the repositories that could be chosen; absent for those left out by rule. */
  rank?: number;
  points: number;
  /** One line: why it was chosen or not. */
  reason: string;
}

/** Git identities the hosts tie to the candidate's account (commit emails, the GitHub noreply address). */
export interface DiscoveredIdentity {
  emails: string[];
}

export interface DiscoveryResult {
  schemaVersion: '1.0';
  /** Recency is measured from this date (YYYY-MM-DD). */
  asOf: string;
  maxRepos: number;
  profiles: ProfileOutcome[];
  /** Every repository found, chosen first (in scan order), then the rest by rank. */
  repos: JudgedRepo[];
  identity: DiscoveredIdentity;
  /** Fixed-wording remarks (a listing cut at its limit, a fork that could not be checked). */
  notes: string[];
}

/** What a caller asks discovery for. */
export interface DiscoverRequest {
  github: string[];
  gitlab: string[];
  huggingface: string[];
  /** Also use the CV: its profile links, its repository links, its claims. */
  fromCv: boolean;
  /** At most this many repositories chosen (default 6). */
  maxRepos?: number;
}
