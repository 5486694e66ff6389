// Writes data/notes-everyday-words.txt: the everyday English words shaped like
// terms of art (src/notes/rules/jargon.ts, TERM_SHAPE), so that the jargon
// rule can tell a learned word ("turbidity", "benthic") from an everyday one
// of the same shape ("electricity", "traffic"). The words are those of SCOWL
// size 50, the lists of an ordinary spelling dictionary (Debian's wbritish and
// wamerican; about 65,000 words in small letters, both spellings): after
// `apt-get install wbritish wamerican`,
//   npx tsx scripts/build-everyday-words.ts
// (WORD_LISTS=a:b names other lists.) The smaller size 35 lists found three
// more labelled answers over the 37 sets and one more wrong one, and leave
// out everyday words ("referral", "robotic", "substation"): a learned word in
// 4% of the answers not labelled jargon, against 0.8% with size 50.
import { readFileSync, writeFileSync } from 'node:fs';
import { TERM_SHAPE } from '../src/notes/rules/jargon.js';
import { dataPath } from '../src/util/paths.js';

const LISTS = (process.env.WORD_LISTS ?? '/usr/share/dict/british-english:/usr/share/dict/american-english').split(':');
const words = new Set<string>();
for (const list of LISTS) for (const w of readFileSync(list, 'utf8').split('\n')) if (/^[a-z]+$/.test(w) && TERM_SHAPE.test(w)) words.add(w);
const header = [
  '# Everyday English words shaped like terms of art (scripts/build-everyday-words.ts): the words of SCOWL size 50,',
  '# British and American spellings (Debian wbritish and wamerican), that match TERM_SHAPE in',
  '# src/notes/rules/jargon.ts. A word of that shape not listed here counts as a term of art in a plain explanation.',
  '#',
  '# SCOWL (Spell Checker Oriented Word Lists): the collective work is Copyright 2000-2011 by Kevin Atkinson.',
  '# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output',
  '# created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that',
  '# the above copyright notice appears in all copies and that both that copyright notice and this permission',
  '# notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of',
  '# this array for any purpose. It is provided "as is" without express or implied warranty.',
];
writeFileSync(dataPath('notes-everyday-words.txt'), `${[...header, ...[...words].sort()].join('\n')}\n`);
console.log(`${words.size} words`);
