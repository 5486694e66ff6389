// The parts of the hosts' API answers discovery reads, as loose schemas: a
// listing item that does not fit is dropped, a missing field falls back.
// GitHub: https://docs.github.com/rest/repos/repos#list-repositories-for-a-user
//         https://docs.github.com/rest/commits/commits#compare-two-commits
// GitLab: https://docs.gitlab.com/api/projects/#list-a-users-projects
//         https://docs.gitlab.com/api/repositories/#compare-branches-tags-or-commits
// Hugging Face: https://huggingface.co/docs/hub/api (GET /api/models?author=...)
import { z } from 'zod';

const text = z.string().nullable().optional().catch(undefined);
const flag = z.boolean().optional().catch(undefined);

export const GhRepo = z.object({
  full_name: z.string(),
  owner: z.object({ login: z.string() }),
  html_url: z.string(),
  clone_url: z.string(),
  description: text,
  language: text,
  fork: flag,
  archived: flag,
  disabled: flag,
  size: z.number().optional().catch(undefined),
  pushed_at: text,
  default_branch: text,
  topics: z.array(z.string()).optional().catch(undefined),
  parent: z.object({ full_name: z.string(), owner: z.object({ login: z.string() }), default_branch: text }).optional().catch(undefined),
});
export type GhRepo = z.infer<typeof GhRepo>;

export const GhCommit = z.object({
  sha: z.string(),
  commit: z.object({ author: z.object({ name: text, email: text }).nullable().optional().catch(undefined) }),
  author: z.object({ login: z.string() }).nullable().optional().catch(undefined),
});
export type GhCommit = z.infer<typeof GhCommit>;

export const GhCompare = z.object({
  ahead_by: z.number().optional().catch(undefined),
  commits: z.array(z.unknown()).optional().catch(undefined),
});

export const GlUser = z.object({ id: z.number(), username: z.string(), name: text, public_email: text, web_url: text });
export type GlUser = z.infer<typeof GlUser>;

export const GlProject = z.object({
  id: z.number(),
  path_with_namespace: z.string(),
  description: text,
  web_url: z.string(),
  http_url_to_repo: z.string(),
  last_activity_at: text,
  archived: flag,
  empty_repo: flag,
  default_branch: text,
  topics: z.array(z.string()).optional().catch(undefined),
  forked_from_project: z
    .object({ id: z.number(), path_with_namespace: z.string(), default_branch: text })
    .nullable()
    .optional()
    .catch(undefined),
});
export type GlProject = z.infer<typeof GlProject>;

export const GlLanguages = z.record(z.string(), z.number());

export const GlCommit = z.object({ id: z.string(), author_name: text, author_email: text });
export type GlCommit = z.infer<typeof GlCommit>;

export const GlCompare = z.object({ commits: z.array(z.unknown()).optional().catch(undefined) });

export const HfRepo = z.object({
  id: z.string(),
  lastModified: text,
  private: flag,
  gated: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  disabled: flag,
  library_name: text,
  pipeline_tag: text,
  sdk: text,
  tags: z.array(z.string()).optional().catch(undefined),
});
export type HfRepo = z.infer<typeof HfRepo>;

/** The items of a listing that fit the schema; the others are dropped. */
export function looseItems<T>(schema: z.ZodType<T>, items: readonly unknown[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** One object, or undefined when it does not fit. */
export function looseOne<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** `2026-10-02T11:00:00Z` → `2026-10-02`; anything else → undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
