// The trackers a training configuration reports to when it is kept in a
// config file rather than in code: Hugging Face TrainingArguments' `report_to`
// (https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments.report_to),
// loaded from YAML (`report_to: wandb`, `report_to: [wandb, mlflow]`, or a
// block list under the key), JSON (`"report_to": ["wandb"]`, HfArgumentParser's
// json files) or TOML (`report_to = "wandb"`). Read line by line, as
// env-settings.ts reads its settings: a config that is a template, or no
// valid document, still says what it reports to. Commented-out lines are
// skipped. Which values name a tracker is the catalogue's business
// (catalog/tools/mlops-calls.ts › REPORT_TO); every value is kept.
import type { ConfigFact, FileFacts } from './types.js';

/** Config facts whose text is one value of a `report_to` setting. */
const REPORT_TO_KEY = 'report_to';

// `report_to: v`, `- report_to: v`, `report_to = v`; a quoted key anywhere on the line (`{"report_to": v}`, minified JSON).
const SETTING = /(?:^(?:-\s+)?report_to|["']report_to["'])\s*[:=]\s*(.*)$/;
const LIST_ITEM = /^-\s*(.*)$/;
/** A bracketed list spans at most this many lines. */
const MAX_LIST_LINES = 20;

/** The value as the program reads it: a trailing comment, JSON comma and quotes removed. */
function cleanValue(raw: string): string {
  const v = raw.trim();
  const quoted = /^(["'])(.*?)\1/.exec(v);
  if (quoted) return quoted[2];
  return v.replace(/\s+(#|\/\/).*$/, '').replace(/,$/, '').trim();
}

function isComment(line: string): boolean {
  return line.startsWith('#') || line.startsWith('//');
}

/** The values of a bracketed list that opens at line `start` (0-based), each at its own line. */
function bracketed(lines: readonly string[], start: number, first: string): ConfigFact[] {
  const out: ConfigFact[] = [];
  let rest = first.slice(1);
  for (let i = start; i < Math.min(lines.length, start + MAX_LIST_LINES); i++) {
    if (i > start) rest = lines[i].trim();
    const end = rest.indexOf(']');
    const inside = end >= 0 ? rest.slice(0, end) : rest;
    if (!isComment(inside)) {
      for (const item of inside.split(',')) {
        const value = cleanValue(item);
        if (value !== '') out.push({ key: REPORT_TO_KEY, text: value, line: i + 1 });
      }
    }
    if (end >= 0) break;
  }
  return out;
}

/** The items of a YAML block list below the key at line `start` (0-based). */
function blockList(lines: readonly string[], start: number): ConfigFact[] {
  const out: ConfigFact[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || isComment(line)) continue;
    const item = LIST_ITEM.exec(line);
    if (!item) break;
    const value = cleanValue(item[1]);
    if (value !== '') out.push({ key: REPORT_TO_KEY, text: value, line: i + 1 });
  }
  return out;
}

/** `report_to` ConfigFacts, one for each value a config file sets, at the value's line. */
export function reportToSettings(text: string): ConfigFact[] {
  if (!text.includes('report_to')) return [];
  const lines = text.split(/\r?\n/);
  const out: ConfigFact[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (isComment(line)) continue;
    const setting = SETTING.exec(line);
    if (!setting) continue;
    const raw = setting[1].trim();
    if (raw.startsWith('[')) out.push(...bracketed(lines, i, raw));
    else if (raw === '' || isComment(raw)) out.push(...blockList(lines, i));
    else {
      const value = cleanValue(raw);
      if (value !== '') out.push({ key: REPORT_TO_KEY, text: value, line: i + 1 });
    }
  }
  return out;
}

/** Parser for JSON and TOML configuration files: only their `report_to` settings. */
export function parseReportToConfig(text: string): Partial<FileFacts> {
  const configs = reportToSettings(text);
  return configs.length > 0 ? { configs } : {};
}
