import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseDockerfile } from './dockerfile.js';

describe('parse/dockerfile', () => {
  it('reads instructions with upper-case keywords, expanded ARGs and 1-based lines', () => {
    const dockerfile = text`
      # syntax=docker/dockerfile:1
      ARG PY=3.11
      FROM python:\${PY}-slim AS base
      run pip install \\
          torch==2.3 \\
          mlflow
      COPY --from=base /app /app
      CMD ["uvicorn", "app:api"]
    `;

    const { docker, problems } = parseDockerfile(dockerfile, 'Dockerfile');

    expect(docker).toEqual([
      { keyword: 'ARG', args: 'PY=3.11', line: 2 },
      { keyword: 'FROM', args: 'python:3.11-slim AS base', line: 3 },
      { keyword: 'RUN', args: 'pip install torch==2.3 mlflow', line: 4 },
      { keyword: 'COPY', args: '--from=base /app /app', line: 7 },
      { keyword: 'CMD', args: '["uvicorn", "app:api"]', line: 8 },
    ]);
    expect(problems).toBeUndefined();
  });

  it('keeps RUN flags such as cache mounts', () => {
    const { docker } = parseDockerfile('FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt\n', 'Dockerfile');

    expect(docker?.[1]).toEqual({ keyword: 'RUN', args: '--mount=type=cache,target=/root/.cache pip install -r requirements.txt', line: 2 });
  });

  it('skips lines that are not instructions and keeps the rest', () => {
    const { docker, problems } = parseDockerfile('FROM ubuntu:22.04\nthis is not docker\nEXPOSE 8000\n', 'Dockerfile');

    expect(docker?.map((d) => d.keyword)).toEqual(['FROM', 'EXPOSE']);
    expect(problems).toBeUndefined();
  });

  it('reports a file with no instruction at all', () => {
    const { docker, problems } = parseDockerfile('<html>\n{"not": "docker"}\n', 'docker/Dockerfile');

    expect(docker).toEqual([]);
    expect(problems).toEqual([{ path: 'docker/Dockerfile', kind: 'invalid', message: 'no Dockerfile instructions found' }]);
  });

  it('accepts an empty or comment-only file without a problem', () => {
    expect(parseDockerfile('', 'Dockerfile')).toEqual({ docker: [] });
    expect(parseDockerfile('# nothing yet\n', 'Dockerfile')).toEqual({ docker: [] });
  });
});
