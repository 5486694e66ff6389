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

  it('cites a Dockerfile or a building service before a compose file of stock images (a database is not the project container)', async () => {
    const result = await detect(containerized, {
      'docker-compose.yml': yaml`
        services:
          db:
            image: postgres:16
          cache:
            image: redis:7
      `,
      'service/Dockerfile': 'FROM python:3.12-slim\nCOPY . /app\n',
      'deploy/compose.yaml': yaml`
        services:
          db:
            image: postgres:16
          api:
            image: me/api:latest
            build: ./api
      `,
    });

    expect(locations(result)).toEqual(['deploy/compose.yaml:4', 'service/Dockerfile:1', 'docker-compose.yml:2']);
    expect(result.evidence[0].match).toBe('service api: build ./api');
    expect(result.evidence[2]).toMatchObject({ match: 'service db: postgres:16', secondary: true });
  });

  it('still counts a compose file of stock images alone (the rule: a service), cited as it is', async () => {
    const result = await detect(containerized, { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n' });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['docker-compose.yml:2']);
  });
});
