// Issue 14, review on real people: a data engineer whose repositories were
// Airflow DAGs, Kafka and Spark jobs, with one FastAPI microservice, was asked
// a question that opened "Most of what we saw in your repositories is web
// development". The web-without-ML flag only says a web framework is used and
// no repository shows ML; the question says that and nothing more.
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from './bank.js';

describe('interview bank: the web-without-ML question states only what the flag is drawn from', () => {
  it('claims no share of the portfolio and says that a lot of work is private', () => {
    const questions = loadQuestionBank().filter((q) => q.applies.red_flag?.includes('web_without_ml'));

    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/\bmost\b|\bmainly\b|\bmostly\b/i);
      expect(q.prompt).toMatch(/web framework/);
      expect(q.prompt).toMatch(/private/);
      // ML and LLM work is read in Python only: an LLM call in TypeScript is not seen.
      expect(q.prompt).toMatch(/in their Python code/);
    }
  });
});
