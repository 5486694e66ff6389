// Issue 14, real-people review of kits: a deep-dive quotes the candidate's
// own, substantive code, with a premise the quoted line bears out; a claim is
// asked about as what the CV names (a Kubeflow platform, not a data job).
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import type { Assessment, Claim } from '../assess/types.js';
import type { SignalId } from '../signals/ids.js';
import { loadQuestionBank } from './bank.js';
import { Question } from './bank-schema.js';
import { loadsWeights, type EvidenceRef } from './candidate.js';
import { buildKit } from './kit.js';
import type { Kit, KitQuestion } from './types.js';

const bank = loadQuestionBank();

interface Line {
  signal: SignalId;
  repo: string;
  location: string;
  match: string;
  snippet: string;
  credit?: number;
}

/** An assessment whose only evidence is the given lines, all blamed to the candidate, grouped per signal as `screen` cites them. */
function assessmentWith(role: string, lines: Line[], notes: string[] = [], claims: Claim[] = []): Assessment {
  const profile = loadRoleFile(templatePath(role));
  const a = assessCandidate({ label: 'fixture', scans: [fakeScan('empty', {})], role: profile, asOf: '2026-11-23', cv: { claims, unclaimed: [], hiddenWords: [] } });
  a.notes = notes;
  a.redFlags = [];
  a.unverified = [];
  for (const c of a.competencies) {
    for (const x of c.contributions) {
      const mine = lines.filter((l) => l.signal === x.signal);
      if (mine.length === 0) {
        Object.assign(x, { credit: 0, evidence: [], cited: [] });
        delete x.author;
        continue;
      }
      Object.assign(x, {
        credit: mine[0].credit ?? 0.8,
        author: 'candidate',
        repositories: [...new Set(mine.map((l) => l.repo))],
        evidence: mine.map((l) => `${l.repo}: ${l.location}`),
        cited: mine.map((l) => ({ repository: l.repo, location: l.location, match: l.match, snippet: l.snippet })),
      });
    }
  }
  return a;
}

const kitOf = (role: string, a: Assessment) => buildKit({ bank, role: loadRoleFile(templatePath(role)), assessment: a });
const questions = (kit: Kit) => kit.rounds.flatMap((r) => r.questions);
const find = (kit: Kit, id: string): KitQuestion | undefined => questions(kit).find((q) => q.bankId === id);
const quoted = (kit: Kit) => questions(kit).flatMap((q) => q.reasons.flatMap((r) => (r.kind === 'evidence' ? [r.location] : [])));

