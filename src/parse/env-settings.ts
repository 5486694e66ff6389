// Environment variables that switch LLM tracing on, set in configuration
// rather than in code: dotenv files (`.env`, `.env.example`, `app.env`),
// compose `environment:` (map or `- NAME=value` list), Kubernetes container
// `env:` (`- name: NAME` then `value: ...`), SAM/CloudFormation
// `Environment: Variables:`, serverless `environment:`, Copilot `variables:`.
// Read line by line (a Helm or Jinja template is not YAML until rendered, and
// every one of these formats puts one setting on a line); commented-out lines
// are skipped. Only the names below are read, so facts stay small and no
// other setting (a secret) is copied. Dockerfile `ENV` is read from the
// Dockerfile's own facts (signals/observability.ts).
import type { ConfigFact, FileFacts } from './types.js';

/**
 * Settings that turn tracing on (LangSmith: https://docs.smith.langchain.com/observability;
 * Langfuse: https://langfuse.com/docs/sdk/python/low-level-sdk), as ConfigFacts `env:<NAME>`.
 */
export const TRACING_ENV_NAMES = ['LANGCHAIN_TRACING_V2', 'LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'LANGFUSE_PUBLIC_KEY', 'LANGFUSE_HOST', 'LANGFUSE_BASE_URL'] as const;
/** Names whose value is a credential: the fact keeps only whether it is set. */
const CREDENTIALS = new Set(['LANGFUSE_PUBLIC_KEY']);
const NAMES = TRACING_ENV_NAMES.join('|');
const ANY_NAME = new RegExp(`\\b(${NAMES})\\b`);

// `NAME=value`, `export NAME=value`, `- NAME=value`, `- "NAME=value"` (dotenv, shell, compose list).
const ASSIGN = new RegExp(`^(?:-\\s*)?["']?(?:export\\s+)?(${NAMES})\\s*=\\s*(.*)$`);
// `NAME: value` (a YAML map entry), `- NAME: value`.
const MAP_ENTRY = new RegExp(`^(?:-\\s*)?["']?(${NAMES})["']?\\s*:\\s*(.*)$`);
// Kubernetes `- name: NAME` whose `value:` follows on one of the next lines.
const K8S_NAME = new RegExp(`^(?:-\\s*)?name\\s*:\\s*["']?(${NAMES})["']?\\s*(?:#.*)?$`);
const K8S_VALUE = /^value\s*:\s*(.*)$/;

/** The value as the program would read it: quotes and a trailing YAML/shell comment removed. */
function cleanValue(raw: string): string {
  let v = raw.trim();
  const quoted = /^(["'])(.*?)\1/.exec(v);
  if (quoted) return quoted[2];
  v = v.replace(/\s+#.*$/, '');
  return v.replace(/^["']|["']$/g, '').trim();
}

function fact(name: string, value: string, line: number): ConfigFact {
  const shown = CREDENTIALS.has(name) && value !== '' ? '…' : value;
  return { key: `env:${name}`, text: `${name}=${shown}`, line };
}

/** `env:<NAME>` ConfigFacts for the tracing settings a configuration file sets (value kept as written, a credential elided). */
export function envSettings(text: string): ConfigFact[] {
  if (!ANY_NAME.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const out: ConfigFact[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//') || !ANY_NAME.test(line)) continue;
    const assign = ASSIGN.exec(line) ?? MAP_ENTRY.exec(line);
    if (assign) {
      out.push(fact(assign[1], cleanValue(assign[2]), i + 1));
      continue;
    }
    const k8s = K8S_NAME.exec(line);
    if (!k8s) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const value = K8S_VALUE.exec(lines[j].trim());
      if (value) {
        out.push(fact(k8s[1], cleanValue(value[1]), i + 1));
        break;
      }
    }
  }
  return out;
}

/** Parser for dotenv files: only their tracing settings. */
export function parseEnvFile(text: string): Partial<FileFacts> {
  const configs = envSettings(text);
  return configs.length > 0 ? { configs } : {};
}
