// Real-people review: "LangChain used" cited three LlamaIndex lines (one
// catalogue grouping held both libraries), and "aiohttp used" cited FastAPI
// route code (a declared tool credited with another library's evidence). A
// claim cites only lines of the library it names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSkill, roleClaim } from '../../test/helpers/cv.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from '../scan/types.js';
import { emptyClaims } from './extract.js';
import { buildClaimMatrix } from './matrix.js';
import { productOf } from './products.js';
import { TOOLS } from '../catalog/index.js';

const claim = roleClaim;

const describeTool = describeSkill;

// LlamaIndex agents with tools, a FastAPI API, aiohttp declared and never imported.
const REPO = {
  'requirements.txt': 'llama-index-core==0.10.0\nfastapi==0.111.0\naiohttp==3.9.5\n',
  'agent.py': py`
    from llama_index.core.agent import ReActAgent
    from llama_index.core.tools import FunctionTool


    def add(a: int, b: int) -> int:
        return a + b


    def build(llm):
        tool = FunctionTool.from_defaults(fn=add)
        return ReActAgent.from_tools([tool], llm=llm)
  `,
  'api.py': py`
    from fastapi import APIRouter

    from .agent import build

    router = APIRouter()


    @router.post("/ask")
    def ask(question: str) -> dict:
        return {"answer": str(build(None).chat(question))}
  `,
};

describe('cv/matrix: evidence attributed to the library it uses', () => {
  let scan: RepoScan;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const repo = await buildRepo(REPO);
    cleanup = repo.cleanup;
    scan = await scanRepository(repo.root, { history: false });
  });
  afterAll(async () => cleanup());

  it('LlamaIndex agent code is LlamaIndex, never LangChain', () => {
    const claims = { ...emptyClaims(), skills: ['langchain', 'llamaindex'].map(claim) };
    const rows = buildClaimMatrix(claims, [scan], describeTool).rows;
    const row = (id: string) => rows.find((r) => r.skill === id);

    expect(row('langchain')?.level).toBe('none');
    expect(row('langchain')?.evidence).toEqual([]);
    expect(row('llamaindex')?.level).not.toBe('none');
    expect(row('llamaindex')?.evidence.map((e) => e.location)).toContain('agent.py:11');
  });

  it('a declared tool is not credited with another library of its signal (FastAPI routes are not aiohttp)', () => {
    // The route is serving evidence tagged with no library: the old rule credited it to aiohttp.
    expect(scan.signals.find((s) => s.id === 'serving_api')?.evidence.some((e) => e.path === 'api.py' && !e.tool)).toBe(true);
    const claims = { ...emptyClaims(), skills: [claim('aiohttp')] };
    const row = buildClaimMatrix(claims, [scan], describeTool).rows.find((r) => r.skill === 'aiohttp');

    expect(row).toMatchObject({ level: 'declared' });
    expect(row?.evidence.map((e) => e.location)).toEqual(['requirements.txt:3']);
  });

  it('no grouping that names a product holds another product’s modules', () => {
    const under = (m: string, p: string) => m === p || m.startsWith(`${p}.`);
    const products = TOOLS.filter((t) => productOf(t.id) === t.id);
    for (const grouping of TOOLS.filter((t) => productOf(t.id) !== t.id && productOf(t.id) !== undefined)) {
      const names = [...grouping.imports, ...(grouping.calls ?? [])].filter((n) => !n.startsWith('*'));
      const owners = new Set(products.filter((p) => p.imports.some((prefix) => names.some((n) => under(n, prefix)))).map((p) => p.id));
      for (const owner of owners) expect(owner, grouping.id).toBe(productOf(grouping.id));
    }
  });
});
