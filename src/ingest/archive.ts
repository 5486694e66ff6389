// TODO(ingest): safe extraction of archives.
import { UserError } from '../util/errors.js';
import type { SourceOptions } from './source.js';
import type { OpenedSource } from './types.js';

export async function openArchiveSource(_abs: string, input: string, _options: SourceOptions): Promise<OpenedSource> {
  throw new UserError(`archives are not supported yet: ${input}`, 'E_SOURCE');
}
