// The strings a call is given, for the readers that look for SQL or an API
// URL in a call: its string literals, and the string constants passed by name
// (`cur.execute(sql, params)` after `sql = "SELECT ..."`, parse/python-constants.ts).
import type { CallFact } from '../../parse/types.js';

export function callStrings(call: CallFact): readonly string[] {
  return call.resolved ? [...call.strings, ...call.resolved] : call.strings;
}
