// `evident eval-notes` as a table per labelled set: precision and recall per
// finding type, every disagreement, and whether paired phrasings agreed.
import type { NotesEvalReport } from './eval.js';

const pct = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

export function renderNotesEvalTable(sets: Array<{ name: string; report: NotesEvalReport }>): string {
  const out: string[] = [];
  for (const { name, report } of sets) {
    out.push(`${name}: ${report.items} labelled answers`, '', 'finding                  labelled  TP  FP  FN  precision  recall');
    for (const r of report.rules) {
      out.push(`${r.rule.padEnd(24)} ${String(r.support).padStart(8)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`);
    }
    out.push('', `paired phrasings with the same findings: ${report.pairs.same} of ${report.pairs.total}`);
    for (const d of report.pairs.differing) out.push(`  ${d.id} / ${d.pair}: only the first ${d.onlyFirst.join(', ') || '-'}; only the second ${d.onlySecond.join(', ') || '-'}`);
    out.push(report.disagreements.length ? 'disagreements (missed: labelled, not raised; extra: raised, not labelled):' : 'no disagreements');
    for (const d of report.disagreements) out.push(`  ${d.kind.padEnd(6)} ${d.rule.padEnd(24)} ${d.id}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
