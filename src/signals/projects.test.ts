// Issue 15: a repository that holds several projects (each with its own
// pyproject.toml or requirements) is scanned project by project where a rule
// asks about "the project": a sub-project's package, tests and Dockerfile
// count; an LLM, a model or a vector index in one project does not make
// another project's files RAG, prompt management or feature schemas.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { dataValidation } from './data_validation.js';
import { promptManagement } from './prompt_management.js';
import { pythonPackage } from './python_package.js';
import { rag } from './rag.js';
import { tests } from './tests.js';

const LLM = 'from openai import OpenAI\n\ndef ask(q):\n    return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": q}])\n';

describe('signals/projects (repositories of several projects)', () => {
  it("counts a sub-project's package and tests", async () => {
    const files = {
      'api/pyproject.toml': '[project]\nname = "api"\n',
      'api/tests/test_api.py': 'from api import run\n\ndef test_run():\n    assert run() == 1\n',
      'notebooks/requirements.txt': 'pandas==2.2.0\n',
    };

    expect(locations(await detect(pythonPackage, files))).toEqual(['api/pyproject.toml:1']);
    expect(locations(await detect(tests, files))).toEqual(['api/tests/test_api.py:3']);
  });

  it('does not join a vector index of one project with the LLM of another', async () => {
    const result = await detect(rag, {
      'search/requirements.txt': 'faiss-cpu==1.8.0\n',
      'search/index.py': 'import faiss\n\nindex = faiss.IndexFlatL2(384)\nD, I = index.search(q, 5)\n',
      'chatbot/requirements.txt': 'openai==1.30.0\n',
      'chatbot/bot.py': LLM,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts the three halves of RAG found in one project', async () => {
    const result = await detect(rag, {
      'chatbot/requirements.txt': 'faiss-cpu==1.8.0\nopenai==1.30.0\n',
      'chatbot/index.py': 'import faiss\n\nindex = faiss.IndexFlatL2(384)\nD, I = index.search(q, 5)\n',
      'chatbot/bot.py': LLM,
      'other/requirements.txt': 'pandas==2.2.0\n',
    });

    expect(locations(result).sort()).toEqual(['chatbot/bot.py:1', 'chatbot/index.py:1', 'chatbot/index.py:3', 'chatbot/index.py:4']);
  });

  it('counts a shared prompts folder (outside every project) for a project that calls an LLM', async () => {
    const result = await detect(promptManagement, {
      'prompts/system.txt': 'You answer from the context.\n',
      'bot/requirements.txt': 'openai==1.30.0\n',
      'bot/ask.py': LLM,
      'etl/requirements.txt': 'pandas==2.2.0\n',
    });

    expect(locations(result)).toEqual(['prompts/system.txt']);
  });

  it("keeps prompt files and feature schemas to projects that call an LLM or train a model", async () => {
    const files = {
      'web/requirements.txt': 'fastapi==0.110.0\npydantic==2.6.0\n',
      'web/prompts/welcome.txt': 'Welcome to the shop!\n',
      'web/records.py': 'from pydantic import BaseModel\n\nclass OrderRecord(BaseModel):\n    id: int\n',
      'ml/requirements.txt': 'scikit-learn==1.4.0\nopenai==1.30.0\n',
      'ml/train.py': 'from sklearn.linear_model import Ridge\n\nRidge().fit(X, y)\n',
      'ml/ask.py': LLM,
    };

    expect(await detect(promptManagement, files)).toMatchObject({ present: false, evidence: [] });
    expect(await detect(dataValidation, files)).toMatchObject({ present: false, evidence: [] });
  });
});
