import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../test/helpers/repo.js';
import { DetectContext } from '../context.js';
import { ModuleIndex } from './local-modules.js';

async function indexOf(files: Record<string, string>): Promise<{ ctx: DetectContext; index: ModuleIndex }> {
  const ctx = new DetectContext(await factsOf(files));
  return { ctx, index: new ModuleIndex(ctx.python) };
}

describe('signals/lib/local-modules', () => {
  it('resolves absolute imports by module path whatever the package root, preferring the nearest file', async () => {
    const { ctx, index } = await indexOf({
      'backend/api/routes.py': 'from core.model import load\nfrom api import deps\nimport numpy\n',
      'backend/core/model.py': 'x = 1\n',
      'other/core/model.py': 'x = 2\n',
      'backend/api/deps.py': 'y = 1\n',
    });
    const routes = ctx.python.find((f) => f.path === 'backend/api/routes.py')!;

    const reached = index.reachable(routes, 1).map((f) => f.path);

    expect(reached).toEqual(['backend/core/model.py', 'backend/api/deps.py']);
  });

  it('resolves relative imports from the importing package and follows a second hop', async () => {
    const { ctx, index } = await indexOf({
      'pkg/api/app.py': 'from ..services import predictor\n',
      'pkg/services/predictor.py': 'from .loader import MODEL\n',
      'pkg/services/loader.py': 'import torch\n',
    });
    const app = ctx.python.find((f) => f.path === 'pkg/api/app.py')!;

    expect(index.reachable(app, 1).map((f) => f.path)).toEqual(['pkg/services/predictor.py']);
    expect(index.reachable(app, 2).map((f) => f.path)).toEqual(['pkg/services/predictor.py', 'pkg/services/loader.py']);
  });
});
