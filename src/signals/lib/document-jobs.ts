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
// The chunks may be persisted in other ways than a vector store's write
// (documentIo): a saved index (`vectorstore.save_local(path)`,
// `faiss.write_index`, `storage_context.persist`), SQL rows of chunks or
// embeddings (`INSERT INTO chunks (..., embedding)`, which a plain ETL's
// writes leave to rag), or, after a PDF/Office parser or a loader, a JSON
// corpus file (`json.dump`). A saved index also counts with a library
// splitter (`split_documents`) as the chunk step, and its read may then be a
// data file of the job's (`csv.DictReader`, `json.load`, `yaml.safe_load`);
// other persisted writes follow a parser or a loader (a JSON file cleaned
// into an embeddings table is a search cache). A store built in memory and
// never saved is none of these.
import { SAVED_INDEX, VECTOR_STORE_WRITES } from '../../catalog/tools/data-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';
import { dataStep, isDataCall } from './data.js';
import { dataWrites, transformFunction, writesVectors } from './data-jobs.js';
import { inHandler, isViewsModule } from './data-scope.js';

/** A vector-store write (`add_documents`, `upsert`, `from_texts`). */
export function isVectorStoreWrite(call: CallFact): boolean {
  return isDataCall(call, VECTOR_STORE_WRITES);
}

/** A data file a job reads its documents from. */
const FILE_READS = /^(json\.load|csv\.(reader|DictReader)|yaml\.(safe_load|load|safe_load_all|load_all))$/;
/** A JSON corpus file written after documents are parsed. */
const CORPUS_WRITE = /^json\.dump$/;
/** A document parser or loader (not a data frame's or a table's read). */
const DOCUMENT_READ = /(Loader|SimpleDirectoryReader)$|^(fitz|pymupdf|pymupdf4llm|pypdf|PyPDF2|PyPDF4|pdfplumber|pdfminer|unstructured|docling|markitdown|llama_parse|docx)\./;
/** A library splitter's chunking call. */
const SPLITTER = /(^|\.)(split_documents|split_text|create_documents|get_nodes_from_documents)$/;

interface DocumentIo {
  /** Document parsers and loaders (dataStep). */
  parsed: CallFact[];
  /** Data files read (json, csv, yaml). */
  files: CallFact[];
  /** Vector-store writes. */
  stores: CallFact[];
  /** SQL rows of chunks or embeddings. */
  rows: CallFact[];
  /** Saved indexes. */
  saved: CallFact[];
  /** JSON files written. */
  corpus: CallFact[];
}

/** The document reads and persisted writes of a module, outside request handlers. */
function documentIo(file: PyFile): DocumentIo {
  if (isViewsModule(file)) return { parsed: [], files: [], stores: [], rows: [], saved: [], corpus: [] };
  const job = (c: CallFact) => !inHandler(file, c);
  const calls = file.facts.calls.filter(job);
  const vectorSql = (c: CallFact) => /(^|\.)(execute|executemany)$/.test(c.name) && c.strings.some(writesVectors);
  return {
    parsed: dataStep(file).reads.filter(job),
    files: calls.filter((c) => FILE_READS.test(c.name)),
    stores: dataWrites(file).filter((c) => job(c) && isVectorStoreWrite(c)),
    rows: dataStep(file).writes.filter((c) => job(c) && vectorSql(c)),
    saved: calls.filter((c) => SAVED_INDEX.test(c.name)),
    corpus: calls.filter((c) => CORPUS_WRITE.test(c.name)),
  };
}

/** The function of its own that chunks or cleans a document job's text, if the module (or the part of it a job runs) has one. */
export function documentTransform(file: PyFile): FunctionFact | undefined {
  const io = documentIo(file);
  return transformFunction(file, [...dataStep(file).reads, ...dataWrites(file), ...io.files, ...io.saved, ...io.corpus, ...io.stores, ...io.rows]);
}

export function functionEvidence(file: PyFile, fn: FunctionFact): Evidence {
  return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
}

/**
 * A module that reads documents, chunks or cleans them in a function of its
 * own, and persists the chunks: a vector store's write, SQL rows of chunks or
 * embeddings, a saved index, or (after a parser or loader) a JSON corpus
 * file. A saved index also counts after a library splitter.
 */
export function documentJobEvidence(file: PyFile): Evidence[] {
  const io = documentIo(file);
  // A data file of the job's counts as its documents only before a saved index: a JSON file cleaned into an embeddings table is a search cache.
  // Cited at a document read first, a SQL read of the module's last.
  const parsed = [...io.parsed.filter((c) => DOCUMENT_READ.test(c.name)), ...io.parsed.filter((c) => !DOCUMENT_READ.test(c.name))];
  const reads = io.saved.length > 0 ? [...parsed, ...io.files] : parsed;
  if (reads.length === 0) return [];
  // SQL rows and a JSON corpus follow a document parser or loader, not a frame's or a SQL read (a table's rows re-embedded are a search cache, a frame's metrics dumped are no corpus).
  const documents = io.parsed.some((c) => DOCUMENT_READ.test(c.name));
  const writes = [...(io.parsed.length > 0 ? io.stores : []), ...(documents ? [...io.rows, ...io.corpus] : []), ...io.saved];
  if (writes.length === 0) return [];
  const fn = documentTransform(file);
  if (fn) return [callEvidence(file, reads[0]), functionEvidence(file, fn), callEvidence(file, writes[0])];
  const split = io.saved.length > 0 ? dataStep(file).transforms.find((c) => SPLITTER.test(c.name) && !inHandler(file, c)) : undefined;
  return split ? [callEvidence(file, reads[0]), callEvidence(file, split), callEvidence(file, io.saved[0])] : [];
}
