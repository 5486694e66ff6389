// A tagged template for HTML that escapes every interpolated value unless it is
// already SafeHtml. Candidate text (CV words, repository names, source lines)
// can then only ever appear as text, never as markup or script.
import { htmlText } from '../util/safe-text.js';

export interface SafeHtml {
  readonly __html: string;
}

type Value = string | number | SafeHtml | undefined | null | false | readonly Value[];

function isSafe(v: unknown): v is SafeHtml {
  return typeof v === 'object' && v !== null && '__html' in v;
}

function toHtml(v: Value): string {
  if (v === undefined || v === null || v === false) return '';
  if (Array.isArray(v)) return v.map(toHtml).join('');
  if (isSafe(v)) return v.__html;
  return htmlText(v as string | number);
}

/** Markup the program wrote itself (never candidate text). */
export function raw(markup: string): SafeHtml {
  return { __html: markup };
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += toHtml(values[i]) + strings[i + 1];
  return { __html: out };
}
