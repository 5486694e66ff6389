// Document-ingestion jobs whose transformation is hand-written Python
// (dev-set convention: an ingestion job of its own counts, borderline). The
// vocabulary (catalog/tools/data-calls.ts) sees a PDF parser or loader read,
// a library splitter and a vector-store write; a job that chunks or cleans
// the text with string code in a function of its own (`create_chunks`,
// `clean_text`, `chunk_tokens`) has no transformation call to see. Such a
// function counts as the transformation when the job reads documents (a
// parser, a loader, a data file: not an API or an LLM request, which feeding
// a store is retrieval plumbing) and writes into a vector store. A loader
// that writes its input unchanged has no such function, and a query-time
// read writes nothing.
import { VECTOR_STORE_WRITES } from '../../catalog/tools/data-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';
import { dataStep, isDataCall } from './data.js';
import { dataWrites, transformFunction } from './data-jobs.js';
import { inHandler, isViewsModule } from './data-scope.js';

/** A vector-store write (`add_documents`, `upsert`, `from_texts`). */
export function isVectorStoreWrite(call: CallFact): boolean {
  return isDataCall(call, VECTOR_STORE_WRITES);
}

/** The document reads and vector-store writes of a module, outside request handlers. */
function documentIo(file: PyFile): { reads: CallFact[]; writes: CallFact[] } {
  if (isViewsModule(file)) return { reads: [], writes: [] };
  const job = (c: CallFact) => !inHandler(file, c);
  return { reads: dataStep(file).reads.filter(job), writes: dataWrites(file).filter((c) => job(c) && isVectorStoreWrite(c)) };
}

/** The function of its own that chunks or cleans a document job's text, if the module (or the part of it a job runs) has one. */
export function documentTransform(file: PyFile): FunctionFact | undefined {
  return transformFunction(file, [...dataStep(file).reads, ...dataWrites(file)]);
}

export function functionEvidence(file: PyFile, fn: FunctionFact): Evidence {
  return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
}

/** A module that reads documents, chunks or cleans them in a function of its own, and writes the chunks into a vector store. */
export function documentJobEvidence(file: PyFile): Evidence[] {
  const { reads, writes } = documentIo(file);
  if (reads.length === 0 || writes.length === 0) return [];
  const fn = documentTransform(file);
  return fn ? [callEvidence(file, reads[0]), functionEvidence(file, fn), callEvidence(file, writes[0])] : [];
}
