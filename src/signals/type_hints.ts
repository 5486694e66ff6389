// signals.md › type_hints: most functions in the repository's own non-test .py files carry type annotations (50% or more of defs have an annotated argument or return).
import { defineDetector } from './define.js';

export const typeHints = defineDetector({
  id: 'type_hints',
  area: 'engineering',
});
