import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { containerized } from './containerized.js';

describe('signals/containerized', () => {
  it('is present for a Dockerfile, at its FROM line, and for a compose file, at its first service', async () => {
    const result = await detect(containerized, {
      'docker/Dockerfile.gpu': text`
        # syntax=docker/dockerfile:1
        FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04
        RUN pip install torch
      `,
      'docker-compose.yml': yaml`
        services:
          api:
            build: .
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['docker-compose.yml:2', 'docker/Dockerfile.gpu:2']);
    expect(result.evidence[1].match).toBe('FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04');
  });

  it('counts *.dockerfile names', async () => {
    const result = await detect(containerized, { 'serve.dockerfile': 'FROM python:3.11-slim\n' });

    expect(locations(result)).toEqual(['serve.dockerfile:1']);
  });

  it('is absent when Docker is only mentioned or described', async () => {
    const result = await detect(containerized, {
      'README.md': 'Build it with `docker build -t app .` (see Dockerfile).\n',
      'notes/docker.md': 'FROM python:3.11\n',
      '.devcontainer.json': '{"image": "mcr.microsoft.com/devcontainers/python:3.11"}\n',
      'deploy.py': 'import docker\nclient = docker.from_env()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for an empty Dockerfile or a compose file without services', async () => {
    const result = await detect(containerized, {
      Dockerfile: '# TODO\n',
      'compose.yaml': 'volumes:\n  data: {}\n',
    });

    expect(result.present).toBe(false);
  });
});
