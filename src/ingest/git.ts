// TODO(ingest): safe clone of git URLs.
import { UserError } from '../util/errors.js';
import type { SourceOptions } from './source.js';
import type { OpenedSource } from './types.js';

export async function openGitSource(input: string, _options: SourceOptions): Promise<OpenedSource> {
  throw new UserError(`git URLs are not supported yet: ${input}`, 'E_SOURCE');
}