describe('interview/kit: deep-dives on substantive own code', () => {
  it('asks about a pre-trained model only at a line that loads pre-trained weights; a network built from scratch gets the architecture question', () => {
    const scratch = assessmentWith('python-ai-engineer', [
      { signal: 'deep_learning', repo: 'blog', location: 'posts/keras.md:195', match: 'keras.models.Sequential()', snippet: 'model = Sequential()' },
      { signal: 'deep_learning', repo: 'blog', location: 'posts/keras.md:196', match: 'keras.layers.Dense()', snippet: "model.add(Dense(100, activation='relu'))" },
    ]);
    const tuned = assessmentWith('python-ai-engineer', [
      { signal: 'deep_learning', repo: 'vision', location: 'train.py:12', match: 'keras.applications.VGG16()', snippet: "base = VGG16(weights='imagenet', include_top=False)" },
    ]);

    const a = kitOf('python-ai-engineer', scratch);
    const b = kitOf('python-ai-engineer', tuned);

    expect(find(a, 'fw-deep-dive-pretrained')).toBeUndefined();
    expect(find(a, 'fw-deep-dive-network')?.prompt).toMatch(/^In blog, `posts\/keras\.md:195` uses a deep-learning framework\. Walk me through the network/);
    expect(JSON.stringify(find(a, 'fw-deep-dive-network'))).not.toMatch(/checkpoint|pre-trained|freeze/i);
    expect(find(b, 'fw-deep-dive-network')).toBeUndefined();
    expect(find(b, 'fw-deep-dive-pretrained')?.prompt).toMatch(/^In vision, `train\.py:12` loads a pre-trained or saved model\. Why this model or checkpoint/);
  });

  it('reads pre-trained or saved weights from the cited line, never from a layer, a parameter or weights=None', () => {
    const line = (snippet: string, match = ''): EvidenceRef => ({ signal: 'deep_learning', repo: 'r', location: 'a.py:1', credit: 1, match, snippet });
    const loads = [
      "model = AutoModel.from_pretrained('bert-base-uncased')",
      'net = torchvision.models.resnet50(weights=ResNet50_Weights.DEFAULT)',
      "m = timm.create_model('vit_base_patch16_224', pretrained=True)",
      "enc = hub.load('https://tfhub.dev/google/universal-sentence-encoder/4')",
      "emb = SentenceTransformer('all-MiniLM-L6-v2')",
      "model.load_state_dict(torch.load('best.pt'))",
      "clf = pipeline('sentiment-analysis')",
    ];
    const builds = ['self.weights = nn.Parameter(torch.randn(10, 3))', 'net = resnet50(weights=None)', 'layer = nn.Linear(128, 10)', "model.fit(X, y, sample_weight=w)", 'model = Sequential()'];

    for (const s of loads) expect(loadsWeights(line(s, s.includes('pipeline(') ? 'transformers.pipeline()' : '')), s).toBe(true);
    for (const s of builds) expect(loadsWeights(line(s)), s).toBe(false);
    // The bank accepts the narrowing only on an evidence question.
    const q = { id: 'x', title: 'X', competency: 'framework_depth', kind: 'technical', prompt: 'P', follow_ups: ['f'], listen_for: ['l'], red_flag_answers: ['r'], rubric: { 1: 'a', 2: 'b', 3: 'c', 4: 'd' } };
    expect(Question.safeParse({ ...q, applies: { loads_weights: true } }).error?.issues[0].message).toBe('loads_weights needs applies.evidence');
    expect(Question.safeParse({ ...q, applies: { evidence: ['deep_learning'], loads_weights: true } }).success).toBe(true);
  });

  it('quotes a test in a test suite over a test-named script beside the code, and other checks over such a script alone', () => {
    const suite = assessmentWith('python-ai-engineer', [
      { signal: 'tests', repo: 'app', location: 'backend/app/models/test_loader.py:7', match: 'def test_individual_loaders', snippet: 'def test_individual_loaders():' },
      { signal: 'tests', repo: 'app', location: 'backend/tests/test_db.py:60', match: 'def test_insert_and_read', snippet: 'def test_insert_and_read(session):' },
    ]);
    const script = assessmentWith('python-ai-engineer', [
      { signal: 'tests', repo: 'app', location: 'helpers/test_email.py:10', match: 'def test_email_sending', snippet: 'def test_email_sending(base_url="http://localhost:8080"):', credit: 1 },
      { signal: 'ci', repo: 'app', location: '.github/workflows/ci.yml:12', match: 'pytest', snippet: 'run: pytest -q', credit: 0.7 },
    ]);

    expect(find(kitOf('python-ai-engineer', suite), 'eng-deep-dive')?.reasons).toEqual([{ kind: 'evidence', signal: 'tests', location: 'app: backend/tests/test_db.py:60' }]);
    expect(find(kitOf('python-ai-engineer', script), 'eng-deep-dive')?.reasons).toEqual([{ kind: 'evidence', signal: 'ci', location: 'app: .github/workflows/ci.yml:12' }]);
  });

  it('asks "why this approach" about the model, not an estimator fitted in passing to initialise it, nor its import', () => {
    const lines: Line[] = [
      { signal: 'classical_ml', repo: 'dpvae', location: 'utils.py:16', match: 'sklearn.cluster.KMeans()', snippet: 'mu = KMeans(K).fit(X).cluster_centers_', credit: 0.9 },
      { signal: 'classical_ml', repo: 'dpvae', location: 'utils.py:3', match: 'from sklearn.cluster import KMeans', snippet: 'from sklearn.cluster import KMeans', credit: 0.9 },
    ];
    const withModel = assessmentWith('applied-ml-engineer', [...lines, { signal: 'custom_model_code', repo: 'dpvae', location: 'model.py:20', match: 'class DPVAE(torch.nn.Module)', snippet: 'class DPVAE(nn.Module):', credit: 0.6 }]);
    const alone = assessmentWith('applied-ml-engineer', lines);

    expect(find(kitOf('applied-ml-engineer', withModel), 'mlf-deep-dive-model')?.prompt).toMatch(/^In dpvae, `model\.py:20` fits or defines a model\./);
    expect(find(kitOf('applied-ml-engineer', alone), 'mlf-deep-dive-model')).toBeUndefined();
  });

  it('quotes a pipeline over a dashboard page, and a main module over a helper or scratch folder', () => {
    const a = assessmentWith('ml-data-engineer', [
      { signal: 'data_engineering', repo: 'billing', location: 'dashboard/app/main.py:87', match: 'pandas.read_sql_query()', snippet: 'df = pd.read_sql_query(query, conn)', credit: 1 },
      { signal: 'data_engineering', repo: 'billing', location: 'dashboard/app/main.py:432', match: 'df.groupby()', snippet: "by_user = df.groupby('user')", credit: 1 },
      { signal: 'pipeline_orchestration', repo: 'etl', location: 'jobs/daily_snapshot.py:40', match: 'apscheduler.add_job()', snippet: "scheduler.add_job(snapshot, 'cron', hour=2)", credit: 0.7 },
    ]);
    const llm = assessmentWith('python-ai-engineer', [
      { signal: 'llm_integration', repo: 'bot', location: 'scratch/try_llm.py:5', match: 'openai.OpenAI()', snippet: 'client = OpenAI()', credit: 1 },
      { signal: 'llm_integration', repo: 'bot', location: 'bot/utils.py:12', match: 'client.chat.completions.create()', snippet: 'reply = client.chat.completions.create(model=m, messages=msgs)', credit: 1 },
      { signal: 'rag', repo: 'bot', location: 'bot/answer.py:30', match: 'store.query()', snippet: 'hits = store.query(q, k=5)', credit: 0.6 },
    ]);

    const kit = kitOf('ml-data-engineer', a);

    expect(find(kit, 'de-deep-dive')?.reasons).toEqual([{ kind: 'evidence', signal: 'pipeline_orchestration', location: 'etl: jobs/daily_snapshot.py:40' }]);
    // With nothing else to quote, the dashboard is still asked about (a weaker place, not a wrong one).
    const only = kitOf('ml-data-engineer', assessmentWith('ml-data-engineer', [{ signal: 'data_engineering', repo: 'billing', location: 'dashboard/app/main.py:87', match: 'pandas.read_sql_query()', snippet: 'df = pd.read_sql_query(query, conn)' }]));
    expect(find(only, 'de-deep-dive')?.reasons).toEqual([{ kind: 'evidence', signal: 'data_engineering', location: 'billing: dashboard/app/main.py:87' }]);
    expect(find(kitOf('python-ai-engineer', llm), 'llm-deep-dive')?.reasons).toEqual([{ kind: 'evidence', signal: 'rag', location: 'bot: bot/answer.py:30' }]);
  });

  it('prefers code in repositories that credit no other source, and quotes code of a repository crediting one only when nothing else is left', () => {
    const borrowed = 'authorship partial in thesis (thesis/evaluation/evaluate.py:1 credits another source: "this code is borrowed from"): evidence there counts as adapted from another source, not as written by the candidate, and scores as unknown authorship; not a red flag';
    const lines: Line[] = [
      { signal: 'model_evaluation', repo: 'thesis', location: 'thesis/main.py:96', match: 'def evaluate()', snippet: 'def evaluate(args):', credit: 0.9 },
      { signal: 'custom_model_code', repo: 'course-project', location: 'model/model.py:6', match: 'class CNN(torch.nn.Module)', snippet: 'class CNN(nn.Module):', credit: 0.7 },
      { signal: 'hyperparameter_tuning', repo: 'churn', location: 'tune.py:14', match: 'sklearn.model_selection.GridSearchCV()', snippet: 'search = GridSearchCV(model, grid, cv=5)', credit: 0.5 },
    ];

    const kit = kitOf('applied-ml-engineer', assessmentWith('applied-ml-engineer', lines, [borrowed]));
    const solo = kitOf('applied-ml-engineer', assessmentWith('applied-ml-engineer', [lines[0]], [borrowed]));

    expect(find(kit, 'mlf-deep-dive-evaluation')?.reasons).toEqual([{ kind: 'evidence', signal: 'hyperparameter_tuning', location: 'churn: tune.py:14' }]);
    expect(quoted(kit)).not.toContain('thesis: thesis/main.py:96');
    expect(quoted(kit)).toContain('course-project: model/model.py:6');
    expect(quoted(solo)).toEqual(['thesis: thesis/main.py:96']);
  });
});

