// Issue 14 review: claim probes in the kit called FastAPI, Flask and Django
// "MLOps tools". Every skill's kind comes from the lexicon: what the tool is.
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../catalog/index.js';
import { getLexicon, resolveSkill } from './lexicon.js';

const WEB_KINDS = ['web framework', 'web server', 'RPC framework', 'demo app framework', 'web or mobile technology'];

describe('cv/kinds: what kind of tool a skill is', () => {
  it('names web frameworks, servers and UI libraries as such, never with an MLOps kind', () => {
    const web = getLexicon().entries.filter((e) => e.category === 'web');

    expect(web.length).toBeGreaterThan(50);
    for (const e of web) expect(WEB_KINDS, e.id).toContain(e.kind);
    expect(['fastapi', 'flask', 'django', 'django-rest-framework', 'starlette', 'litestar', 'sanic', 'aiohttp'].map((id) => resolveSkill(id)?.kind)).toEqual(Array(8).fill('web framework'));
    expect(['uvicorn', 'streamlit', 'grpc', 'react'].map((id) => resolveSkill(id)?.kind)).toEqual(['web server', 'demo app framework', 'RPC framework', 'web or mobile technology']);
  });

  it('gives every skill a kind of its own, and none the words "MLOps tool"', () => {
    for (const e of getLexicon().entries) {
      expect(e.kind, e.id).toMatch(/^\S/);
      expect(e.kind, e.id).not.toMatch(/mlops/i);
    }
    // Every catalogue tool a CV can claim is more than a bare "tool".
    const claimable = TOOLS.filter((t) => getLexicon().entries.some((e) => e.id === t.id));
    for (const t of claimable) expect(resolveSkill(t.id)?.kind, t.id).not.toBe('tool');
  });

  it('reads serving, tracking, orchestration and monitoring tools by what they do', () => {
    const kinds = Object.fromEntries(['bentoml', 'wandb', 'airflow', 'evidently', 'prometheus', 'sagemaker', 'kubernetes', 'pandas', 'langchain', 'pytest'].map((id) => [id, resolveSkill(id)?.kind]));

    expect(kinds).toEqual({
      bentoml: 'model-serving framework',
      wandb: 'experiment tracker',
      airflow: 'pipeline orchestrator',
      evidently: 'drift-monitoring library',
      prometheus: 'observability tool',
      sagemaker: 'ML platform',
      kubernetes: 'infrastructure or deployment tool',
      pandas: 'dataframe library',
      langchain: 'LLM framework',
      pytest: 'test framework',
    });
  });
});
