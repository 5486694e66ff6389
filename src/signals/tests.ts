// signals.md › tests: at least one automated test exists: a test_*.py / *_test.py file, or a file under tests/, that defines a test_ function or a unittest.TestCase subclass. A file named test_x.py holding only a script...
import { defineDetector } from './define.js';

export const tests = defineDetector({
  id: 'tests',
  area: 'engineering',
});
