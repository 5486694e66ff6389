import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';

const loc = { line: 3 };

describe('signals/run', () => {
  it('cites a place once, but once for each tool a command there runs', async () => {
    const lint = defineDetector({
      id: 'lint_typecheck',
      area: 'engineering',
      rule: 'test',
      uses: 'declared',
      detect: () => [
        configEvidence('ci.yml', loc, 'black --check .', 'black'),
        configEvidence('ci.yml', loc, 'flake8 .', 'flake8'),
        configEvidence('ci.yml', loc, 'black --check src', 'black'),
        configEvidence('pyproject.toml', { line: 1 }, 'tool.pylint', 'pylint'),
        configEvidence('pyproject.toml', { line: 1 }, 'tool.pylint.messages_control', 'pylint'),
      ],
    });

    const result = await detect(lint, {});

    expect(result.evidence.map((e) => `${e.location} ${e.match}`)).toEqual(['ci.yml:3 black --check .', 'ci.yml:3 flake8 .', 'pyproject.toml:1 tool.pylint']);
    expect(result.evidenceCount).toBe(3);
  });

  it('keeps the reading that names its tool, and the decorator of a call read twice only once', async () => {
    const dl = defineDetector({
      id: 'deep_learning',
      area: 'ml',
      rule: 'test',
      uses: 'declared',
      detect: () => [
        codeEvidence('net.py', loc, 'class Net(torch.nn.Module)', 'class'),
        codeEvidence('net.py', loc, 'class Net(torch.nn.Module)', 'class', 'pytorch'),
        codeEvidence('serve.py', loc, 'ray.serve.deployment()', 'call'),
        codeEvidence('serve.py', loc, '@ray.serve.deployment', 'decorator'),
      ],
    });

    const result = await detect(dl, {});

    expect(result.evidence.map((e) => [e.location, e.kind, e.tool])).toEqual([
      ['serve.py:3', 'call', undefined],
      ['net.py:3', 'class', 'pytorch'],
    ]);
  });
});
