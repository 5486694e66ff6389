import { describe, expect, it } from 'vitest';
import { parseFile, initPython } from '../parse/index.js';
import type { FileFacts } from '../parse/types.js';
import { FactFeed } from './context.js';
import { detectSignals } from './index.js';
import { perFile, warmFile } from './per-file.js';
import type { PyFile } from './context.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function facts(): Promise<FileFacts[]> {
  await initPython();
  return [
    parseFile('requirements.txt', enc('fastapi==0.110\nscikit-learn\n')),
    parseFile('app/main.py', enc('from fastapi import FastAPI\nfrom app.model import predict\napp = FastAPI()\n@app.post("/predict")\ndef run(x):\n    return predict(x)\n')),
    parseFile('app/model.py', enc('import joblib\nmodel = joblib.load("model.pkl")\ndef predict(x):\n    return model.predict([x])\n')),
    parseFile('train.py', enc('from sklearn.linear_model import LogisticRegression\nfrom sklearn.metrics import accuracy_score\nm = LogisticRegression().fit([[0]], [0])\nprint(accuracy_score([0], m.predict([[0]])))\n')),
    parseFile('tests/fixtures/other.py', enc('import openai\nopenai.ChatCompletion.create(model="gpt-4")\n')),
    parseFile('tests/test_model.py', enc('def test_predict():\n    assert True\n')),
  ];
}

describe('signals/per-file', () => {
  it('remembers an answer per file, works it out when warmed, and only for the files it is asked to warm', () => {
    let runs = 0;
    const lines = perFile((f: PyFile) => {
      runs++;
      return f.facts.codeLines;
    }, { warm: (f) => !f.test });
    const own: PyFile = { path: 'a.py', notebook: false, test: false, facts: { imports: [], calls: [], functions: [], classes: [], codeLines: 3, syntaxErrors: 0 } };
    const test: PyFile = { ...own, path: 'tests/test_a.py', test: true };

    warmFile(own);
    warmFile(test);
    expect(runs).toBe(1);
    expect(lines(own)).toBe(3);
    expect(runs).toBe(1);
    expect(lines(test)).toBe(3);
    expect(runs).toBe(2);
  });

  it('a warmer that throws is left for detection to meet', () => {
    const boom = perFile((f: PyFile): number => {
      if (f.path === 'bad.py') throw new Error('bad');
      return 1;
    });
    const bad: PyFile = { path: 'bad.py', notebook: false, test: false, facts: { imports: [], calls: [], functions: [], classes: [], codeLines: 0, syntaxErrors: 0 } };

    expect(() => warmFile(bad)).not.toThrow();
    expect(() => boom(bad)).toThrow('bad');
  });
});

describe('signals/context FactFeed', () => {
  it('gives the same detection as facts seen all at once', async () => {
    const all = await facts();
    const feed = new FactFeed();
    for (const f of all) feed.add(f);

    const fed = detectSignals(all, undefined, feed);
    const whole = detectSignals(await facts());

    expect(feed.matches(all)).toBe(true);
    expect(JSON.stringify(fed)).toBe(JSON.stringify(whole));
    expect(fed.signals.find((s) => s.id === 'serving_api')?.present).toBe(true);
  });

  it('is ignored when it saw other facts or another order', async () => {
    const all = await facts();
    const feed = new FactFeed();
    for (const f of [...all].reverse()) feed.add(f);

    expect(feed.matches(all)).toBe(false);
    expect(JSON.stringify(detectSignals(all, undefined, feed))).toBe(JSON.stringify(detectSignals(await facts())));
  });
});
