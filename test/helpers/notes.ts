// Kits and inputs for the notes tests: bank questions in a one-round kit, and
// notes text in any of the formats the readers take.
import { loadQuestionBank, type Kit } from '../../src/interview/index.js';
import { kitOf, toKitQuestion } from '../../src/notes/eval.js';

/** A one-round kit of these bank questions, in this order; `label` names an unblinded candidate. */
export function notesKit(ids: string[], label?: string): Kit {
  const bank = loadQuestionBank();
  const kit = kitOf(ids.map((id) => toKitQuestion(bank.find((q) => q.id === id)!)));
  return label ? { ...kit, candidate: { label, blind: false } } : kit;
}

/** A WebVTT file from `[start seconds, speaker or null, text]` cues (voice tags when a speaker is given). */
export function vtt(cues: Array<[number, string | null, string]>): string {
  const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  return `WEBVTT\n\n${cues.map(([s, who, text]) => `${clock(s)} --> ${clock(s + 4)}\n${who ? `<v ${who}>` : ''}${text}`).join('\n\n')}\n`;
}
