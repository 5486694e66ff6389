// JSON rendering of an Assessment: the object as is (docs/assessment-schema.md).
import type { Assessment } from '../assess/types.js';

export function renderAssessmentJson(a: Assessment): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}
