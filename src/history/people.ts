// One person under several git identities, for the notes that name people
// (verdict.ts): entries sharing a name, or an address compared
// case-insensitively, are one person ("Amin Abyaneh" and "aminabyaneh" at
// aminabyaneh@gmail.com), named by the name with most commits.

/** Authors grouped into people: entries sharing a name or an address (case-insensitive) are one. */
export class People {
  private parent = new Map<string, string>();
  private entries: Array<{ keys: string[]; name: string; commits: number; code: number; lines: number }> = [];
  private find(k: string): string {
    let r = k;
    while (this.parent.get(r) !== undefined && this.parent.get(r) !== r) r = this.parent.get(r) as string;
    return r;
  }
  add(name: string, email: string, commits: number, code: number, lines: number): void {
    const keys = [`n:${name}`, `e:${email.trim().toLowerCase()}`];
    for (const k of keys) if (!this.parent.has(k)) this.parent.set(k, k);
    this.parent.set(this.find(keys[1]), this.find(keys[0]));
    this.entries.push({ keys, name, commits, code, lines });
  }
  list(): Array<{ name: string; commits: number; code: number; lines: number }> {
    const groups = new Map<string, { name: string; commits: number; code: number; lines: number; top: Map<string, number> }>();
    for (const e of this.entries) {
      const root = this.find(e.keys[0]);
      const g = groups.get(root) ?? { name: e.name, commits: 0, code: 0, lines: 0, top: new Map<string, number>() };
      g.commits += e.commits;
      g.code += e.code;
      g.lines += e.lines;
      g.top.set(e.name, (g.top.get(e.name) ?? 0) + e.commits);
      groups.set(root, g);
    }
    return [...groups.values()].map(({ top, ...g }) => ({ ...g, name: [...top].sort((a, b) => b[1] - a[1])[0][0] }));
  }
}
