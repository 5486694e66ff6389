// Writes docs/signals.md from the registry: `npm run docs`.
import { writeFileSync } from 'node:fs';
import { renderSignalsDoc } from '../src/signals/docs.js';

writeFileSync(new URL('../docs/signals.md', import.meta.url), renderSignalsDoc());
console.log('docs/signals.md written');
