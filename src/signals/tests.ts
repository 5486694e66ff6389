// A test whose body is a placeholder (`pass`, `...`, `assert True`) tests
// nothing: it is no automated test, and never cited. A TestCase subclass
// counts unless every test method of it is a placeholder.
import type { FunctionFact } from '../parse/types.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext, PyFile } from './context.js';
import { codeEvidence } from './evidence.js';
import type { Evidence } from './types.js';

/** `unittest.TestCase`, Django's `TestCase`, DRF's `APITestCase`, `IsolatedAsyncioTestCase`, ... */
function isTestCaseBase(base: string): boolean {
  const last = base.slice(base.lastIndexOf('.') + 1);
  return last.endsWith('TestCase');
}

function isTestFunction(fn: FunctionFact): boolean {
  return fn.name.startsWith('test');
}

/** The first real test in a file (a `test*` function or method, or a TestCase subclass), by line. */
function firstTest(file: PyFile): Evidence | undefined {
  const found: Evidence[] = [];
  const tests = file.facts.functions.filter(isTestFunction);
  for (const fn of tests) {
    if (!fn.placeholder) found.push(codeEvidence(file.path, fn, `def ${fn.name}`, 'function'));
  }
  for (const cls of file.facts.classes) {
    const base = cls.bases.find(isTestCaseBase);
    const methods = tests.filter((fn) => fn.className === cls.name);
    if (base && (methods.length === 0 || methods.some((fn) => !fn.placeholder))) found.push(codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class'));
  }
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0];
}

/**
 * A file that calls its own test functions from module level is a script
 * (a database check, a manual smoke run) more than a test suite: still a
 * test by the rule, cited after files a runner collects.
 */
function runsItsTestsAsScript(file: PyFile): boolean {
  const tests = new Set(file.facts.functions.filter((fn) => isTestFunction(fn) && fn.className === undefined).map((fn) => fn.name));
  return tests.size > 0 && file.facts.calls.some((c) => c.inFunction === undefined && tests.has(c.name));
}

function detectTests(ctx: DetectContext): DetectResult {
  const testFiles = ctx.python.filter((f) => f.test && !f.notebook);
  const evidence: Evidence[] = [];
  let tests = 0;
  let placeholders = 0;
  for (const file of testFiles) {
    const functions = file.facts.functions.filter(isTestFunction);
    placeholders += functions.filter((fn) => fn.placeholder).length;
    const first = firstTest(file);
    if (!first) continue;
    evidence.push(runsItsTestsAsScript(file) ? { ...first, secondary: true } : first);
    tests += functions.filter((fn) => !fn.placeholder).length;
  }
  const skipped = placeholders > 0 ? `; ${placeholders} placeholder tests (pass, assert True) not counted` : '';
  if (evidence.length > 0) return { evidence, note: `test files: ${evidence.length}, test functions: ${tests}${skipped}` };
  // A test runner declared and never used is a hint (run.ts): the signal's catalogue tools.
  if (placeholders > 0) return { evidence: [], note: `no real test: ${placeholders} test functions are placeholders (pass, ..., assert True)` };
  const note = testFiles.length > 0 ? `${testFiles.length} test-named files define no test function or TestCase` : undefined;
  return note ? { evidence: [], note } : [];
}

export const tests = defineDetector({
  id: 'tests',
  area: 'engineering',
  rule: 'at least one automated test exists: a `test_*.py` / `*_test.py` file, or a file under `tests/`, that defines a `test_` function or a `unittest.TestCase` subclass. A file named `test_x.py` holding only a script is not a test.',
  uses: 'declared',
  detect: detectTests,
});