describe('interview/kit: claims asked as the CV names them', () => {
  it("asks about a claimed Kubeflow as the ML platform it is, not as data processed with Kubeflow Pipelines (real-people review)", () => {
    const claims: Claim[] = [
      { skill: 'kubeflow', rung: 'none', context: 'role', evidence: [] },
      { skill: 'pandas', rung: 'none', context: 'role', evidence: [] },
    ];
    const kit = kitOf('applied-ml-engineer', assessmentWith('applied-ml-engineer', [], [], claims));

    const kubeflow = questions(kit).find((q) => q.id.endsWith('@kubeflow'));
    expect(kubeflow).toMatchObject({ bankId: 'mlops-claim-probe', title: 'A claimed ML platform on Kubernetes without evidence: Kubeflow' });
    expect(kubeflow?.prompt).toMatch(/Describe the setup you used Kubeflow in/);
    expect(JSON.stringify(kit)).not.toMatch(/Kubeflow Pipelines|data you processed with Kubeflow/);
    // A data library is still asked about the data processed with it.
    expect(questions(kit).find((q) => q.id.endsWith('@pandas'))?.bankId).toBe('de-claim-probe');
  });
});

describe('interview: a shared deep-dive says what the cited line does', () => {
  it('fills {does} from the cited signal', async () => {
    const { fillText } = await import('./candidate.js');
    const at = (signal: 'data_versioning' | 'data_validation' | 'data_engineering') => ({ signal, repo: 'r', location: 'push.py:9', credit: 1 });

    expect(fillText('`{path}:{line}` {does}.', { evidence: at('data_versioning') })).toBe('`push.py:9` versions data.');
    expect(fillText('`{path}:{line}` {does}.', { evidence: at('data_validation') })).toBe('`push.py:9` validates data.');
    expect(fillText('`{path}:{line}` {does}.', { evidence: at('data_engineering') })).toBe('`push.py:9` transforms data.');
  });
  it('never quotes a package __init__.py import (a re-export) for a deep-dive: the prompts module it re-exports is quoted', () => {
    const reexport = { signal: 'prompt_management' as const, repo: 'app', location: 'src/agents/__init__.py:48', match: 'from .prompts import SYSTEM_PROMPT', snippet: 'from .prompts import SYSTEM_PROMPT' };
    const both = assessmentWith('llm-application-engineer', [reexport, { signal: 'prompt_management', repo: 'app', location: 'src/agents/prompts.py:3', match: 'prompts module', snippet: 'SYSTEM_PROMPT = """You are a code reviewer.' }]);
    const only = assessmentWith('llm-application-engineer', [reexport]);
    const prompts = (kit: Kit) => questions(kit).filter((q) => q.reasons.some((r) => r.kind === 'evidence' && r.signal === 'prompt_management'));

    expect(prompts(kitOf('llm-application-engineer', both)).flatMap((q) => q.reasons.map((r) => (r.kind === 'evidence' ? r.location : '')))).toEqual(['app: src/agents/prompts.py:3']);
    expect(prompts(kitOf('llm-application-engineer', only))).toEqual([]);
  });
});
