// TODO(parser): stub until implemented.
import type { FileFacts } from './types.js';

export function parseLockfile(_text: string, _path: string): Partial<FileFacts> {
  return {};
}
