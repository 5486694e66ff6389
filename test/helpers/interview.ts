// Real assessments of three contrasting candidates, for interview-kit tests:
// built with fakeScan and assessCandidate, so they have the shape `screen` writes.
import { assessCandidate } from '../../src/assess/assess.js';
import { loadRoleFile, templatePath } from '../../src/assess/role-profile.js';
import type { Assessment, CompetencyId, CvEvidenceInput } from '../../src/assess/types.js';
import type { Kit, KitQuestion, Scorecard } from '../../src/interview/types.js';
import { fakeScan } from './scan.js';

export const AS_OF = '2026-11-23';
export type CandidateKind = 'notebook' | 'mlops' | 'keyword';

const mine = { blame: { candidate: true } };

function scansOf(kind: CandidateKind) {
  if (kind === 'notebook') {
    const summary = { files: 4, bytes: 100, pythonFiles: 0, notebooks: 4, pythonLines: { py: 0, notebooks: 400 }, languages: [] };
    return [fakeScan('churn-notebooks', { notebook_only: true, classical_ml: { ...mine, location: 'churn.ipynb#cell=3:2' }, model_evaluation: { ...mine, location: 'churn.ipynb#cell=5:1' } }, { summary })];
  }
  if (kind === 'mlops') {
    return [
      fakeScan('fraud-service', {
        serving_api: { ...mine, location: 'serve/app.py:42', strength: 'config+used' },
        containerized: { ...mine, location: 'Dockerfile' },
        drift_monitoring: { ...mine, location: 'monitor/drift.py:17' },
        experiment_tracking: { ...mine, location: 'train/run.py:8' },
        tests: { ...mine, location: 'tests/test_api.py:5' },
        ci: { ...mine, location: '.github/workflows/ci.yml:3' },
        classical_ml: { ...mine, location: 'train/model.py:30' },
        model_evaluation: { ...mine, location: 'train/evaluate.py:12' },
      }),
    ];
  }
  return [fakeScan('todo-app', { tests: true })];
}

const KEYWORD_CV: CvEvidenceInput = {
  claims: ['mlflow', 'kubernetes', 'pytorch', 'langchain', 'pandas', 'scikit-learn'].map((skill) => ({ skill, rung: skill === 'scikit-learn' ? 'used' : 'none', evidence: [] })),
  unclaimed: [],
  hiddenWords: [],
};

/** The assessment of one of three contrasting candidates for a shipped role template. */
export function assessmentFor(kind: CandidateKind, role = 'mlops-engineer'): Assessment {
  return assessCandidate({
    label: kind,
    scans: scansOf(kind),
    role: loadRoleFile(templatePath(role)),
    cv: kind === 'keyword' ? KEYWORD_CV : undefined,
    asOf: AS_OF,
  });
}

// A small hand-made kit for scorecard and decision tests, so every number in
// them can be worked out by hand.
function q(id: string, competency: CompetencyId): KitQuestion {
  const rubric = { '1': 'poor', '2': 'weak', '3': 'good', '4': 'great' };
  return { id, bankId: id, title: `Question ${id}`, competency, kind: 'technical', core: false, minutes: 7, reasons: [{ kind: 'core' }], prompt: 'Why?', followUps: [], listenFor: [], redFlagAnswers: [], rubric };
}

function round(number: number, focus: CompetencyId[], questions: KitQuestion[]): Kit['rounds'][number] {
  return { number, title: `Round ${number}`, purpose: '', minutes: 60, plannedMinutes: 7 * questions.length, focus, questions, scorecard: { questions: questions.map((x) => x.id), competencies: focus, redFlags: ['no_monitoring'] } };
}

export function handKit(): Kit {
  return {
    schemaVersion: '1.0',
    id: 'role/cand/00000000',
    role: { name: 'role', title: 'Role', weights: { mlops_production: 50, engineering_basics: 30, ml_fundamentals: 20 }, mustHaves: [{ competency: 'mlops_production', from: 'containerized present' }] },
    candidate: { label: 'cand', blind: false },
    evidence: { asOf: '2026-11-23', fit: 40, competencies: { mlops_production: 55, engineering_basics: 30, ml_fundamentals: 10 }, gates: [], redFlags: [] },
    core: [],
    rounds: [
      round(1, ['mlops_production', 'engineering_basics', 'ml_fundamentals'], [q('q1', 'mlops_production'), q('q2', 'engineering_basics'), q('q3', 'ml_fundamentals')]),
      round(2, ['mlops_production', 'engineering_basics'], [q('q4', 'mlops_production'), q('q5', 'engineering_basics')]),
    ],
    unprobedClaims: [],
    notes: [],
    advisory: '',
  };
}

type Ratings = Record<string, number>;

/** A parsed scorecard, as parseScorecard returns it. */
export function card(round: number, interviewer: string, questions: Ratings, competencies: Ratings = {}, extra: Partial<Scorecard> = {}): Scorecard {
  const rated = (r: Ratings) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { rating: v, note: 'said so' }]));
  return { kit: 'role/cand/00000000', round, interviewer, questions: rated(questions), competencies: rated(competencies), redFlags: {}, recommendation: 'yes', file: `${interviewer}-${round}.yaml`, ...extra };
}
