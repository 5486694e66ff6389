// Tools named only to compare or to carry a skill over, not as tools used
// there: "applied the same discipline to ML metrics and monitoring
// (Prometheus/Grafana)", "apliqué la misma disciplina a …", "a feature store
// similar to Feast". "Built dashboards with Grafana" is a plain claim.

/** Carrying a skill over to other work: the rest of the sentence is that other work. */
const TRANSFER = [
  /\b(?:appl(?:y|ied|ying)|br(?:ing|ought|inging)|carr(?:y|ied|ying)|transferr?(?:ed|ing)?|translat(?:e|ed|ing))\s+(?:(?:the|this|that|my)\s+)?same\s+(?:[\p{L}-]+\s+){0,3}(?:to|into)\b/giu,
  /\b(?:skills?|experience|discipline|mindset)\s+(?:that\s+)?(?:transfers?|transferr(?:ed|able))\s+(?:directly\s+)?(?:to|into)\b/giu,
  /(?<!\p{L})(?:apliqu[ée]|aplico|aplicando|llev[ée]|trasladé|traslado|transfer[íi]|transfiero)\s+(?:(?:la|el|las|los)\s+)?mism[oa]s?\s+(?:[\p{L}-]+\s+){0,3}(?:a|al)(?!\p{L})/giu,
  /(?<!\p{L})(?:habilidades|experiencia|disciplina)\s+transferibles?\s+(?:a|al)(?!\p{L})/giu,
];

/** Comparing with a tool: only the phrase compared with, up to a comma, a clause or "using"/"with". */
const LIKENESS = [
  /\b(?:similar|akin|analogous|comparable)\s+to\b|\bin\s+the\s+style\s+of\b|\bmodell?ed\s+(?:on|after)\b/giu,
  /(?<!\p{L})(?:similar(?:es)?|parecid[oa]s?|an[áa]log[oa]s?|comparables?)\s+(?:a|al)(?!\p{L})|(?<!\p{L})al\s+(?:igual|estilo)\s+(?:que|de)(?!\p{L})/giu,
];

const SENTENCE_END = /[.;!?](?=\s|$)/g;
const PHRASE_END = /[,;.!?](?=\s|$)|\s(?:using|with|via|by|but|while|usando|con|mediante|pero)\s/giu;

function endFrom(text: string, from: number, stop: RegExp): number {
  stop.lastIndex = from;
  const m = stop.exec(text);
  return m ? m.index : text.length;
}

/** The spans of text that only compare with a tool or carry a skill over to other work. */
export function comparisonSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const cue of TRANSFER) for (const m of text.matchAll(cue)) spans.push([m.index, endFrom(text, m.index + m[0].length, SENTENCE_END)]);
  for (const cue of LIKENESS) for (const m of text.matchAll(cue)) spans.push([m.index, endFrom(text, m.index + m[0].length, PHRASE_END)]);
  return spans;
}

/** True when the text at `at` sits in such a span: the tool there is no claim of use where it is written. */
export function inComparison(text: string, at: number): boolean {
  return comparisonSpans(text).some(([from, to]) => at >= from && at < to);
}
