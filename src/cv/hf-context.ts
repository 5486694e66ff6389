// "Transformers" alone names an architecture as often as the Hugging Face
// library, so it is no claim by itself. It is the library when the CV says so:
// "Transformers library", or beside other Hugging Face tools in the same
// clause ("Transformers ecosystem (Transformers, PEFT, TRL)", "Hugging Face:
// Transformers, Datasets"). Real-people review: such a CV was said not to
// claim Hugging Face Transformers.
import { getLexicon, type SkillEntry, type SkillForm } from './lexicon.js';

/** Hugging Face tools whose company in a clause makes a bare "Transformers" the library. */
const HF_TOOLS = new Set(['transformers', 'peft', 'trl', 'hf-datasets', 'accelerate', 'diffusers', 'huggingface-hub', 'optimum', 'setfit', 'hf-training']);
const BARE = /\bTransformers\b/g;
/** A clause: up to a sentence end, a semicolon or a line break. */
const CLAUSE_END = /[.;!?\n]/;

interface Span {
  entry: SkillEntry;
  form: SkillForm;
  start: number;
  end: number;
  text: string;
}

function clause(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to])) to++;
  return [from, to];
}

/** Hits for each bare "Transformers" that names the Hugging Face library (see above), given the text's other hits. */
export function hfTransformersHits<H extends Span>(text: string, hits: readonly H[]): Span[] {
  const entry = getLexicon().entries.find((e) => e.id === 'transformers');
  if (!entry) return [];
  const form = entry.forms.find((f) => !f.weak) ?? entry.forms[0];
  const out: Span[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const [from, to] = clause(text, start, end);
    const library = /^\s+(library|lib)\b/i.test(text.slice(end));
    const company = hits.some((h) => HF_TOOLS.has(h.entry.id) && h.start >= from && h.end <= to);
    if (library || company) out.push({ entry, form, start, end, text: m[0] });
  }
  return out;
}
