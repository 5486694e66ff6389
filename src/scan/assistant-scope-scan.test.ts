// Held-out AX and BB: a spec-kit script (`.specify/scripts/bash/`) that
// prints `ruff check` credited `lint_typecheck`, and the illustrative
// examples of coding-assistant skills (`skills/<name>/SKILL.md` with
// `examples/good/*.py`) credited `observability` to a repository that traces
// nothing. Material for AI coding assistants is not the project's code: the
// scan leaves it out and lists it in `skipped` with the reason; the project's
// own `skills/` folder (no SKILL.md) still counts.
import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../../test/helpers/repo.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from './types.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scan(files: FileTree): Promise<RepoScan> {
  const repo = await buildRepo({ 'requirements.txt': 'langfuse==2.60.0\nopenai==1.50.0\n', 'app/main.py': 'print("hello")\n', ...files });
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { history: false });
}

function signal(result: RepoScan, id: string) {
  const s = result.signals.find((x) => x.id === id);
  return { present: s?.present, locations: s?.evidence.map((e) => e.location) ?? [] };
}

const TRACED = 'from langfuse.decorators import observe\n\n\n@observe()\ndef answer(q):\n    return q\n';
const LINT = '#!/bin/bash\nset -e\nruff check .\nmypy src\n';

describe('scan: AI coding assistants\' material is not the project\'s code', () => {
  it('credits tracing and a lint script in the project\'s own folders, a skills/ folder without SKILL.md included (present)', async () => {
    const result = await scan({ 'skills/tracing/trace.py': TRACED, 'scripts/lint.sh': LINT });

    expect(signal(result, 'observability')).toEqual({ present: true, locations: expect.arrayContaining(['skills/tracing/trace.py:4']) });
    expect(signal(result, 'lint_typecheck').present).toBe(true);
  });

  it('credits nothing from a skill\'s examples or an assistant\'s scripts, and says what it set aside (absent)', async () => {
    const result = await scan({
      'skills/stack/langfuse-observability/SKILL.md': '# Langfuse observability\nUse @observe() on every entry point.\n',
      'skills/stack/langfuse-observability/examples/good/trace_example.py': TRACED,
      '.specify/scripts/bash/update-agent-context.sh': LINT,
      '.claude/skills/tracing/scripts/trace.py': TRACED,
      '.github/prompts/lint.prompt.md': 'Run `ruff check .` and fix what it reports.\n',
    });

    expect(signal(result, 'observability')).toEqual({ present: false, locations: [] });
    expect(signal(result, 'lint_typecheck')).toEqual({ present: false, locations: [] });
    expect(result.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual([
      '.claude/ excluded-folder',
      '.github/prompts/ excluded-folder',
      '.specify/ excluded-folder',
      'skills/stack/langfuse-observability/ excluded-folder',
    ]);
  });

  it('keeps the project\'s own prompts/ folder that its code loads (near miss)', async () => {
    const result = await scan({
      'prompts/system.txt': 'You are a support agent. Answer from the context only.\n',
      'app/chat.py': 'from openai import OpenAI\n\nSYSTEM = open("prompts/system.txt").read()\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": SYSTEM}])\n',
    });

    expect(signal(result, 'prompt_management')).toEqual({ present: true, locations: expect.arrayContaining(['prompts/system.txt']) });
    expect(result.skipped).toEqual([]);
  });
});
