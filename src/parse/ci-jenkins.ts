// Jenkins pipeline syntax: https://www.jenkins.io/doc/book/pipeline/syntax/
// A Jenkinsfile is Groovy, read here by patterns: `stage('x')` starts a job,
// `sh`/`bat`/`powershell` strings are its script lines, `cron(...)` in
// `triggers {}` (or `pipelineTriggers`) is a schedule. Jenkins (multibranch)
// builds on push.
import { emptyCi, jobOf, stepOf, unique } from './ci-common.js';
import { lineIndex } from './text-lines.js';
import type { CiFacts, CiJob, CiStep } from './types.js';

// Each run of spaces can be matched one way only (`\s*\(?\s*` would try
// every split of a long run), and a stage name stops at its quote.
const STAGE = /\bstage\s*\(\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\)/g;
const SCRIPT = /\b(sh|bat|powershell|pwsh)\b\s*(?:\(\s*)?(?:script\s*:\s*)?('''|"""|'|")/g;
const CRON = /\bcron\s*(?:\(\s*)?(?:spec\s*:\s*)?('''|"""|'|")/g;

export function readJenkinsfile(text: string): CiFacts {
  const source = blankComments(text);
  const ci = emptyCi('jenkins');
  const lineAt = lineIndex(source);
  const crons: string[] = [];
  for (const m of source.matchAll(CRON)) {
    const spec = stringAt(source, m.index + m[0].length, m[1]);
    for (const s of spec.split('\n')) {
      const line = s.trim();
      if (line !== '' && !line.startsWith('#') && !line.startsWith('TZ=')) crons.push(line);
    }
    if (ci.triggerLine === 1) ci.triggerLine = lineAt(m.index);
  }
  const triggersBlock = /\btriggers\s*\{/.exec(source);
  if (triggersBlock && crons.length === 0) ci.triggerLine = lineAt(triggersBlock.index);
  ci.crons = unique(crons);
  const events = ['push'];
  if (crons.length > 0) events.push('schedule');
  if (/\bupstream\s*\(/.test(source)) events.push('pipeline');
  ci.triggers = events;
  ci.jobs = jobsOf(source, lineAt);
  return ci;
}

/** Script steps grouped by the stage they follow; steps before any stage form the job `pipeline`. */
function jobsOf(source: string, lineAt: (index: number) => number): CiJob[] {
  const stages = [...source.matchAll(STAGE)].map((m) => ({ name: m[1] ?? m[2], index: m.index, line: lineAt(m.index) }));
  const jobs = [{ name: 'pipeline', index: -1, line: 1 }, ...stages].map((s) => ({ ...s, steps: [] as CiStep[] }));
  // Scripts and stages are both in text order: the owner only moves forward.
  let owner = 0;
  for (const m of source.matchAll(SCRIPT)) {
    const run = stringAt(source, m.index + m[0].length, m[2]).trim();
    while (owner + 1 < jobs.length && jobs[owner + 1].index < m.index) owner++;
    jobs[owner].steps.push(stepOf(lineAt(m.index), { run }));
  }
  return jobs
    .filter((j) => j.name !== 'pipeline' || j.steps.length > 0)
    .map((j) => jobOf(j.name, j.line, j.steps, true));
}

/** The string body from `start` up to the closing `quote` (escapes skipped). */
function stringAt(source: string, start: number, quote: string): string {
  let i = start;
  while (i < source.length) {
    if (source[i] === '\\' && quote.length === 1) i += 2;
    else if (source.startsWith(quote, i)) break;
    else i++;
  }
  return source.slice(start, i);
}

/**
 * Replaces `//` and `/* *\/` comments outside strings by spaces (newlines
 * kept, so offsets and lines stay) so commented-out steps do not count.
 */
function blankComments(text: string): string {
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const quote = ["'''", '"""', "'", '"'].find((q) => text.startsWith(q, i));
    if (quote) {
      i += quote.length;
      i += stringAt(text, i, quote).length + quote.length;
      continue;
    }
    const end = text.startsWith('//', i) ? text.indexOf('\n', i) : text.startsWith('/*', i) ? text.indexOf('*/', i + 2) + 2 : i;
    if (end === i) {
      i++;
      continue;
    }
    const stop = end <= i ? text.length : end;
    for (let j = i; j < stop; j++) if (out[j] !== '\n') out[j] = ' ';
    i = stop;
  }
  return out.join('');
}
