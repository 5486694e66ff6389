// A term said and explained in the same breath: the acronym rule and the
// jargon rule both read a term followed by what it is as explained.

/** Said what it is right after it: `NDVI, which is a greenness score`, `AUC - that's how well it ranks`. */
const DEFINED_AFTER =
  /^(?:\s+[\w-]+){0,3}?[\s,(–—-]*(?:(?:sorry|well|i mean|basically|so|ok|okay)[\s,]+)?(?:which|that|it|this)(?: just| simply| basically| really| actually)?(?:'s|’s| is| are| means| mean)(?: just| simply| like| kind of| basically)? (?:a|an|the|how|what|when|where|whether|just|which|it|they|we|you|(?:[\w-]+ ){1,2}(?:that|which|who|what|used to)\b)\b/i;
/** Glossed in the same breath: `a PLC, the little computer that switches the motors`, `OCR, "reading the text off the photo"`, `PLC (the controller)`. */
export const GLOSSED_AFTER = /^s?(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who|for|used|to)\b|,?\s*["“(‘'](?:[^"”)’']*?\s){2,}[^"”)’']*["”)’'])/i;
/** Explained when asked: `explained CNN as "a kind of image model"`. */
const EXPLAINED_BEFORE = /\b(?:explained|described|defined|glossed|put)(?: it| this| that)? $/i;
const AS_AFTER = /^\s+as\b/i;

/** `text` explains the term at `index`..`index + length` where it is said: what it is right after it, or "explained it as". */
export function glossed(text: string, index: number, length: number): boolean {
  const rest = text.slice(index + length);
  return DEFINED_AFTER.test(rest) || GLOSSED_AFTER.test(rest) || explainedAs(text, index, length);
}

/** Explained when asked: `explained CNN as "a kind of image model"`. */
export const explainedAs = (text: string, index: number, length = 0): boolean =>
  EXPLAINED_BEFORE.test(text.slice(0, index)) && AS_AFTER.test(text.slice(index + length));
