import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python-placeholder', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('marks defs whose body only passes, holds a docstring or ellipsis, or asserts True', () => {
    const facts = parsePython(py`
      def test_pass():
          pass

      def test_doc():
          """TODO."""
          ...

      def test_true():
          # nothing yet
          assert True

      class T:
          def test_case(self):
              self.assertTrue(True)

      def test_real():
          assert add(1, 2) == 3

      def test_false():
          assert False

      def test_compare():
          assert 1 == 1.0
    `);

    const marked = facts.functions.filter((f) => f.placeholder).map((f) => f.name);
    expect(marked).toEqual(['test_pass', 'test_doc', 'test_true', 'test_case']);
  });

  it('marks stubs that only return nothing, not a def that returns a value', () => {
    const facts = parsePython(py`
      def retrain_model():
          # Code to retrain your model
          return

      def train():
          """Train the model."""
          return None

      def config():
          return 1

      def features(df):
          return df[df.x > 0]
    `);

    expect(facts.functions.filter((f) => f.placeholder).map((f) => f.name)).toEqual(['retrain_model', 'train']);
  });
  it('marks defs that only return a parameter unchanged as identities, not placeholders', () => {
    const facts = parsePython(py`
      def preprocess_data(df):
          # Add any preprocessing steps here
          return df

      def documented(rows, n=3):
          """Nothing to do yet."""
          return rows

      def clean(df):
          return df.dropna()

      def pick(a, b):
          return b if a is None else a

      def constant(df):
          return DEFAULT

      def stub(df):
          pass
    `);

    expect(facts.functions.filter((f) => f.identity).map((f) => f.name)).toEqual(['preprocess_data', 'documented']);
    expect(facts.functions.filter((f) => f.placeholder).map((f) => f.name)).toEqual(['stub']);
  });
});
