// Claims matrix: a CV that names a product with more words ("PyTorch
// Distributed Data Parallel") is checked for the product only, and the row
// says so (real-people review: "PyTorch Distributed Data (PyTorch)" at rung
// project, with no DistributedDataParallel anywhere).
import { describe, expect, it } from 'vitest';
import { describeSkill } from '../../test/helpers/cv.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { extractClaims } from './extract.js';
import { readCvDocument } from './load.js';
import { addedWords, buildClaimMatrix } from './matrix.js';

const CV = `Jane Doe
jane@example.com

Experience
ML Engineer, Acme
2022 – Present
- Trained vision models with PyTorch Distributed Data Parallel on 8 GPUs.
- Ran jobs on AWS SageMaker Pipelines and served them with FastAPI.
`;

const describeTool = describeSkill;

describe('cv/matrix (CV words beyond the product)', () => {
  it('says the evidence is of the product when the CV words add to its name', async () => {
    const doc = await readCvDocument(new TextEncoder().encode(CV), 'cv.txt');
    const claims = extractClaims(doc, new Date(Date.UTC(2026, 10, 1)));
    const repo = fakeScan('r', {});
    const at = (path: string) => [{ path, line: 1, location: `${path}:1`, match: 'import x', kind: 'import' as const }];
    repo.tools = ['pytorch', 'sagemaker', 'fastapi'].map((tool) => ({ tool, used: true, files: 1, evidence: at(`${tool}.py`), configFiles: [], declared: [] }));

    const rows = buildClaimMatrix(claims, [repo], describeTool).rows;
    const reason = (id: string) => rows.find((r) => r.skill === id)?.reason ?? '';

    expect(reason('pytorch')).toMatch(/; evidence of PyTorch: 'Distributed Data' itself not checked$/);
    expect(reason('sagemaker')).toMatch(/; evidence of Amazon SageMaker: 'Pipelines' itself not checked$/);
    expect(reason('fastapi')).not.toMatch(/itself not checked/);
  });

  it('finds the added words after the longest spelling of the skill', () => {
    expect(addedWords('PyTorch Distributed Data', 'pytorch')).toBe('Distributed Data');
    expect(addedWords('AWS SageMaker Pipelines', 'sagemaker')).toBe('Pipelines');
    expect(addedWords('Hugging Face Transformers', 'transformers')).toBe('');
  });
});
