// web/src/labels.generated.ts is src/model's titles copied for the web app
// (which may import only types from src/model): it must be what
// scripts/gen-web-labels.ts writes today, and the web app's labels read it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_RED_FLAGS, RECOMMENDATIONS, RED_FLAG_TITLES } from '../src/model/index.js';
import { INTERVIEW_FLAGS, RECOMMENDATION_ORDER, RED_FLAGS } from '../web/src/labels.js';
import { renderWebLabels, WEB_LABELS_PATH } from '../scripts/web-labels.js';

describe('web labels generated from src/model', () => {
  it('the committed file is current (run `npx tsx scripts/gen-web-labels.ts` after changing the model)', () => {
    expect(readFileSync(new URL(`../${WEB_LABELS_PATH}`, import.meta.url), 'utf8')).toBe(renderWebLabels());
  });

  it('the web app shows the model’s titles and order', () => {
    expect(INTERVIEW_FLAGS).toEqual(INTERVIEW_RED_FLAGS);
    expect(RECOMMENDATION_ORDER).toEqual(RECOMMENDATIONS);
    expect(RED_FLAGS).toEqual(RED_FLAG_TITLES);
  });
});
