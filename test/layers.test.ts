// The layers of issue 10 (shared/design.md): src/model imports only zod; the
// stages never import app, store, jobs, server or cli; web imports only types
// from src/model; no import cycle between top-level src folders.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, collectImports, folderCycles, readImports, type ImportRef } from './helpers/layers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The imports of several synthetic files. */
function importsOf(files: Record<string, string>): ImportRef[] {
  return Object.entries(files).flatMap(([path, text]) => readImports(path, text));
}

describe('layers', () => {
  it('the source tree keeps every layer rule', () => {
    const imports = collectImports(ROOT, ['src', 'web']);

    const violations = checkLayers(imports).map((v) => `${v.file}:${v.line}: ${v.message}`);

    expect(imports.length).toBeGreaterThan(500);
    expect(violations).toEqual([]);
  });

  it('reads static, re-export, dynamic and type-reference imports, and which are type-only', () => {
    const text = [
      "import { z } from 'zod';",
      "import type { Kit } from '../model/kit.js';",
      "import { type A, type B } from './a.js';",
      "import { type C, d } from './c.js';",
      "import './side-effect.js';",
      "export { e } from '../e/index.js';",
      "export type { F } from './f.js';",
      "const m = await import('../cli/main.js');",
      "type G = import('../store/db.js').Db;",
    ].join('\n');

    const refs = readImports('src/x/file.ts', text).map((r) => [r.spec, r.target, r.typeOnly, r.dynamic, r.line]);

    expect(refs).toEqual([
      ['zod', null, false, false, 1],
      ['../model/kit.js', 'src/model/kit', true, false, 2],
      ['./a.js', 'src/x/a', true, false, 3],
      ['./c.js', 'src/x/c', false, false, 4],
      ['./side-effect.js', 'src/x/side-effect', false, false, 5],
      ['../e/index.js', 'src/e', false, false, 6],
      ['./f.js', 'src/x/f', true, false, 7],
      ['../cli/main.js', 'src/cli/main', false, true, 8],
      ['../store/db.js', 'src/store/db', true, false, 9],
    ]);
  });

  it('src/model may import zod and itself, nothing else', () => {
    const imports = importsOf({
      'src/model/kit.ts': "import { z } from 'zod';\nimport { Severity } from './assessment.js';\nimport { SIGNAL_IDS } from '../signals/ids.js';\nimport YAML from 'yaml';",
    });

    expect(checkLayers(imports).map((v) => [v.rule, v.line])).toEqual([
      ['model-imports', 3],
      ['model-imports', 4],
    ]);
  });

  it('a stage importing the app, store, jobs, server or CLI fails, dynamic imports included', () => {
    const imports = importsOf({
      'src/assess/assess.ts': "import { scan } from '../app/scan.js';\nimport type { Db } from '../store/db.js';",
      'src/signals/lib/x.ts': "const s = await import('../../server/app.js');",
      'src/report/html.ts': "import { run } from '../cli/main.js';\nimport { q } from '../jobs/queue.js';\nimport { Kit } from '../model/kit.js';",
      'src/app/scan.ts': "import { scanRepository } from '../pipeline.js';",
    });

    expect(checkLayers(imports).map((v) => `${v.rule} ${v.file}:${v.line}`)).toEqual([
      'stage-imports src/assess/assess.ts:1',
      'stage-imports src/assess/assess.ts:2',
      'stage-imports src/signals/lib/x.ts:1',
      'stage-imports src/report/html.ts:1',
      'stage-imports src/report/html.ts:2',
    ]);
  });

  it('web imports only types, and only from src/model', () => {
    const imports = importsOf({
      'web/src/api.ts': [
        "import type { Assessment } from '../../src/model/index.js';",
        "import { Kit } from '../../src/model/kit.js';",
        "import type { RoleProfile } from '../../src/assess/role-profile.js';",
        "import { useState } from 'react';",
        "import { Page } from './page.js';",
      ].join('\n'),
    });

    expect(checkLayers(imports).map((v) => `${v.rule} ${v.line}`)).toEqual(['web-imports 2', 'web-imports 3']);
  });

  it('finds a cycle between top-level folders, through type imports too, and none within a folder', () => {
    const imports = importsOf({
      'src/catalog/types.ts': "import type { SignalId } from '../signals/ids.js';",
      'src/signals/run.ts': "import { TOOLS } from '../catalog/index.js';\nimport { x } from './lib/x.js';",
      'src/signals/lib/x.ts': "import { y } from '../run.js';",
      'src/parse/a.ts': "import { TOOLS } from '../catalog/index.js';",
    });

    expect(folderCycles(imports)).toEqual([['src/catalog', 'src/signals']]);
    expect(checkLayers(imports)).toEqual([
      { rule: 'folder-cycle', file: 'src/catalog/types.ts', line: 1, message: 'import cycle between folders: src/catalog → src/signals → src/catalog' },
    ]);
  });
});
