// signals.md › notebook_only: the repository's own Python code lives mostly in notebooks: 70% or more of its non-blank, non-comment Python lines are in .ipynb code cells (helper modules that the notebooks import count as .py li...
import { defineDetector } from './define.js';

export const notebookOnly = defineDetector({
  id: 'notebook_only',
  area: 'engineering',
});
