import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { observability } from './observability.js';

const LANGCHAIN = { 'requirements.txt': 'langchain==0.2.0\nlangserve==0.2.0\n' };

describe('signals/observability: tracing switched on by configuration', () => {
  it('counts LangSmith tracing set to true in each kind of deployment configuration', async () => {
    const result = await detect(observability, {
      ...LANGCHAIN,
      'copilot/api/manifest.yml': yaml`
        name: api
        type: Load Balanced Web Service
        variables:
          # LangSmith
          LANGCHAIN_TRACING_V2: true
          LANGCHAIN_PROJECT: chat
      `,
      'docker-compose.yml': yaml`
        services:
          api:
            build: .
            environment:
              - LANGSMITH_TRACING=true
          worker:
            build: .
            environment:
              LANGCHAIN_TRACING_V2: "true"
      `,
      'k8s/deployment.yaml': yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: api:1
                  env:
                    - name: LANGCHAIN_TRACING_V2
                      value: "true"
      `,
      'template.yaml': yaml`
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Environment:
                Variables:
                  LANGSMITH_TRACING: 'True'
      `,
      'Dockerfile': 'FROM python:3.11\nENV LANGCHAIN_TRACING_V2=true LANGCHAIN_PROJECT=chat\nCMD ["uvicorn", "app:app"]\n',
      '.env.example': 'LANGCHAIN_API_KEY=\nexport LANGCHAIN_TRACING_V2=true\n',
    });

    expect(result.present).toBe(true);
    expect(new Set(locations(result))).toEqual(
      new Set(['copilot/api/manifest.yml:5', 'docker-compose.yml:5', 'docker-compose.yml:9', 'k8s/deployment.yaml:12', 'template.yaml:8', 'Dockerfile:2', '.env.example:2']),
    );
    expect(result.evidence.every((e) => e.tool === 'langsmith')).toBe(true);
    expect(result.evidence.find((e) => e.path === 'Dockerfile')?.match).toBe('ENV LANGCHAIN_TRACING_V2=true');
  });

  it('is absent when tracing is only mentioned: a README, a commented-out line', async () => {
    const result = await detect(observability, {
      ...LANGCHAIN,
      'README.md': 'Turn on tracing:\n\n```\nexport LANGCHAIN_TRACING_V2=true\n```\n',
      '.env.example': '# LANGCHAIN_TRACING_V2=true\n',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      # LANGCHAIN_TRACING_V2: "true"\n      PORT: "8000"\n',
      'Dockerfile': 'FROM python:3.11\n# ENV LANGCHAIN_TRACING_V2=true\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when tracing is set to false, left empty, or set where no LangChain or LangSmith package is', async () => {
    const off = await detect(observability, {
      ...LANGCHAIN,
      'serverless.yml': 'service: api\nprovider:\n  name: aws\n  environment:\n    LANGCHAIN_TRACING_V2: false\n',
      '.env': 'LANGSMITH_TRACING="false"\nLANGCHAIN_TRACING_V2=\n',
      'Dockerfile': 'FROM python:3.11\nENV LANGSMITH_TRACING=false\n',
    });
    expect(off).toMatchObject({ present: false, evidence: [] });

    const noLibrary = await detect(observability, { 'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    environment:\n      LANGCHAIN_TRACING_V2: "true"\n' });
    expect(noLibrary).toMatchObject({ present: false, evidence: [] });
  });

  it('counts Langfuse keys or host set in configuration only where the langfuse package is declared', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      LANGFUSE_HOST: https://cloud.langfuse.com\n',
      '.env.example': 'LANGFUSE_PUBLIC_KEY=pk-lf-123\nLANGFUSE_SECRET_KEY=sk-lf-456\n',
    };
    const declared = await detect(observability, { ...files, 'requirements.txt': 'langfuse==2.0\n' });
    expect(declared.evidence.filter((e) => e.kind === 'config')).toMatchObject([
      { location: '.env.example:1', tool: 'langfuse', match: 'LANGFUSE_PUBLIC_KEY=…' },
      { location: 'docker-compose.yml:5', tool: 'langfuse', match: 'LANGFUSE_HOST=https://cloud.langfuse.com' },
    ]);

    const undeclared = await detect(observability, files);
    expect(undeclared).toMatchObject({ present: false, evidence: [] });

    const empty = await detect(observability, { '.env.example': 'LANGFUSE_PUBLIC_KEY=\nLANGFUSE_HOST=\n', 'requirements.txt': 'langfuse==2.0\n' });
    expect(empty.evidence.filter((e) => e.kind === 'config')).toEqual([]);
  });
});
