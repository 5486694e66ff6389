// Uses of a catalogue tool that show the tool used (the claims matrix) and
// feed none of its signals: a Spark table format named as a data source
// (`.format("delta")`, SQL `USING DELTA`: no import needed on Databricks),
// and a call of a package whose catalogue `imports` name only the part that
// feeds a signal (`aiohttp.ClientSession()`: aiohttp used, no API served).
// Real-people review: Delta Lake "not in the repositories screened" beside
// notebooks writing Delta tables; aiohttp "only declared" beside client calls.
import { TOOLS } from '../../catalog/index.js';
import { SPARK_SOURCE_CALLS, TABLE_FORMATS } from '../../catalog/tools/mlops.js';
import type { DetectContext } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

/** The tool a Spark format word names (`delta` → Delta Lake), if any. */
function formatTool(word: string): string | undefined {
  return Object.hasOwn(TABLE_FORMATS, word.toLowerCase()) ? TABLE_FORMATS[word.toLowerCase()] : undefined;
}

/** Evidence of each tool used beyond its signals' evidence, by tool id. */
export function claimOnlyUses(ctx: DetectContext): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  const add = (e: Evidence) => e.tool && out.set(e.tool, [...(out.get(e.tool) ?? []), e]);
  for (const tool of TOOLS) {
    if (!tool.packageImports?.length || ctx.isShadowed(tool.id)) continue;
    // A call of the package in a file that imports it (an import never used is a mention).
    const importing = new Set(ctx.imports(tool.packageImports).filter(({ fact }) => !fact.unused).map(({ path }) => path));
    for (const { path, fact } of ctx.calls(tool.packageImports)) if (importing.has(path)) add(codeEvidence(path, fact, `${fact.name}()`, 'call', tool.id));
  }
  for (const file of ctx.python) {
    for (const call of file.facts.calls) {
      if (!SPARK_SOURCE_CALLS.test(call.name)) continue;
      const word = call.strings.find((s) => formatTool(s));
      if (word) add(codeEvidence(file.path, call, `${call.name}("${word}")`, 'call', formatTool(word)));
    }
    for (const clause of file.facts.tableFormats ?? []) {
      const tool = formatTool(clause.text.split(' ').pop() ?? '');
      if (tool) add(codeEvidence(file.path, clause, clause.text, 'call', tool));
    }
  }
  return out;
}
