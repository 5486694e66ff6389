// A managed vector index's endpoint created from code (Databricks Vector
// Search: `vsc = VectorSearchClient(); vsc.create_endpoint(...)`) hosts a
// retrieval index, like Pinecone's `create_index`: rag, neither a deployment
// described as code (infra_as_code) nor a model served (serving_api), which
// the catalogue's `*.create_endpoint` otherwise reads it as.
import { SERVING } from '../../catalog/index.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';

/** The call creates a vector index's endpoint: on a vector-search client by name, receiver, or a name bound to one in the file. */
export function createsVectorEndpoint(file: PyFile, call: CallFact): boolean {
  if (!/(^|\.)create_endpoint$/.test(call.name)) return false;
  const on = call.name.slice(0, call.name.lastIndexOf('.'));
  if (SERVING.VECTOR_INDEX_CLIENTS.test(on) || (call.receiver !== undefined && SERVING.VECTOR_INDEX_CLIENTS.test(call.receiver))) return true;
  const head = on.split('.')[0];
  return file.facts.calls.some((c) => (c.bound ?? []).includes(head) && SERVING.VECTOR_INDEX_CLIENTS.test(c.name));
}
