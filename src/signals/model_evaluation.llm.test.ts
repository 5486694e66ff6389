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

// Held-out slice BT: a RAG project's "non-LLM evaluator" scored each answer of
// its RAG chain (`answer = ask(question)["answer"]`) against the ground truth
// with NLTK's sentence_bleu and rouge-score (`scorer.score(...)`, a "score"
// call that looked like a model being scored): the LLM's answers graded
// (llm_evals), not a model the repository trains evaluated on held-out data.
describe('signals/model_evaluation: text-overlap metrics over an LLM application\'s answers', () => {
  const GENERATOR = py`
    from openai import OpenAI

    client = OpenAI()

    def generate(question, contexts):
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
        return reply.choices[0].message.content
  `;
  const PIPELINE = py`
    from rag.generator import generate
    from rag.retriever import retrieve

    def ask(question):
        contexts = retrieve(question)
        return {"answer": generate(question, contexts), "contexts": contexts}
  `;
  const EVALUATOR = py`
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu
    from rouge_score import rouge_scorer

    from rag.pipeline import ask
    from rag.eval.cases import TEST_CASES

    def rouge_l(answer, ground_truth):
        scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
        return scorer.score(ground_truth, answer)["rougeL"].fmeasure

    def bleu(answer, ground_truth):
        return sentence_bleu([ground_truth.split()], answer.split(), smoothing_function=SmoothingFunction().method1)

    def evaluate_answers(test_cases):
        rows = []
        for case in test_cases:
            answer = ask(case["question"])["answer"]
            rows.append({"rougeL": rouge_l(answer, case["ground_truth"]), "bleu": bleu(answer, case["ground_truth"])})
        return rows

    if __name__ == "__main__":
        print(evaluate_answers(TEST_CASES))
  `;
  const rag = { 'rag/generator.py': GENERATOR, 'rag/pipeline.py': PIPELINE, 'rag/retriever.py': 'def retrieve(q):\n    return []\n' };

  it('does not count BLEU and ROUGE over a RAG chain\'s answers where the repository trains nothing', async () => {
    const result = await detect(modelEvaluation, { ...rag, 'rag/eval/non_llm.py': EVALUATOR });

    expect(result.present).toBe(false);
  });

  it('does not count a metric of an LLM\'s labels in a file that calls the LLM itself, even on a set named test', async () => {
    const result = await detect(modelEvaluation, {
      'zero_shot.py': py`
        import pandas as pd
        from openai import OpenAI
        from sklearn.metrics import accuracy_score

        client = OpenAI()
        test_df = pd.read_csv("data/test.csv")

        def classify(text):
            reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
            return reply.choices[0].message.content.strip()

        y_test = test_df["label"].tolist()
        y_pred = [classify(t) for t in test_df["text"]]
        print(accuracy_score(y_test, y_pred))
      `,
    });

    expect(result.present).toBe(false);
  });

  it('is not fooled by a README describing the BLEU evaluation of the answers', async () => {
    const result = await detect(modelEvaluation, {
      ...rag,
      'README.md': '# RAG\n\nWe evaluate answers with BLEU and ROUGE (`sentence_bleu`, `rouge_scorer`) on a held-out test split.\n',
      'rag/eval/notes.py': '# sentence_bleu(reference, answer) and scorer.score(ground_truth, answer) per test case\n',
    });

    expect(result.present).toBe(false);
  });

  it('still counts metrics over generations of a model the repository fine-tunes', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from transformers import AutoModelForSeq2SeqLM, Seq2SeqTrainer

        model = AutoModelForSeq2SeqLM.from_pretrained("t5-small")
        trainer = Seq2SeqTrainer(model=model, train_dataset=train_ds)
        trainer.train()
        trainer.save_model("out")
      `,
      'generate_eval.py': py`
        import evaluate
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        model = AutoModelForSeq2SeqLM.from_pretrained("out")
        tokenizer = AutoTokenizer.from_pretrained("out")
        outputs = model.generate(**tokenizer(questions, return_tensors="pt", padding=True))
        rouge = evaluate.load("rouge")
        print(rouge.compute(predictions=tokenizer.batch_decode(outputs), references=answers))
      `,
    });

    expect(locations(result)).toContain('generate_eval.py:7');
  });

  it('still counts a classifier scored on its test split in a file that also calls an LLM (near miss)', async () => {
    const result = await detect(modelEvaluation, {
      'classify.py': py`
        from openai import OpenAI
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import f1_score
        from sklearn.model_selection import train_test_split

        client = OpenAI()
        X = [e.embedding for e in client.embeddings.create(model="text-embedding-3-small", input=texts).data]
        X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.2)
        clf = LogisticRegression().fit(X_train, y_train)
        print(f1_score(y_test, clf.predict(X_test)))
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['classify.py:8', 'classify.py:10']));
  });
});
