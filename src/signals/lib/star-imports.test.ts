// Names reached through star imports of the repository's own modules
// (lib/star-imports.ts), on real parsing and real detectors.
import { describe, expect, it } from 'vitest';
import { detect, factsOf, locations } from '../../../test/helpers/repo.js';
import { py } from '../../../test/helpers/text.js';
import { DetectContext } from '../context.js';
import { deepLearning } from '../deep_learning.js';
import { llmIntegration } from '../llm_integration.js';
import { promptManagement } from '../prompt_management.js';
import { servingApi } from '../serving_api.js';

const DEPENDENCIES = py`
  from openai import OpenAI

  import os
  from dotenv import load_dotenv
  load_dotenv()

  OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
`;

const UTILS = py`
  from .dependencies import *
  from .instructions import *
  client = OpenAI(api_key=OPENAI_API_KEY)


  def generate_question(chat):
      return client.chat.completions.create(
          model="gpt-4o",
          messages=[{"role": "system", "content": system_instruction}, {"role": "user", "content": chat}],
      )
`;

const INSTRUCTIONS = 'system_instruction = """\n    You are a witty relationship coach. Ask the user one question about their feelings.\n"""\n';

describe('signals/star-imports: a tool re-exported through `from module import *`', () => {
  it('counts the importer’s use of a name the module imported, cited in the importer, not the module’s own import', async () => {
    const result = await detect(llmIntegration, { 'src/dependencies.py': DEPENDENCIES, 'src/utils.py': UTILS, 'src/instructions.py': INSTRUCTIONS });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['src/utils.py:3', 'src/utils.py:1']));
    expect(locations(result).filter((l) => l.startsWith('src/dependencies.py'))).toEqual([]);
    expect(result.evidence.find((e) => e.location === 'src/utils.py:1')?.match).toBe(
      'from .dependencies import * (OpenAI: openai.OpenAI, src/dependencies.py:1)',
    );
  });

  it('resolves the importer’s calls and keeps the module’s import unused there (one use, not two)', async () => {
    const ctx = new DetectContext(await factsOf({ 'src/dependencies.py': DEPENDENCIES, 'src/utils.py': UTILS, 'src/instructions.py': INSTRUCTIONS }));
    const utils = ctx.python.find((f) => f.path === 'src/utils.py')!;
    const deps = ctx.python.find((f) => f.path === 'src/dependencies.py')!;

    expect(utils.facts.calls.map((c) => c.name)).toContain('openai.OpenAI');
    expect(utils.facts.imports.map((i) => [i.module, i.name])).toEqual([
      ['.dependencies', '*'],
      ['openai', 'OpenAI'],
      ['.dependencies', 'OPENAI_API_KEY'],
      ['.instructions', '*'],
      ['.instructions', 'system_instruction'],
    ]);
    expect(deps.facts.imports.find((i) => i.module === 'openai')?.unused).toBe(true);
    expect(ctx.tool('openai').imported.map((e) => e.location)).toEqual(['src/dependencies.py:1']);
  });

  it('serves the LLM over an API whose framework names come through a star import too', async () => {
    const result = await detect(servingApi, {
      'src/dependencies.py': DEPENDENCIES,
      'src/utils.py': UTILS,
      'src/instructions.py': INSTRUCTIONS,
      'api/dependencies.py': 'from fastapi import FastAPI, Body, HTTPException\nfrom pydantic import BaseModel\n',
      'api/resource.py': py`
        from .dependencies import *
        from src.utils import *

        app = FastAPI()

        @app.post("/aiAgent/getQuestion")
        async def get_question(query: str = Body(...)):
            answer = generate_question(query)
            return {"response": answer.choices[0].message.content}
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['api/resource.py:6', 'api/resource.py:8']);
  });

  it('follows a package `__init__` re-export and an absolute star import', async () => {
    const result = await detect(llmIntegration, {
      'pkg/__init__.py': 'from .clients import *\n',
      'pkg/clients.py': 'from anthropic import Anthropic\n',
      'app.py': 'from pkg import *\n\nreply = Anthropic().messages.create(model="claude", messages=[])\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('app.py:3');
  });

  it('takes only the names `__all__` lists', async () => {
    const listed = (all: string) => ({
      'lib/common.py': `from openai import OpenAI\n__all__ = [${all}]\n\ndef helper():\n    return 1\n`,
      'run.py': 'from lib.common import *\n\nclient = OpenAI()\nhelper()\n',
    });

    const limited = await detect(llmIntegration, listed('"helper"'));
    const open = await detect(llmIntegration, listed('"helper", "OpenAI"'));

    expect(limited.present).toBe(false);
    expect(open.present).toBe(true);
  });

  it('ends on a cycle of star imports and still finds the name', async () => {
    const result = await detect(llmIntegration, {
      'app/a.py': 'from .b import *\nA = 1\n',
      'app/b.py': 'from .a import *\nfrom openai import OpenAI\n',
      'app/main.py': 'from .a import *\n\nclient = OpenAI()\nprint(A)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('app/main.py:3');
  });

  it('is absent when the importer never uses the tool’s name (near miss), or only mentions it', async () => {
    const neverCalled = await detect(llmIntegration, {
      'src/dependencies.py': DEPENDENCIES,
      'src/main.py': 'from .dependencies import *\n\nprint(OPENAI_API_KEY)\n',
    });
    const mentioned = await detect(llmIntegration, {
      'src/dependencies.py': DEPENDENCIES,
      'src/main.py': 'from .dependencies import *\n\n# client = OpenAI()\nprint("OpenAI is not called", OPENAI_API_KEY)\n',
    });

    for (const result of [neverCalled, mentioned]) {
      expect(result.present).toBe(false);
      expect(result.hints.map((e) => e.location)).toEqual(['src/dependencies.py:1']);
    }
  });

  it('resolves the names a file calls and never binds into its one star-imported installed package', async () => {
    const result = await detect(deepLearning, {
      'model.py': py`
        from tensorflow.keras.layers import *

        def block(inputs):
            return Dense(10, activation="relu")(inputs)
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => e.match)).toContain('tensorflow.keras.layers.Dense()');
  });

  it('leaves builtins, methods on locals and names of two star-imported packages unresolved', async () => {
    const ctx = new DetectContext(
      await factsOf({
        'one.py': 'from keras.layers import *\n\ndef run(model, xs):\n    model.fit(xs)\n    return len(xs), Dense(2)\n',
        'two.py': 'from tkinter import *\nfrom keras.layers import *\n\nw = Button()\nd = Dense(2)\n',
      }),
    );
    const calls = (path: string) => ctx.python.find((f) => f.path === path)!.facts.calls.map((c) => c.name);

    expect(calls('one.py')).toEqual(['model.fit', 'len', 'keras.layers.Dense']);
    expect(calls('two.py')).toEqual(['Button', 'Dense']);
  });
});

describe('signals/star-imports: prompts reached through a star import', () => {
  it('counts a system-instructions module whose prompt the LLM code star-imports and uses', async () => {
    const result = await detect(promptManagement, { 'src/dependencies.py': DEPENDENCIES, 'src/utils.py': UTILS, 'src/instructions.py': INSTRUCTIONS });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['src/instructions.py:1', 'src/utils.py:2']);
  });

  it('does not count it when the star import brings nothing the importer uses', async () => {
    const result = await detect(promptManagement, {
      'src/dependencies.py': DEPENDENCIES,
      'src/utils.py': 'from .dependencies import *\nfrom .instructions import *\n\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n',
      'src/instructions.py': INSTRUCTIONS,
    });

    expect(result.present).toBe(false);
  });
});
