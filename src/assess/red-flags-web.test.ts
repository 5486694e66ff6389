// Issue 14, review on real people: the "Web Python without ML" flag listed
// Flask and aiohttp beside the FastAPI route that raised it, though both were
// only pinned in a requirements file and never imported.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import type { ToolUse } from '../signals/types.js';
import { findRedFlags } from './red-flags.js';
import { loadRoleFile, templatePath } from './role-profile.js';

const used = (tool: string, location: string): ToolUse => ({ tool, used: true, files: 1, evidence: [{ path: location.split(':')[0], line: 3, location, match: `from ${tool} import x`, kind: 'import' }], configFiles: [], declared: [] });
const declaredOnly = (tool: string): ToolUse => ({ tool, used: false, files: 0, evidence: [], configFiles: [], declared: [{ path: 'requirements.txt', line: 1, location: 'requirements.txt:1', match: `${tool}==1.0`, kind: 'declared-only' }] });

describe('assess/red flags: web without ML', () => {
  it('names only the web frameworks a repository really uses', () => {
    const scan = fakeScan('shop', { serving_api: true }, { tools: [used('fastapi', 'api/routes.py:3'), declaredOnly('flask'), declaredOnly('aiohttp')] });
    const flags = findRedFlags([scan], loadRoleFile(templatePath('python-ai-engineer')), undefined, '2026-12-01');

    expect(flags.find((f) => f.id === 'web_without_ml')?.evidence).toEqual(['shop: api/routes.py:3']);
  });
});
