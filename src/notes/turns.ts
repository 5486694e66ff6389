// Who is the candidate, and the notes as turns: runs of one speaker's
// utterances, each split into sentences. Lines without a speaker continue the
// speaker before them; before the first speaker they are nobody's words.
import { UserError } from '../util/errors.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { foldName, ROLE_WORDS, samePerson } from './speaker-prefix.js';
import type { NotesDocument, Utterance } from './types.js';

export type Role = 'candidate' | 'interviewer';

export interface Speakers {
  /** Folded speaker label → role. */
  roles: Map<string, Role>;
  /** The label taken as the candidate's, as written. */
  candidate: string | null;
  list: Array<{ name: string; role: Role; words: number }>;
  notes: string[];
}

export interface Turn {
  role: Role | 'heading' | 'nobody';
  speaker?: string;
  sentences: Sentence[];
}

const words = (u: Utterance) => (u.text.match(/\S+/g) ?? []).length;

/**
 * Roles of the speakers: the one named `candidate` (or, without a name, a
 * role label such as `Candidate` or `A`, else the kit's candidate label, else
 * whoever speaks most) is the candidate; everyone else is an interviewer.
 */
export function resolveSpeakers(doc: NotesDocument, candidate?: string, kitLabel?: string): Speakers {
  const seen = new Map<string, { name: string; words: number }>();
  for (const u of doc.utterances) {
    if (!u.speaker || u.heading) continue;
    const key = foldName(u.speaker);
    const entry = seen.get(key) ?? { name: u.speaker, words: 0 };
    entry.words += words(u);
    seen.set(key, entry);
  }
  const notes: string[] = [];
  if (seen.size === 0) {
    return { roles: new Map(), candidate: null, list: [], notes: ['no speakers are named: every line is read as the candidate’s words'] };
  }
  const keys = [...seen.keys()];
  let chosen = candidate ? keys.filter((k) => samePerson(seen.get(k)!.name, candidate)) : [];
  if (candidate && chosen.length === 0) chosen = keys.filter((k) => ROLE_WORDS[k] === 'candidate');
  if (candidate && chosen.length === 0) {
    throw new UserError(`no speaker in the notes is called "${candidate}" (speakers: ${[...seen.values()].map((s) => s.name).join(', ')})`, 'E_USAGE');
  }
  if (chosen.length === 0) chosen = keys.filter((k) => ROLE_WORDS[k] === 'candidate');
  if (chosen.length === 0 && kitLabel) chosen = keys.filter((k) => samePerson(seen.get(k)!.name, kitLabel));
  if (chosen.length === 0) {
    const talkers = keys.filter((k) => ROLE_WORDS[k] !== 'interviewer').sort((a, b) => seen.get(b)!.words - seen.get(a)!.words);
    if (talkers.length > 0) {
      chosen = [talkers[0]];
      if (keys.length > 1) notes.push(`the candidate was taken to be ${seen.get(talkers[0])!.name}, who speaks most; name the candidate to choose another`);
    }
  }
  const roles = new Map<string, Role>(keys.map((k) => [k, chosen.includes(k) ? 'candidate' : 'interviewer']));
  const list = keys.map((k) => ({ name: seen.get(k)!.name, role: roles.get(k)!, words: seen.get(k)!.words }));
  return { roles, candidate: chosen.length > 0 ? seen.get(chosen[0])!.name : null, list, notes };
}

/** The notes as turns, in order. */
export function buildTurns(doc: NotesDocument, speakers: Speakers): Turn[] {
  const turns: Turn[] = [];
  let pieces: Utterance[] = [];
  let role: Turn['role'] = speakers.roles.size === 0 ? 'candidate' : 'nobody';
  let speaker: string | undefined;
  const flush = () => {
    if (pieces.length > 0) turns.push({ role, ...(speaker ? { speaker } : {}), sentences: sentencesOf(pieces) });
    pieces = [];
  };
  for (const u of doc.utterances) {
    if (u.heading) {
      flush();
      turns.push({ role: 'heading', sentences: sentencesOf([u]) });
      continue;
    }
    if (u.speaker && foldName(u.speaker) !== (speaker && foldName(speaker))) {
      flush();
      speaker = u.speaker;
      role = speakers.roles.get(foldName(u.speaker)) ?? 'interviewer';
    }
    if (u.text.trim() !== '') pieces.push(u);
  }
  flush();
  return turns.filter((t) => t.sentences.length > 0);
}
