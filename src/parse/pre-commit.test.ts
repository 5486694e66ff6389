import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parsePreCommit } from './pre-commit.js';

describe('parse/pre-commit', () => {
  it('gives a hook:<id> config at the line of each hook id', () => {
    const file = yaml`
      repos:
        - repo: https://github.com/astral-sh/ruff-pre-commit
          rev: v0.5.0
          hooks:
            - id: ruff
              args: [--fix]
            - id: ruff-format
        - repo: local
          hooks:
            - name: mypy
              id: mypy
              entry: mypy
              language: system
    `;

    const facts = parsePreCommit(file, '.pre-commit-config.yaml');

    expect(facts).toEqual({
      configs: [
        { key: 'hook:ruff', text: 'hook ruff (https://github.com/astral-sh/ruff-pre-commit)', line: 5 },
        { key: 'hook:ruff-format', text: 'hook ruff-format (https://github.com/astral-sh/ruff-pre-commit)', line: 7 },
        { key: 'hook:mypy', text: 'hook mypy', line: 11 },
      ],
    });
  });

  it('reads flow-style hooks and skips entries without an id', () => {
    const file = yaml`
      repos:
      - {repo: https://github.com/psf/black, rev: 24.4.0, hooks: [{id: black}, {name: no-id}]}
      - not-a-repo
    `;

    const facts = parsePreCommit(file, '.pre-commit-config.yaml');

    expect(facts.configs?.map((c) => [c.key, c.line])).toEqual([['hook:black', 2]]);
  });

  it('gives no configs for a file without repos', () => {
    expect(parsePreCommit('default_stages: [commit]\n', '.pre-commit-config.yaml')).toEqual({ configs: [] });
  });

  it('reports a YAML syntax error and gives no facts', () => {
    const file = 'repos:\n  - repo: x\n    hooks: [\n';

    const facts = parsePreCommit(file, '.pre-commit-config.yaml');

    expect(facts).toEqual({
      problems: [{ path: '.pre-commit-config.yaml', kind: 'syntax', line: expect.any(Number), message: expect.stringMatching(/^invalid YAML/) }],
    });
  });
});
