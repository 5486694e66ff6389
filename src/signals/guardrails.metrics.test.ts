// Held-out BT: a DSPy metric named like a check of the answer
// (`validate_answer(example, pred, trace=None)`), handed to BootstrapFewShot
// as its metric and tallied over the training examples, was credited as a
// check of the model's output. A function that scores the reply against a
// labelled answer, or that an optimiser or evaluator is given as its metric,
// is evaluation (llm_evals), not a guardrail (lib/llm-metrics.ts).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

/** A DSPy question-answering program, the LLM code of the fixtures below. */
const PROGRAM = py`
  import dspy

  class QA(dspy.Signature):
      context = dspy.InputField()
      question = dspy.InputField()
      answer = dspy.OutputField()

  class Answerer(dspy.Module):
      def __init__(self):
          super().__init__()
          self.generate = dspy.ChainOfThought(QA)

      def forward(self, context, question):
          return self.generate(context=context, question=question)
`;

describe('signals/guardrails: evaluation metrics are not checks', () => {
  it('does not count a DSPy metric handed to an optimiser and tallied over the labelled examples', async () => {
    const result = await detect(guardrails, {
      'dspy_demo/program.py': PROGRAM,
      'dspy_demo/ground_truth.py': py`
        import dspy
        from dspy.teleprompt import BootstrapFewShot
        from dspy_demo.program import Answerer

        def main():
            dspy.settings.configure(lm=dspy.OpenAI(model="gpt-3.5-turbo"))
            trainset = [dspy.Example(context="Paris is the capital of France.", question="Capital of France?", answer="Paris").with_inputs("context", "question")]

            def validate_answer(example, pred, trace=None):
                return example.answer.lower() in pred.answer.lower()

            optimizer = BootstrapFewShot(metric=validate_answer, max_bootstrapped_demos=2)
            optimized = optimizer.compile(Answerer(), trainset=trainset)
            correct = 0
            for ex in trainset:
                pred = optimized(context=ex.context, question=ex.question)
                match = validate_answer(ex, pred)
                if match:
                    correct += 1
            print(f"{correct}/{len(trainset)} correct")

        if __name__ == "__main__":
            main()
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not count a check handed to an evaluator by name, nor one that takes the labelled answer', async () => {
    const result = await detect(guardrails, {
      'qa/program.py': PROGRAM,
      'qa/metrics.py': py`
        def check_answer(gold, pred):
            return gold.answer.lower() == pred.answer.lower()

        def verify_answer(answer, ground_truth):
            return ground_truth.lower() in answer.lower()
      `,
      'qa/run.py': py`
        import dspy
        from qa.metrics import check_answer, verify_answer
        from qa.program import Answerer

        def main(devset):
            program = Answerer()
            dspy.Evaluate(devset=devset, metric=check_answer, display_progress=True)(program)
            hits = 0
            for ex in devset:
                reply = program(context=ex.context, question=ex.question)
                hits += verify_answer(reply.answer, ex.answer)
            print(hits / len(devset))
      `,
    });

    expect(result.present).toBe(false);
  });

  it("still counts the app's own check of the answer it serves, a metric's mention in a comment or string, and a format it expects", async () => {
    const result = await detect(guardrails, {
      'qa/program.py': PROGRAM,
      'qa/service.py': py`
        from fastapi import FastAPI, HTTPException
        from qa.program import Answerer

        app = FastAPI()
        program = Answerer()
        NOTE = "optimise later with BootstrapFewShot(metric=validate_answer)"

        def validate_answer(answer, context):
            # not a DSPy metric (metric=validate_answer): it runs on every reply
            return bool(answer) and any(w in context for w in answer.split())

        def validate_output(output, expected_format):
            return output.startswith(expected_format)

        @app.post("/ask")
        def ask(context: str, question: str):
            pred = program(context=context, question=question)
            if not validate_answer(pred.answer, context) or not validate_output(pred.answer, "Answer:"):
                raise HTTPException(status_code=422, detail="answer not grounded in the context")
            return {"answer": pred.answer}
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['qa/service.py:8', 'qa/service.py:12']));
  });

  it('counts a check of the answer the pipeline serves: no labelled answer, never handed over as a metric', async () => {
    const result = await detect(guardrails, {
      'qa/program.py': PROGRAM,
      'qa/pipeline.py': py`
        from qa.program import Answerer

        program = Answerer()

        def check_answer(answer):
            return len(answer) < 2000 and "as an ai" not in answer.lower()

        def answer(context, question):
            pred = program(context=context, question=question)
            if not check_answer(pred.answer):
                return "Sorry, I cannot answer that."
            return pred.answer
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['qa/pipeline.py:5']));
  });
});
