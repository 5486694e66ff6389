import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPdf, deflatedZeros, textLines } from '../../test/helpers/pdf.js';
import { inflatedBytes } from './pdf-inflate.js';

const MiB = 1024 * 1024;

describe('cv/pdf-inflate', () => {
  it('adds up what every zlib stream inflates to', async () => {
    const page = (bytes: number) => ({ content: { data: deflateSync(Buffer.alloc(bytes, 0x20)), filter: 'FlateDecode' } });
    const pdf = buildPdf([page(1000), page(2345)], { metadata: { data: deflatedZeros(5 * MiB), filter: 'FlateDecode' } });

    expect(await inflatedBytes(pdf, 100 * MiB)).toBe(1000 + 2345 + 5 * MiB);
  });

  it('stops counting soon after the limit', async () => {
    const pdf = buildPdf([{ content: { data: deflatedZeros(3 * 1024 * MiB), filter: 'FlateDecode' } }]);

    const counted = await inflatedBytes(pdf, 8 * MiB);

    expect(counted).toBeGreaterThan(8 * MiB);
    expect(counted).toBeLessThan(10 * MiB);
  });

  it('counts a truncated stream up to about where it breaks off', async () => {
    // Stored blocks: what follows the cut (`endstream` ...) is counted as the rest of the block.
    const stream = deflateSync(Buffer.alloc(200_000, 0x41), { level: 0 });
    const pdf = buildPdf([{ content: { data: stream.subarray(0, 100_000), filter: 'FlateDecode' } }]);

    const counted = await inflatedBytes(pdf, 100 * MiB);

    expect(counted).toBeGreaterThan(99_000);
    expect(counted).toBeLessThan(101_000);
  });

  it('counts nothing for streams that are not zlib', async () => {
    expect(await inflatedBytes(buildPdf([{ texts: textLines(['Alice Martin', 'stream', 'endstream']) }]), MiB)).toBe(0);
  });
});
