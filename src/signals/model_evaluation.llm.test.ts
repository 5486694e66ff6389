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
