// The shipped cue model (data/notes-cues.json) is what scripts/train-notes-cues.ts
// makes from the labelled sets as they are: retrained here, it must come out the
// same, so a changed set or reader cannot leave a stale model behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WHOLE_CORPUS_MS } from '../../../test/helpers/notes.js';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { EVAL_SETS, loadEvalSet } from '../eval.js';
import { cueFile, labelledAnswers, sha256, trainTopics } from './build.js';
import { CueFile, CUE_RULES } from './model.js';

describe('notes/cues/shipped model', () => {
  const shipped = CueFile.parse(JSON.parse(readFileSync(dataPath('notes-cues.json'), 'utf8')));

  it('was trained on every labelled set as it is now', () => {
    expect(shipped.trainedOn.map((t) => t.file)).toEqual(EVAL_SETS.map((s) => s.file));
    for (const t of shipped.trainedOn) expect(t.sha256, t.file).toBe(sha256(readFileSync(join(dataPath('notes-eval'), t.file), 'utf8')));
  });

  it('has a model for every absence finding of the three topics', () => {
    for (const [topic, rules] of Object.entries(CUE_RULES)) expect(Object.keys(shipped.topics[topic as keyof typeof CUE_RULES].rules).sort()).toEqual([...rules].sort());
  });

  it('comes out the same when retrained', { timeout: WHOLE_CORPUS_MS }, () => {
    const { sets } = loadEvalSet(dataPath('notes-eval'));
    const retrained = cueFile(trainTopics(labelledAnswers(sets, loadQuestionBank())), shipped.trainedOn);
    expect(retrained.topics).toEqual(shipped.topics);
  });
});
