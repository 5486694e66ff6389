import { describe, expect, it } from 'vitest';
import { envSettings } from './env-settings.js';

describe('parse/env-settings', () => {
  it('reads tracing settings from dotenv, compose lists, YAML maps and Kubernetes env entries', () => {
    const text = [
      'export LANGCHAIN_TRACING_V2="true"  # on',
      '- "LANGSMITH_TRACING=true"',
      'LANGFUSE_HOST: https://cloud.langfuse.com # self-hosted',
      '- name: LANGSMITH_TRACING_V2',
      '  value: "false"',
      'LANGFUSE_PUBLIC_KEY=pk-lf-1',
    ].join('\n');
    expect(envSettings(text)).toEqual([
      { key: 'env:LANGCHAIN_TRACING_V2', text: 'LANGCHAIN_TRACING_V2=true', line: 1 },
      { key: 'env:LANGSMITH_TRACING', text: 'LANGSMITH_TRACING=true', line: 2 },
      { key: 'env:LANGFUSE_HOST', text: 'LANGFUSE_HOST=https://cloud.langfuse.com', line: 3 },
      { key: 'env:LANGSMITH_TRACING_V2', text: 'LANGSMITH_TRACING_V2=false', line: 4 },
      { key: 'env:LANGFUSE_PUBLIC_KEY', text: 'LANGFUSE_PUBLIC_KEY=…', line: 6 },
    ]);
  });

  it('skips commented-out lines, other settings and mere mentions', () => {
    expect(envSettings('# LANGCHAIN_TRACING_V2=true\n  #  LANGSMITH_TRACING: true\nPORT=8000\necho "set LANGCHAIN_TRACING_V2 to true"\n')).toEqual([]);
  });
});
