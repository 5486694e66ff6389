// Repository discovery as the team app keeps it (issue 12, docs/discover.md):
// what discovery found for a candidate (the DiscoveryResult of src/discover,
// checked by this schema in and out of the store), the recruiter's choice of
// repositories, and the request bodies of its routes.
import { z } from 'zod';

const Service = z.enum(['github', 'gitlab', 'huggingface']);

export const DiscoveredRepo = z.object({
  service: Service,
  kind: z.enum(['repository', 'model', 'space', 'dataset']),
  fullName: z.string(),
  webUrl: z.string(),
  cloneUrl: z.string(),
  description: z.string().optional(),
  topics: z.array(z.string()).optional(),
  language: z.string().optional(),
  python: z.boolean().nullable(),
  activeAt: z.string().optional(),
  own: z.boolean(),
  fork: z.object({ parent: z.string().optional(), checked: z.boolean(), ownCommits: z.number().optional() }).optional(),
  archived: z.boolean(),
  empty: z.boolean(),
  gated: z.boolean().optional(),
  namedOnCv: z.boolean(),
  claims: z.array(z.string()),
  foundVia: z.array(z.string()),
  chosen: z.boolean(),
  rank: z.number().optional(),
  points: z.number(),
  reason: z.string(),
});
export type DiscoveredRepo = z.infer<typeof DiscoveredRepo>;

export const Discovery = z.object({
  schemaVersion: z.literal('1.0'),
  asOf: z.string(),
  maxRepos: z.number(),
  profiles: z.array(
    z.object({
      service: Service,
      user: z.string(),
      from: z.enum(['cv', 'option']),
      url: z.string(),
      status: z.enum(['ok', 'empty', 'not-found', 'private']),
      found: z.number(),
      message: z.string().optional(),
    }),
  ),
  repos: z.array(DiscoveredRepo),
  identity: z.object({ emails: z.array(z.string()) }),
  notes: z.array(z.string()),
});
export type Discovery = z.infer<typeof Discovery>;

/** How sure it is that a repository is the candidate's work (src/discover/confidence.ts). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** The recruiter's choice: the repositories ticked (by key), when and by whom. */
export const DiscoveryChoice = z.object({ keys: z.array(z.string()), chosenBy: z.string().nullable(), chosenAt: z.string() });
export type DiscoveryChoice = z.infer<typeof DiscoveryChoice>;

const User = z.string().trim().min(1).max(200);
const Users = z.array(User).max(5);

/** `POST /api/candidates/:id/discovery`: profiles to read besides the CV's links. */
export const DiscoverBody = z
  .object({ github: Users.optional(), gitlab: Users.optional(), huggingface: Users.optional(), maxRepos: z.number().int().min(1).max(30).optional() })
  .strict();
export type DiscoverBody = z.infer<typeof DiscoverBody>;

/** `PUT /api/candidates/:id/discovery/choice`: the keys ticked, and repository URLs added by hand. */
export const DiscoveryChoiceBody = z
  .object({ keys: z.array(z.string().max(400)).max(600), add: z.array(z.string().trim().min(1).max(2000)).max(30).optional() })
  .strict();
export type DiscoveryChoiceBody = z.infer<typeof DiscoveryChoiceBody>;

/** One repository as the candidate page lists it. */
export interface DiscoveryRow extends DiscoveredRepo {
  /** `service:kind:owner/name`, what a choice names. */
  key: string;
  /** Whose work it is likely to be, and why. */
  confidence: { level: ConfidenceLevel; why: string };
  /** Whether it can be ticked (not empty, gated, or with a clone URL refused). */
  selectable: boolean;
  /** Ticked: the recruiter's choice once saved, else discovery's. */
  ticked: boolean;
  /** A repository of the candidate with this URL exists (it will be screened). */
  added: boolean;
}

/** `GET /api/candidates/:id/discovery`. */
export interface DiscoveryView {
  /** The CV file read, when there was one. */
  cvFileId: string | null;
  request: DiscoverBody;
  asOf: string;
  maxRepos: number;
  profiles: Discovery['profiles'];
  repos: DiscoveryRow[];
  identity: Discovery['identity'];
  notes: string[];
  createdAt: string;
  choice: DiscoveryChoice | null;
}
