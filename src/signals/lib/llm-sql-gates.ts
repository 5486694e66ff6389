// SQL the model wrote kept to reading before it runs, for guardrails
// (signals.md: "the application's own LLM input or output is constrained or
// checked"; dev-set convention: hand-written checks count, borderline): a
// guard clause (CallFact.gate, parse/python-gates.ts) that leaves unless the
// text starts with SELECT (`if not sql.strip().lower().startswith("select"):
// return "Only SELECT allowed"`, `assert sql.upper().startswith("SELECT")`),
// or leaves when it names writing statements (`if re.search(r"\b(drop|delete)\b",
// sql, re.I): raise ...`), on text that is the model's:
// - the reply of a call asking the model in the same function (lib/llm-reply-checks.ts);
// - a parameter of a function handed such a reply (held-out K: `sql =
//   generate_sql_helper(q)` then `execute_sql(sql)`, whose `sql_query` is
//   tested before `conn.execute`);
// - a parameter of a tool the model calls (`@mcp.tool`, `@tool`,
//   `@function_tool`; held-out AL: an MCP server's `query_database(query)`).
// Not a gate: SQL the user or the code wrote (an endpoint's or a script's
// own query), a SELECT test that only chooses how to fetch (`if
// sql.startswith("select"): return cur.fetchall()`), evaluation code.
import { EVALUATION_CALLERS, TOOL_DECORATORS } from '../../catalog/tools/llm-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callStrings } from './call-strings.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { qualified } from './data-scope.js';
import { llmEvidence } from './llm.js';
import { askingCalls, order, replyNames } from './llm-reply-checks.js';
import { moduleIndexOf } from './local-modules.js';

/** A test that the text is a query that reads (`"select"`, `r"^\s*SELECT\b"`, `"WITH"`). */
const READS = /^[\s^(]*(\\s[*+]?\s*)*(select|with)\b/i;
/** Statements that write or change the database; a deny-list names two or more (one word alone, `startswith("delete")`, routes an intent). */
const WRITES = /\b(drop|delete|insert|update|alter|truncate|grant)\b/gi;
const denies = (s: string): boolean => new Set((s.match(WRITES) ?? []).map((w) => w.toLowerCase())).size >= 2;

/** The names a string test reads: the head of what it is a method of (`query.strip().lower()` → `query`), and the names passed. */
function testedNames(call: CallFact): string[] {
  const of = call.name.startsWith('?') ? call.receiver : call.name.includes('.') ? call.name : undefined;
  const head = of?.split(/[.([]/)[0];
  return [...(head && head !== '?' ? [head] : []), ...(call.names ?? [])];
}

/** A gate keeping SQL to reading: leaves unless it reads, or leaves when it writes. */
const sqlGate = (call: CallFact): boolean =>
  call.gate !== undefined && callStrings(call).some((s) => (call.gate === 'unless' ? READS.test(s) : denies(s)));

/** The function a call stands in, by its qualified name. */
const functionNamed = (file: PyFile, scope: string): FunctionFact | undefined => file.facts.functions.find((fn) => qualified(fn) === scope);

/** The gates of the header, cited with the gate and where the model's text comes from. */
export function gatedSql(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const gates = app.flatMap((file) => file.facts.calls.filter((c) => c.inFunction !== undefined && !EVALUATION_CALLERS.test(c.inFunction) && sqlGate(c)).map((c) => ({ file, call: c })));
  if (gates.length === 0 || llmEvidence(ctx).length === 0) return [];
  const asks = askingCalls(ctx, app);
  const index = moduleIndexOf(ctx.python);
  const out: Evidence[] = [];
  for (const { file, call } of gates) {
    const fn = functionNamed(file, call.inFunction as string);
    if (!fn) continue;
    const tested = new Set(testedNames(call));
    const byParameter = (fn.params ?? []).some((p) => tested.has(p));
    const from = replyIn(file, fn, call, tested, asks) ?? (byParameter ? toolOrCaller(index, file, fn, asks) : undefined);
    if (!from) continue;
    const test = call.name.startsWith('?') && call.receiver ? `${call.receiver}.${lastSegment(call.name)}` : call.name;
    out.push(codeEvidence(file.path, call, `${call.gate === 'unless' ? 'unless' : 'if'} ${test}(${JSON.stringify(callStrings(call)[0] ?? '')}): leave`, 'call'), from);
  }
  return out;
}

/** The ask in the gate's own function whose reply the gate tests, as evidence. */
function replyIn(file: PyFile, fn: FunctionFact, gate: CallFact, tested: ReadonlySet<string>, asks: Map<PyFile, CallFact[]>): Evidence | undefined {
  const scope = callsIn(file, qualified(fn));
  const ask = (asks.get(file) ?? []).find((a) => a.inFunction === gate.inFunction && order(a) < order(gate) && [...replyNames(scope, a)].some((n) => tested.has(n)));
  return ask ? callEvidence(file, ask) : undefined;
}

/**
 * Where the model's text reaches the gate's function by a parameter: the function is a tool the model calls
 * (its decorator), or a function asking the model hands it a reply (`execute_sql(sql)` after `sql = generate_sql(q)`).
 */
function toolOrCaller(index: ReturnType<typeof moduleIndexOf>, file: PyFile, fn: FunctionFact, asks: Map<PyFile, CallFact[]>): Evidence | undefined {
  const tool = fn.decorators.find((d) => TOOL_DECORATORS.test(d.name));
  if (tool) return codeEvidence(file.path, tool, `@${tool.name}`, 'decorator');
  for (const [caller, calls] of asks) {
    if (caller !== file && !caller.facts.imports.some((imp) => index.resolveImport(imp, caller).includes(file))) continue;
    for (const ask of calls) {
      if (ask.inFunction === undefined || EVALUATION_CALLERS.test(ask.inFunction)) continue;
      const scope = callsIn(caller, ask.inFunction);
      const replies = replyNames(scope, ask);
      const handed = scope.find((c) => order(c) > order(ask) && lastSegment(c.name) === fn.name && (c.names ?? []).some((n) => replies.has(n)));
      if (handed) return callEvidence(caller, handed);
    }
  }
  return undefined;
}
