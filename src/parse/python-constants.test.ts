// String constants passed to a call by name (CallFact.resolved): a value only
// where the name is certainly that literal in the scope the call reads it from.
import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

/** `resolved` of each call, by the line it starts on. */
function resolvedByLine(source: string): Record<number, string[] | undefined> {
  const out: Record<number, string[] | undefined> = {};
  for (const c of parsePython(source).calls) out[c.line] = c.resolved;
  return out;
}

describe('parse/python string constants passed by name', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('reads a module constant, a local, an enclosing function\'s local, f-strings and parenthesised concatenations', () => {
    const calls = resolvedByLine(py`
      import requests
      API_URL = "https://api.example.com/v1/chat/completions"

      def ask(payload):
          return requests.post(API_URL, json=payload)

      def nearest(cur, q):
          sql = """
              SELECT body FROM chunks
              ORDER BY embedding <=> %s LIMIT 5
          """
          cur.execute(sql, (q,))

      def outer(text, host):
          url: str = f"https://{host}/api/generate"
          def inner():
              return requests.post(url=url, json={"prompt": text})
          return inner()

      def joined(cur):
          query = ("SELECT a FROM t "
                   "ORDER BY v <-> %s")
          cur.execute(query)
    `);

    expect(calls[5]).toEqual(['https://api.example.com/v1/chat/completions']);
    expect(calls[12]).toEqual(['SELECT body FROM chunks ORDER BY embedding <=> %s LIMIT 5']);
    expect(calls[17]).toEqual(['https://{host}/api/generate']);
    expect(calls[23]).toEqual(['SELECT a FROM t ORDER BY v <-> %s']);
  });

  it('reads a function\'s own constant before the module one of the same name, and the module one elsewhere', () => {
    const calls = resolvedByLine(py`
      url = "https://b.example.com"

      def f():
          url = "https://a.example.com"
          get(url)

      def g():
          get(url)
    `);

    expect(calls[5]).toEqual(['https://a.example.com']);
    expect(calls[8]).toEqual(['https://b.example.com']);
  });

  it('leaves a name unresolved when it is bound more than once or otherwise in the scope the call reads', () => {
    const calls = resolvedByLine(py`
      twice = "SELECT 1"
      twice = "SELECT 2"
      run(twice)

      def param(sql="SELECT 1"):
          run(sql)

      def loop(items):
          q = "SELECT 1"
          for q in items:
              run(q)

      def augmented():
          s = "SELECT a "
          s += "FROM t"
          run(s)

      def declared():
          global G
          G = "https://x.example.com"

      G = "https://y.example.com"
      run(G)

      def deleted():
          d = "SELECT 1"
          del d
          run(d)

      def opened(path):
          w = "r"
          with open(path) as w:
              run(w)

      def formatted(t):
          f = "SELECT * FROM {}".format(t)
          run(f)

      import os
      path = "x"
      from os import path
      run(path)

      def later():
          run(after)
      after = "https://late.example.com"
      run(after2)
      after2 = "https://late.example.com"
    `);

    for (const line of [3, 6, 11, 16, 23, 28, 33, 37, 42]) expect(calls[line], `line ${line}`).toBeUndefined();
    // A module constant read from a function is read when the function runs (after the module is loaded); at module level it must come first.
    expect(calls[45]).toEqual(['https://late.example.com']);
    expect(calls[47]).toBeUndefined();
  });

  it('does not read a class attribute from a method, nor a name a def or class takes, and counts no mention in a string or comment', () => {
    const calls = resolvedByLine(py`
      class Client:
          URL = "https://api.example.com"

          def send(self):
              post(URL)
              post(self.URL)

      handler = "https://h.example.com"
      def handler():
          pass
      post(handler)

      SQL = "SELECT 1"  # SQL = something else
      print("SQL = later")
      run(SQL, text="SQL")
    `);

    expect(calls[5]).toBeUndefined();
    expect(calls[6]).toBeUndefined();
    expect(calls[11]).toBeUndefined();
    expect(calls[15]).toEqual(['SELECT 1']);
  });

  it('resolves nothing in a file with syntax errors', () => {
    const calls = resolvedByLine('SQL = "SELECT 1"\nrun(SQL)\ndef broken(:\n');

    expect(calls[2]).toBeUndefined();
  });
});
