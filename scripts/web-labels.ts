// The text of web/src/labels.generated.ts: the titles and orders the web app
// shows that src/model defines. The web app may import only types from
// src/model (test/layers.test.ts), so these values are copied into it by
// scripts/gen-web-labels.ts (run by `npm run build:web`), one line per
// value, and test/web-labels.test.ts fails when the copy is out of date.
import { INTERVIEW_RED_FLAGS, LOW_COVERAGE, NO_EVIDENCE_SCORE, RECOMMENDATIONS, RED_FLAG_TITLES, SUPPORTING_SIGNALS } from '../src/model/index.js';

/** One line per value (JSON): a generated copy, not a second text to maintain. */
function constant(name: string, doc: string, value: unknown): string {
  return [`/** ${doc} */`, `export const ${name} = ${JSON.stringify(value)} as const;`].join('\n');
}

export const WEB_LABELS_PATH = 'web/src/labels.generated.ts';

export function renderWebLabels(): string {
  return [
    '// Generated from src/model by scripts/gen-web-labels.ts (`npm run build:web` runs it): do not edit.',
    '',
    constant('INTERVIEW_FLAGS', 'Red flags an interviewer can tick on a scorecard, with their titles (src/model/kit.ts INTERVIEW_RED_FLAGS).', INTERVIEW_RED_FLAGS),
    '',
    constant('RED_FLAG_TITLES', 'Red flags of the assessment, with their titles (src/model/ids.ts RED_FLAG_TITLES).', RED_FLAG_TITLES),
    '',
    constant('NO_EVIDENCE_SCORE', "A competency's score when none of its signals is in the repositories screened (src/model/assessment.ts).", NO_EVIDENCE_SCORE),
    '',
    constant('LOW_COVERAGE', "The fit's caveat when the repositories screened speak to too little of the role (src/model/assessment.ts).", LOW_COVERAGE),
    '',
    constant('SUPPORTING_SIGNALS', 'Signals that support a competency but cannot speak to it alone (src/model/assessment.ts).', [...SUPPORTING_SIGNALS]),
    '',
    constant('RECOMMENDATION_ORDER', 'Overall recommendations, from strong no to strong yes (src/model/scorecard.ts RECOMMENDATIONS).', RECOMMENDATIONS),
    '',
  ].join('\n');
}
