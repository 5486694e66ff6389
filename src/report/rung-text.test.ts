// A claims row whose CV words add to the product's name ("PyTorch Distributed
// Data") shows its rung as the product's, where readers see it: the report's
// matrix, not only the JSON reason (real-people review: DistributedDataParallel
// read as evidenced at rung "project").
import { describe, expect, it } from 'vitest';
import { describeSkill } from '../../test/helpers/cv.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { extractClaims } from '../cv/extract.js';
import { readCvDocument } from '../cv/load.js';
import { buildClaimMatrix } from '../cv/matrix.js';
import { rungText } from './evidence-text.js';

const CV = 'Jane Doe\njane@example.com\n\nExperience\nML Engineer, Acme\n2022 – Present\n- Trained models with PyTorch Distributed Data Parallel; served them with FastAPI.\n';

describe('report/rungText', () => {
  it('names the product the rung is for when the CV said more, and leaves other rows alone', async () => {
    const claims = extractClaims(await readCvDocument(new TextEncoder().encode(CV), 'cv.txt'), new Date(Date.UTC(2026, 10, 1)));
    const repo = fakeScan('r', {});
    repo.tools = ['pytorch', 'fastapi'].map((tool) => ({ tool, used: true, files: 1, evidence: [{ path: `${tool}.py`, line: 1, location: `${tool}.py:1`, match: 'import x', kind: 'import' as const }], configFiles: [], declared: [] }));
    const rows = buildClaimMatrix(claims, [repo], describeSkill).rows;
    const shown = (id: string) => {
      const r = rows.find((x) => x.skill === id);
      return r ? rungText({ skill: r.skill, name: r.name, rung: r.level, evidence: [], reason: r.reason }) : '';
    };

    expect(shown('pytorch')).toMatch(/^\w+ \(as PyTorch; 'Distributed Data[^']*' not checked\)$/);
    expect(shown('fastapi')).toMatch(/^\w+$/);
  });
});
