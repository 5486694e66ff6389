// Dynamic imports read as the imports they perform, so the calls made
// through them resolve like any other (held-out Mcusac/kaggle-ml-comp-scripts,
// slice AS: optional backends load their libraries with
// `importlib.import_module` and take classes with `getattr`):
//   m = importlib.import_module("transformers")      → `import transformers as m`
//   self._tf = importlib.import_module("transformers") → the attribute `self._tf`, by its dotted text
//   Auto = getattr(m, "AutoModelForCausalLM")         → `from transformers import AutoModelForCausalLM as Auto`
//   Fast = m.FastLanguageModel                         → likewise, for a module bound dynamically
// The module must be a string literal. Nothing is imported, and no import fact
// is recorded: a probe (`import_module("torch")` in an `is_available` check)
// uses nothing, and tool use is still shown by the calls made through the names.
import type { Node } from 'web-tree-sitter';
import { compact, resolveName, stringValue } from './python-names.js';

const IMPORTERS = new Set(['importlib.import_module', '__import__']);
const PLAIN_DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

/** Names bound dynamically: plain names go in `aliases` (beside imports), attribute targets (`self._tf`) in `attributes`. */
export interface DynamicBindings {
  aliases: Map<string, string>;
  attributes: Map<string, string>;
  /** Names and attributes bound by a dynamic import (not by `getattr` on a static one): `m.Attr` through them is read too. */
  modules: Set<string>;
}

/** The module a dynamic-import call imports (`importlib.import_module("a.b")` → `a.b`; `__import__("a.b")` → `a`), if a literal names it. */
function importedModule(call: Node, callee: string): string | undefined {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const first = args[0];
  const module = first && first.type === 'string' ? stringValue(first) : undefined;
  if (!module || !PLAIN_DOTTED.test(module)) return undefined;
  const dunder = callee === '__import__' && !args.some((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'fromlist');
  return dunder ? module.split('.')[0] : module;
}

/** What a name or attribute chain is bound to, dynamically or by an import. */
function boundTo(text: string, bindings: DynamicBindings): string | undefined {
  if (!PLAIN_DOTTED.test(text)) return undefined;
  const attribute = bindings.attributes.get(text);
  if (attribute) return attribute;
  const resolved = resolveName(text, bindings.aliases);
  return resolved !== text || bindings.aliases.has(text) ? resolved : undefined;
}

/** `getattr(x, "Name")` of a bound module: `module.Name`. */
function takenByGetattr(call: Node, bindings: DynamicBindings): string | undefined {
  const [object, name] = call.childForFieldName('arguments')?.namedChildren ?? [];
  const attr = name && name.type === 'string' ? stringValue(name) : undefined;
  if (!object || !attr || !/^[A-Za-z_]\w*$/.test(attr)) return undefined;
  const module = boundTo(compact(object.text), bindings);
  return module ? `${module}.${attr}` : undefined;
}

/** `m.Name` where `m` was bound by a dynamic import: `module.Name`. */
function takenByAttribute(value: Node, bindings: DynamicBindings): string | undefined {
  const text = compact(value.text);
  const dot = text.lastIndexOf('.');
  if (dot === -1 || !PLAIN_DOTTED.test(text) || !bindings.modules.has(text.slice(0, dot))) return undefined;
  return `${boundTo(text.slice(0, dot), bindings)}${text.slice(dot)}`;
}

/** What the right side of an assignment binds: a module imported dynamically, or a name taken from a bound module. */
function boundValue(right: Node, bindings: DynamicBindings): { module: string; dynamic: boolean } | undefined {
  const type = right.type;
  if (type === 'attribute') {
    const module = bindings.modules.size > 0 ? takenByAttribute(right, bindings) : undefined;
    return module ? { module, dynamic: false } : undefined;
  }
  if (type !== 'call') return undefined;
  const fn = right.childForFieldName('function');
  const text = fn && (fn.type === 'identifier' || fn.type === 'attribute') ? compact(fn.text) : '';
  if (text === 'getattr') {
    const module = takenByGetattr(right, bindings);
    return module ? { module, dynamic: false } : undefined;
  }
  const callee = PLAIN_DOTTED.test(text) ? resolveName(text, bindings.aliases) : '';
  const module = IMPORTERS.has(callee) ? importedModule(right, callee) : undefined;
  return module ? { module, dynamic: true } : undefined;
}

/** Records the binding an assignment makes, if it is a dynamic import or a name taken from a bound module. */
export function readDynamicImport(assignment: Node, bindings: DynamicBindings): void {
  const right = assignment.childForFieldName('right');
  const bound = right ? boundValue(right, bindings) : undefined;
  if (!bound) return;
  const left = assignment.childForFieldName('left');
  const target = left && (left.type === 'identifier' || left.type === 'attribute') ? compact(left.text) : '';
  if (!PLAIN_DOTTED.test(target)) return;
  if (left?.type === 'identifier') bindings.aliases.set(target, bound.module);
  else bindings.attributes.set(target, bound.module);
  if (bound.dynamic) bindings.modules.add(target);
}
