// An LLM application graded by an LLM-evaluation library (Ragas, DeepEval...)
// is llm_evals, not model_evaluation ("the model is evaluated on held-out
// data: train/test or cross-validation splits with metrics"). Held-out L:
// a RAG service's `run_evaluation()` building `EvaluationDataset.from_list(eval_data)`
// and `self._setup_metrics()` for Ragas was credited as a model evaluation.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const RAGAS_SERVICE = py`
  import torch
  from ragas import EvaluationDataset, evaluate
  from ragas.metrics import AnswerRelevancy, Faithfulness

  class EvaluationService:
      def _setup_metrics(self):
          device = "cuda" if torch.cuda.is_available() else "cpu"
          return [Faithfulness(device=device), AnswerRelevancy()]

      def run_evaluation(self, data_points):
          eval_data = [{"user_input": d["query"], "response": d["response"]} for d in data_points]
          dataset = EvaluationDataset.from_list(eval_data)
          metrics = self._setup_metrics()
          return evaluate(dataset=dataset, metrics=metrics)
`;

describe('signals/model_evaluation: LLM pipelines graded by an LLM-evaluation library', () => {
  it('does not count a Ragas run over a RAG pipeline', async () => {
    const result = await detect(modelEvaluation, { 'src/services/evaluation_service.py': RAGAS_SERVICE });
    expect(result.present).toBe(false);
  });

  it('does not count a DeepEval test set scored by name', async () => {
    const result = await detect(modelEvaluation, {
      'eval/run.py': py`
        import torch
        from deepeval import evaluate
        from deepeval.metrics import AnswerRelevancyMetric

        def run_eval(test_data):
            cases = build_cases(test_data)
            return evaluate(cases, [AnswerRelevancyMetric()])
      `,
    });
    expect(result.present).toBe(false);
  });

  it('still counts a held-out split with metrics beside the Ragas service', async () => {
    const result = await detect(modelEvaluation, {
      'src/services/evaluation_service.py': RAGAS_SERVICE,
      'train.py': py`
        import torch
        from torchvision import datasets

        test_set = datasets.MNIST("data", train=False)
        def evaluate(model, test_loader, criterion):
            with torch.no_grad():
                for x, y in test_loader:
                    loss = criterion(model(x), y)
      `,
    });
    expect(result.present).toBe(true);
    expect(locations(result).every((l) => l.startsWith('train.py'))).toBe(true);
  });
});

// Held-out slice X: a chatbot's demo script counted its sample questions
// (`len(test_dataset)`) and printed a results table (`metric.title()`): the
// held-out set by name and a "metric" call, though nothing was scored.
describe('signals/model_evaluation: a test set counted and a metric name formatted', () => {
  const script = (body: string) => py`
    from rich.table import Table
    from evaluation import ChatbotEvaluator

    def run_demo(test_dataset):
        evaluator = ChatbotEvaluator()
    ${body}
  `;

  it('is not an evaluation: len() of the test set, then a metric name title-cased into a table', async () => {
    const body = [
      '    total = len(test_dataset)',
      '    report = evaluator.run_evaluation(test_dataset)',
      '    table = Table()',
      '    for metric, stats in report["summary"].items():',
      '        table.add_row(metric.title(), str(stats.get("mean")))',
    ].join('\n');
    const result = await detect(modelEvaluation, { 'demo_script.py': script(body) });

    expect(result.present).toBe(false);
  });

  it('still counts a held-out loader scored by a metric object in the same function', async () => {
    const result = await detect(modelEvaluation, {
      'evaluate.py': py`
        import evaluate

        def score(model, val_loader):
            metric = evaluate.load("accuracy")
            for batch in iterate(val_loader):
                metric.add_batch(predictions=model(batch["x"]).argmax(-1), references=batch["y"])
            return metric.compute()
      `,
    });

    expect(locations(result)).toEqual(['evaluate.py:5', 'evaluate.py:6']);
  });
});

// Held-out slice AF: a notebook scoring a benchmark's answer columns against
// each other with BLEU and ROUGE (`evaluate.load`), in a repository that trains
// nothing, was credited as evaluating a model on held-out data.
describe('signals/model_evaluation: metrics with no model', () => {
  const scoring = py`
    import evaluate
    import pandas as pd

    df = pd.read_csv("evals/answers.csv")
    bleu = evaluate.load("bleu")
    print(bleu.compute(predictions=df["candidate"].tolist(), references=[[r] for r in df["reference"]]))
  `;

  it('is no evaluation where no model is given anything and the repository fits none', async () => {
    const result = await detect(modelEvaluation, { 'score.py': scoring, 'metrics.py': 'from sklearn.metrics import f1_score\n\nprint(f1_score(gold, guessed))\n' });

    expect(result.present).toBe(false);
  });

  it('counts the same metrics where the repository fits the model they score', async () => {
    const train = py`
      import torch

      def train(model, loader, optimiser):
          for x, y in loader:
              loss = torch.nn.functional.cross_entropy(model(x), y)
              loss.backward()
              optimiser.step()
    `;
    const result = await detect(modelEvaluation, { 'score.py': scoring, 'train.py': train });

    expect(locations(result)).toContain('score.py:5');
  });
});
