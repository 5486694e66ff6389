// Runs the CV reader over every CV file in a folder and prints, per file, the
// hidden-text flag (with its words), the roles parsed, and the years stated
// against the years the dated roles cover. For measuring false accusations on
// a corpus of real CVs kept outside the repository:
//   npx tsx scripts/cv-corpus.ts /tmp/cvcorpus [--roles] [--json out.json]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCvFile } from '../src/cv/index.js';
import type { CvResult } from '../src/cv/types.js';

interface Row {
  file: string;
  producer: string;
  error?: string;
  hidden: string[];
  yearsFlag: boolean;
  stated?: number;
  covered?: number;
  roles: string[];
}

const CV_FILE = /\.(pdf|docx|md|txt)$/i;

/** The PDF's Producer or Creator (metadata only, never its text), to see which generators the corpus covers. */
async function producerOf(path: string): Promise<string> {
  if (!/\.pdf$/i.test(path)) return path.split('.').pop() ?? '';
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, verbosity: 0 });
  try {
    const { info } = (await (await task.promise).getMetadata()) as { info?: { Producer?: string; Creator?: string } };
    return [info?.Creator, info?.Producer].filter(Boolean).join(' / ').replace(/\s+/g, ' ').slice(0, 40);
  } catch {
    return '?';
  } finally {
    await task.destroy();
  }
}

function rowOf(file: string, producer: string, cv: CvResult): Row {
  const flags = cv.claims.redFlags;
  return {
    file,
    producer,
    hidden: flags.filter((f) => f.kind === 'hidden-text').flatMap((f) => f.words ?? []),
    yearsFlag: flags.some((f) => f.kind === 'years-mismatch'),
    stated: cv.claims.statedYears,
    covered: cv.claims.computedYears,
    roles: cv.claims.roles.map((r) => `${r.start}..${r.end} | ${r.title ?? '-'} | ${r.employer ?? '-'}`),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: tsx scripts/cv-corpus.ts DIR [--roles] [--json FILE]\n');
    process.exit(2);
  }
  const jsonAt = args.indexOf('--json');
  const showRoles = args.includes('--roles');
  const files = (await readdir(dir)).filter((f) => CV_FILE.test(f)).sort();
  const rows: Row[] = [];
  for (const file of files) {
    const producer = await producerOf(join(dir, file));
    try {
      rows.push(rowOf(file, producer, await parseCvFile(join(dir, file))));
    } catch (err) {
      rows.push({ file, producer, error: (err as Error).message, hidden: [], yearsFlag: false, roles: [] });
    }
  }
  const out: string[] = [];
  for (const r of rows) {
    const years = `${r.stated ?? '-'}/${r.covered ?? '-'}${r.yearsFlag ? ' FLAG' : ''}`;
    const hidden = r.error ? `error: ${r.error}` : r.hidden.length ? `HIDDEN ${JSON.stringify(r.hidden.slice(0, 8))}` : 'no hidden';
    out.push(`${r.file.slice(0, 44).padEnd(44)} ${r.producer.slice(0, 30).padEnd(30)} roles ${String(r.roles.length).padStart(2)}  years ${years.padEnd(14)} ${hidden}`);
    if (showRoles) for (const role of r.roles) out.push(`    ${role}`);
  }
  const flagged = rows.filter((r) => r.hidden.length > 0).length;
  const yearsFlags = rows.filter((r) => r.yearsFlag).length;
  out.push('', `${rows.length} files; hidden-text flags on ${flagged}; years-mismatch flags on ${yearsFlags}; errors ${rows.filter((r) => r.error).length}`);
  process.stdout.write(out.join('\n') + '\n');
  if (jsonAt >= 0 && args[jsonAt + 1]) await writeFile(args[jsonAt + 1], JSON.stringify(rows, null, 2));
}

await main();
