// A local cache of API answers for conditional requests: the body, its ETag
// (or Last-Modified) and its Link header, keyed by the URL and a digest of the
// credentials (an answer seen with a token is never served without it). A 304
// answer is served from here; on GitHub it does not count against the limit.
// https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../util/atomic-write.js';

export const CachedAnswer = z.object({
  url: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  link: z.string().optional(),
  body: z.string(),
});
export type CachedAnswer = z.infer<typeof CachedAnswer>;

export class ApiCache {
  private readonly dir: string | null;
  private readonly scope: string;

  /** `scope`: the service and a digest of its token, so answers seen with different credentials never mix. */
  constructor(dir: string | null, service: string, token: string | undefined) {
    this.dir = dir;
    this.scope = `${service}:${token ? createHash('sha256').update(token).digest('hex').slice(0, 16) : 'anonymous'}`;
  }

  private file(url: string): string | undefined {
    if (!this.dir) return undefined;
    const key = createHash('sha256').update(`${this.scope}\n${url}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async read(url: string): Promise<CachedAnswer | undefined> {
    const file = this.file(url);
    if (!file) return undefined;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const entry = CachedAnswer.parse(JSON.parse(text));
      return entry.url === url ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps an answer that can be revalidated; a cache that cannot be written is only a slower next run. */
  async write(entry: CachedAnswer): Promise<void> {
    const file = this.file(entry.url);
    if (!file || (!entry.etag && !entry.lastModified)) return;
    try {
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, JSON.stringify(entry));
    } catch {
      // Read-only or full disk: the answer is still used, just not kept.
    }
  }
}
