import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { tests } from './tests.js';

describe('signals/tests', () => {
  it('is present for a pytest function, located at its def', async () => {
    const result = await detect(tests, {
      'tests/test_model.py': py`
        import pytest

        from app.model import predict


        def test_predict_returns_label():
            assert predict([1]) in (0, 1)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['tests/test_model.py:6']);
    expect(result.note).toBe('test files: 1, test functions: 1');
  });

  it('is present for a TestCase subclass (unittest, or a framework base ending in TestCase)', async () => {
    const result = await detect(tests, {
      'encoders/test_encoders.py': py`
        import unittest


        class EncoderTests(unittest.TestCase):
            def check(self):
                self.assertTrue(True)
      `,
      'api/tests/views.py': py`
        from rest_framework.test import APITestCase


        class PredictViewTests(APITestCase):
            pass
      `,
    });

    expect(locations(result)).toEqual(['api/tests/views.py:4', 'encoders/test_encoders.py:4']);
    expect(result.evidence[1].match).toBe('class EncoderTests(unittest.TestCase)');
  });

  it('is absent for a test_x.py that is only a script, and for tests only mentioned', async () => {
    const result = await detect(tests, {
      'test_api.py': py`
        import requests

        # def test_api(): was removed
        resp = requests.post("http://localhost:8000/predict", json={"x": 1})
        print("test_ok", resp.json())
      `,
      'README.md': 'Run the tests with `pytest tests/`.\n',
      'src/util.py': py`
        def test_connection():
            return True
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('1 test-named files define no test function or TestCase');
  });

  it('is declared-only when pytest is a dependency but no test exists', async () => {
    const result = await detect(tests, {
      'requirements-dev.txt': text`
        pytest==8.1.1
      `,
      'app.py': 'def main():\n    return 1\n',
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements-dev.txt:1']);
  });

  it('cites a test with a real assertion before a placeholder file, and does not count placeholders', async () => {
    const result = await detect(tests, {
      'tests/test_a_placeholder.py': py`
        def test_nothing_yet():
            pass
      `,
      'tests/test_b_model.py': py`
        from app.model import predict


        def test_todo():
            assert True


        def test_predict():
            assert predict([1]) == 0
      `,
    });

    expect(locations(result)).toEqual(['tests/test_b_model.py:8']);
    expect(result.note).toBe('test files: 1, test functions: 1; 2 placeholder tests (pass, assert True) not counted');
  });

  it('is absent when every test is a placeholder, a mention, or a TestCase whose tests are placeholders', async () => {
    const result = await detect(tests, {
      'tests/test_app.py': py`
        import unittest


        def test_app():
            """Write me."""
            ...


        class AppTests(unittest.TestCase):
            def test_runs(self):
                self.assertTrue(True)
      `,
      'README.md': 'def test_app(): assert run() is not None\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('no real test: 2 test functions are placeholders (pass, ..., assert True)');
  });

  it('cites a test a runner collects before a test file that calls its own tests as a script, and both before a scratch folder', async () => {
    const result = await detect(tests, {
      'a_db/test_db.py': py`
        import psycopg2


        def test_connection():
            conn = psycopg2.connect("dbname=app")
            print(conn.status)


        test_connection()
      `,
      'scratch/test_try.py': py`
        def test_try():
            assert 1 + 1 == 2
      `,
      'tests/test_model.py': py`
        def test_predict():
            assert round(0.4) == 0
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['tests/test_model.py:1', 'a_db/test_db.py:4', 'scratch/test_try.py:1']);
    expect(result.evidence[1].secondary).toBe(true);
  });
});
