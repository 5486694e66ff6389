// An index of a repository's facts by dotted name (calls by resolved name,
// imports by module and target), for DetectContext. Detectors match one
// catalogue pattern list after another against every call of a repository;
// that was the profiled hot spot of scanning large trees. With the index a
// list is tested once per distinct name, and only against names that share
// a first or last segment with one of its patterns (see patternAnchors).
// Results keep the facts' order.
import { matchesAny, patternAnchors } from '../catalog/match.js';

interface Group<T> {
  names: readonly string[];
  items: T[];
  seqs: number[];
}

function head(name: string): string {
  const dot = name.indexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

function last(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function addTo<T>(map: Map<string, Group<T>[]>, key: string, group: Group<T>): void {
  const list = map.get(key);
  if (!list) map.set(key, [group]);
  else if (list[list.length - 1] !== group) list.push(group);
}

export class NameIndex<T> {
  private readonly groups = new Map<string, Group<T>>();
  private readonly byHead = new Map<string, Group<T>[]>();
  private readonly byLast = new Map<string, Group<T>[]>();
  /** Every item in insertion order, with its group. */
  private readonly all: { group: Group<T>; item: T }[] = [];

  /** Adds an item under `key`; the item matches when any of `names` does. Items of one key share its names. */
  add(key: string, names: readonly string[], item: T): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { names, items: [], seqs: [] };
      this.groups.set(key, group);
      for (const n of names) {
        addTo(this.byHead, head(n), group);
        addTo(this.byLast, last(n), group);
      }
    }
    group.items.push(item);
    group.seqs.push(this.all.length);
    this.all.push({ group, item });
  }

  /** Items with a name matching any pattern (`matchesAny`), in insertion order. */
  select(patterns: readonly string[]): T[] {
    const matched = new Set<Group<T>>();
    let count = 0;
    for (const group of this.candidates(patterns)) {
      if (matched.has(group) || !group.names.some((n) => matchesAny(n, patterns))) continue;
      matched.add(group);
      count += group.items.length;
    }
    return this.ordered(matched, count);
  }

  /** Groups that may match: those sharing an anchor, or all of them. */
  private candidates(patterns: readonly string[]): Iterable<Group<T>> {
    const anchors = patternAnchors(patterns);
    if (!anchors) return this.groups.values();
    const out: Group<T>[] = [];
    for (const h of anchors.heads) for (const g of this.byHead.get(h) ?? []) out.push(g);
    for (const l of anchors.lasts) for (const g of this.byLast.get(l) ?? []) out.push(g);
    return out;
  }

  private ordered(matched: Set<Group<T>>, count: number): T[] {
    if (matched.size === 0) return [];
    if (matched.size === 1) return [...matched.values().next().value!.items];
    // Many hits: one ordered pass over everything beats sorting them.
    if (count > this.all.length / 8) return this.all.filter((e) => matched.has(e.group)).map((e) => e.item);
    const hits: { seq: number; item: T }[] = [];
    for (const group of matched) group.items.forEach((item, i) => hits.push({ seq: group.seqs[i], item }));
    hits.sort((a, b) => a.seq - b.seq);
    return hits.map((h) => h.item);
  }
}
