// Writes web/src/labels.generated.ts from src/model (scripts/web-labels.ts).
import { writeFileSync } from 'node:fs';
import { renderWebLabels, WEB_LABELS_PATH } from './web-labels.js';

writeFileSync(new URL(`../${WEB_LABELS_PATH}`, import.meta.url), renderWebLabels());
console.log(`${WEB_LABELS_PATH} written`);
