// Interview notes and transcripts (docs/notes.md): readers, analyseNotes, renderers, the labelled evaluation.
export { analyseNotes, NOTES_ADVISORY, type AnalyseOptions, type NotesInput } from './analyse.js';
export { parseNotesText, readNotes, readNotesFile, MAX_NOTES_BYTES, type TextFormat } from './read.js';
export { renderNotesMarkdown, renderNotesTerminal } from './render-text.js';
export { renderNotesHtml } from './render-html.js';
export { evaluateNotes, loadEvalSet, EVAL_SETS, type NotesEvalReport, type RuleScore } from './eval.js';
export { renderNotesEvalTable } from './render-eval.js';
export { topicsOf } from './suggest.js';
export type * from './types.js';
export { NOTE_RULES, NOTE_RULE_IDS, NOTES_FORMATS, RULE_GROUPS, TOPICS } from './types.js';
