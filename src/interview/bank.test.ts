import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { COMPETENCY_IDS, RED_FLAG_IDS } from '../assess/types.js';
import { loadQuestionBank, parseQuestionFile } from './bank.js';
import { QUESTION_KINDS } from './types.js';

const bank = loadQuestionBank();

/** A valid question; `extra` lines replace or add fields (indented as list-item fields). */
function question(extra = '', id = 'my-question'): string {
  return yaml`
    questions:
      - id: ${id}
        title: My question
        competency: mlops_production
        kind: technical
        prompt: How do you roll back a model?
        follow_ups: [What if the schema changed?]
        listen_for: [A versioned registry]
        red_flag_answers: [We never roll back]
        rubric:
          1: No idea.
          2: Redeploys by hand.
          3: Registry and a rollback step.
          4: Automated rollback on alerts.
  ` + extra;
}

describe('interview/bank', () => {
  it('ships at least 60 valid questions covering every competency, kind and red flag', () => {
    const ids = bank.map((q) => q.id);

    expect(bank.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMPETENCY_IDS) {
      const mine = bank.filter((q) => q.competency === c);
      expect(mine.some((q) => q.core), c).toBe(true);
      expect(mine.some((q) => q.applies.claim_none), c).toBe(true);
      expect(mine.some((q) => q.kind === 'evidence-deep-dive'), c).toBe(true);
      expect(mine.some((q) => q.kind === 'behavioural'), c).toBe(true);
    }
    for (const k of QUESTION_KINDS) expect(bank.some((q) => q.kind === k)).toBe(true);
    const probed = new Set(bank.flatMap((q) => q.applies.red_flag ?? []));
    expect(RED_FLAG_IDS.filter((f) => !probed.has(f))).toEqual([]);
  });

  it.each([
    ['simpler model beats a complex one', 'mlf-simpler-model'],
    ['trees beat neural networks on tabular data', 'mlf-gbt-vs-nn-tabular'],
    ['regularisation', 'mlf-regularisation'],
    ['good in testing, fails in production', 'mlf-test-good-prod-bad'],
    ['what happens under .fit()', 'fw-under-fit'],
    ['a high-level API was not enough', 'fw-api-not-enough'],
    ['custom training loop', 'fw-custom-loop'],
    ['data validation', 'de-new-dataset-checks'],
    ['pandas', 'de-pandas-scale'],
    ['NumPy', 'de-numpy-distances'],
    ['SQL', 'de-sql-rolling'],
    ['pipelines and ETL', 'de-pipeline-design'],
    ['data quality incident', 'de-quality-incident'],
    ['model versioning', 'mlops-reproduce-serving-model'],
    ['experiment tracking', 'mlops-experiment-tracking'],
    ['automated retraining', 'mlops-retraining'],
    ['drift monitoring', 'mlops-drift-delayed-labels'],
    ['deployment infrastructure', 'mlops-serving-design'],
    ['training to live monitoring', 'mlops-train-to-monitor'],
    ['prompt engineering', 'llm-prompt-shipped'],
    ['guardrails', 'llm-guardrails'],
    ['evals', 'llm-evals'],
    ['observability', 'llm-observability'],
    ['tool-use checks', 'llm-tool-use-checks'],
    ['RAG', 'llm-rag-design'],
    ['agents and MCP', 'llm-agents-mcp'],
    ['inference cost at scale', 'llm-inference-cost'],
    ['verifying AI output', 'llm-verify-ai-output'],
    ['red-flag probe: explain to a non-technical stakeholder', 'rf-explain-to-stakeholder'],
    ['red-flag probe: beyond notebooks', 'rf-beyond-notebooks'],
    ['red-flag probe: a model degraded in production', 'rf-degraded-in-production'],
    ['red-flag probe: a failure and its lesson', 'rf-failure-learned'],
  ])('has a question on %s (%s)', (_topic, id) => {
    const q = bank.find((x) => x.id === id);

    expect(q?.rubric).toEqual({ 1: expect.any(String), 2: expect.any(String), 3: expect.any(String), 4: expect.any(String) });
    expect(q?.listen_for.length).toBeGreaterThan(0);
  });

  it('prints no text that assumes a finding for every candidate: such texts sit under when_flagged, keyed by the flag', () => {
    // Real-people review: "If the assessment found hidden text…" was asked of a CV without any.
    const assumes = /\b(?:if|when) (?:the assessment|the report|the screen|we) (?:found|flagged|saw)\b|\bhidden (?:text|keywords?|words)\b|\binvisible\b/i;
    for (const q of bank) {
      for (const t of [q.prompt, ...q.follow_ups, ...q.listen_for, ...q.red_flag_answers, ...Object.values(q.rubric)]) expect(t, q.id).not.toMatch(assumes);
    }
    const keyword = bank.find((q) => q.id === 'rf-keyword-claims');
    expect(keyword?.when_flagged?.hidden_text?.follow_ups?.join(' ')).toMatch(/invisible when printed/);
  });

  it('reads a valid file with defaults', () => {
    const [q] = parseQuestionFile(question(), 'mine.yaml');

    expect(q).toMatchObject({ id: 'my-question', core: false, applies: { min_weight: 0 }, rubric: { 1: 'No idea.' } });
  });

  it.each([
    ['an unknown competency', question().replace('mlops_production', 'mlops'), /^q\.yaml:4: questions\.0\.competency: Invalid option/],
    ['a misspelt field', question('    minuts: 5\n'), /^q\.yaml:15: questions\.0\.minuts: Unrecognized key: "minuts"/],
    ['a missing rubric level', question().replace(/\n *4: Automated rollback on alerts\./, ''), /^q\.yaml:10: questions\.0\.rubric\.4: /],
    ['an empty prompt', question().replace('How do you roll back a model?', '""'), /^q\.yaml:6: questions\.0\.prompt: must not be empty/],
    ['{tool} without a claim trigger', question().replace('roll back a model?', 'roll back {tool}?'), /^q\.yaml:6: questions\.0\.prompt: placeholder \{tool\} needs applies\.claim_none/],
    ['an unknown placeholder', question().replace('roll back a model?', 'roll back {model}?'), /^q\.yaml:6: questions\.0\.prompt: unknown placeholder \{model\}/],
    ['{kind} in a title without a claim trigger', question().replace('title: My question', 'title: A claimed {kind}'), /^q\.yaml:3: questions\.0\.title: placeholder \{kind\} needs applies\.claim_none/],
    ['a deep-dive without evidence', question().replace('kind: technical', 'kind: evidence-deep-dive'), /^q\.yaml:2: questions\.0\.applies: an evidence-deep-dive needs applies\.evidence/],
    ['a core question that depends on evidence', question('    core: true\n    applies: { evidence: [serving_api] }\n'), /^q\.yaml:15: questions\.0\.core: a core question is asked of every candidate/],
    ['an unknown red flag', question('    applies: { red_flag: [no_docs] }\n'), /^q\.yaml:15: questions\.0\.applies\.red_flag\.0: Invalid option/],
    ['a text for an unknown finding', question('    when_flagged: { no_docs: { follow_ups: [Why?] } }\n'), /^q\.yaml:15: questions\.0\.when_flagged\.no_docs: /],
    ['{tool} in a text for a finding', question('    when_flagged: { hidden_text: { follow_ups: ["Why {tool}?"] } }\n'), /^q\.yaml:15: questions\.0\.when_flagged\.hidden_text\.follow_ups\.0: placeholder \{tool\} needs applies\.claim_none/],
    ['a duplicate id in one file', `${question()}${question().replace('questions:\n', '')}`, /^q\.yaml:15: questions\.1\.id: duplicate question id my-question \(also in this file\)/],
  ])('names file, line and field for %s', (_case, text, message) => {
    expect(() => parseQuestionFile(text, 'q.yaml')).toThrow(message);
  });

  it("adds users' files, and refuses an id that the shipped bank already uses", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evident-questions-'));
    await writeFile(join(dir, 'ours.yaml'), question());
    const clash = await mkdtemp(join(tmpdir(), 'evident-questions-'));
    await writeFile(join(clash, 'clash.yaml'), question('', 'llm-evals'));

    const extended = loadQuestionBank([dir]);

    expect(extended.length).toBe(bank.length + 1);
    expect(extended.at(-1)?.id).toBe('my-question');
    expect(() => loadQuestionBank([clash])).toThrow(/clash\.yaml:2: questions\.0\.id: duplicate question id llm-evals \(also in .*llm-quality\.yaml\)$/);
    expect(() => loadQuestionBank([join(dir, 'missing')])).toThrow(/^cannot read question directory /);
  });
});
