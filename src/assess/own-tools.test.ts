// Issue 14, real-people review: "LangGraph: used in a repository but not
// claimed on the CV" was listed among a candidate's strengths when only a
// co-author's file used it. The tool list's evidence is blamed like the
// signals' evidence, and an unclaimed tool is a strength only when the
// candidate's own lines use it.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { loadRoleFile, templatePath } from './role-profile.js';
import { assessCandidate } from './assess.js';

const ME = { name: 'Sam Rivera', email: 'sam@example.org' };
const ERIK = { name: 'Erik Jensen', email: 'erik@example.net' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('assess: unclaimed tools from the candidate\'s own code only', () => {
  it('blames the tool list and drops a tool only a co-author uses', async () => {
    const repo = await buildGitRepo([
      { ...ME, date: '2025-05-01T10:00:00Z', files: { 'embed.py': 'import chromadb\n\nclient = chromadb.Client()\ncollection = client.create_collection("docs")\n' } },
      { ...ERIK, date: '2025-05-02T10:00:00Z', files: { 'graph.py': 'from langgraph.graph import StateGraph, END\n\nbuilder = StateGraph(dict)\nbuilder.add_edge("a", END)\n' } },
    ]);
    cleanups.push(repo.cleanup);
    const scan = await scanRepository(repo.root, { candidate: { emails: [ME.email], names: [] } });
    const langgraph = scan.tools.find((t) => t.tool === 'langgraph');
    expect(langgraph?.evidence[0]?.blame).toMatchObject({ author: ERIK.name, candidate: false });

    const cv = { claims: [], unclaimed: ['chroma', 'langgraph'], hiddenWords: [] };
    const a = assessCandidate({ label: 'Sam', scans: [scan], role: loadRoleFile(templatePath('llm-application-engineer')), cv, asOf: '2026-12-06' });

    expect(a.strengths.filter((s) => s.kind === 'unclaimed').map((s) => s.id)).toEqual(['chroma']);
  });

  it('drops a tool used only in a file credited to another source and in uncredited copies of it in other repositories', async () => {
    const harness = 'import tensorflow as tf\n\ndef clean(path):\n    if tf.gfile.IsDirectory(path):\n        tf.gfile.DeleteRecursively(path)\n';
    const credited = await buildGitRepo([
      { ...ME, date: '2025-05-01T10:00:00Z', files: { 'pkg/evaluation/evaluate.py': `# this code is borrowed from\n# https://github.com/example-org/starter-kit/blob/master/evaluate.py\n${harness}`, 'pkg/train.py': 'import torch\n\nmodel = torch.nn.Linear(2, 1)\nopt = torch.optim.Adam(model.parameters())\n' } },
    ]);
    const copy = await buildGitRepo([{ ...ME, date: '2025-06-01T10:00:00Z', files: { 'src/evaluation/evaluate.py': harness } }]);
    cleanups.push(credited.cleanup, copy.cleanup);
    const candidate = { emails: [ME.email], names: [] };
    const scans = [await scanRepository(credited.root, { candidate }), await scanRepository(copy.root, { candidate })];
    expect(scans[1].tools.find((t) => t.tool === 'tensorflow')?.used).toBe(true);

    const cv = { claims: [], unclaimed: ['tensorflow', 'pytorch'], hiddenWords: [] };
    const assess = (s: typeof scans) => assessCandidate({ label: 'Sam', scans: s, role: loadRoleFile(templatePath('applied-ml-engineer')), cv, asOf: '2026-12-06' });
    expect(assess(scans).strengths.filter((s) => s.kind === 'unclaimed').map((s) => s.id)).toEqual(['pytorch']);
    // The uncopied file alone, written by the candidate, is their own use.
    expect(assess([scans[1]]).strengths.filter((s) => s.kind === 'unclaimed').map((s) => s.id)).toContain('tensorflow');
  });
});
