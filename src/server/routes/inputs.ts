// A candidate's inputs: CV and archive uploads (multipart, one file each,
// size-limited, stored by id in the data folder), repositories by URL, and
// removing either.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { addArchive, addCv, addRepositoryUrl, type Upload } from '../../app/uploads.js';
import { AddRepositoryBody } from '../../model/api.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { candidateFor, fileView, repositoryView } from '../views.js';

/** The request's one file, streamed (refused past `maxBytes` while it arrives). */
async function uploadOf(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) throw httpError('E_UNSUPPORTED', 'send the file as multipart/form-data in a field named file');
  // One byte over the limit reaches the store, which refuses the file: a stream cut at the limit must never pass for a whole file.
  const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
  if (!part || part.fieldname !== 'file') throw httpError('E_INVALID', 'send the file in a field named file');
  return { filename: part.filename || 'upload', content: part.file, truncated: () => part.file.truncated };
}

async function staffCandidate(ctx: RouteContext, request: FastifyRequest) {
  const actor = actorOf(request);
  assertAccess(canManageHiring(actor));
  return (await candidateFor(ctx, actor, param(request, 'candidateId'))).candidate;
}

export function registerInputRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/candidates/:candidateId/cv', async (request, reply) => {
    const candidate = await staffCandidate(ctx, request);
    const file = await addCv(ctx.store, candidate.id, await uploadOf(request, ctx.limits.cvBytes), ctx.limits.cvBytes);
    await audit(ctx, request, 'create', 'candidate', candidate.id, 'cv.upload');
    return reply.status(201).send({ file: fileView(file) });
  });

  app.post('/candidates/:candidateId/archives', async (request, reply) => {
    const candidate = await staffCandidate(ctx, request);
    const upload = await uploadOf(request, ctx.limits.archiveBytes);
    const { file, repository } = await addArchive(ctx.store, candidate.id, upload, { maxBytes: ctx.limits.archiveBytes, limits: ctx.ingestLimits });
    await audit(ctx, request, 'create', 'candidate', candidate.id, 'archive.upload');
    return reply.status(201).send({ file: fileView(file), repository: repositoryView(repository) });
  });

  app.delete('/candidates/:candidateId/files/:fileId', async (request, reply) => {
    const candidate = await staffCandidate(ctx, request);
    const file = await ctx.store.files.get(param(request, 'fileId'));
    if (!file || file.candidateId !== candidate.id) throw httpError('E_NOT_FOUND', 'no such file');
    const repos = (await ctx.store.repositories.listByCandidate(candidate.id)).filter((r) => r.fileId === file.id);
    for (const repo of repos) await ctx.store.repositories.remove(repo.id);
    await ctx.store.files.delete(file.id);
    for (const repo of repos) if (repo.scanId) await ctx.store.scans.dropIfUnreferenced(repo.scanId);
    await audit(ctx, request, 'delete', 'candidate', candidate.id, 'file.delete');
    return reply.status(204).send();
  });

  app.post('/candidates/:candidateId/repositories', async (request, reply) => {
    const candidate = await staffCandidate(ctx, request);
    const body = parse(AddRepositoryBody, request.body);
    const repository = await addRepositoryUrl(ctx.store, candidate.id, body.url, { commit: body.commit, remote: ctx.remote });
    await audit(ctx, request, 'create', 'candidate', candidate.id, 'repository.add');
    return reply.status(201).send({ repository: repositoryView(repository) });
  });

  app.delete('/candidates/:candidateId/repositories/:repositoryId', async (request, reply) => {
    const candidate = await staffCandidate(ctx, request);
    const repo = await ctx.store.repositories.get(param(request, 'repositoryId'));
    if (!repo || repo.candidateId !== candidate.id) throw httpError('E_NOT_FOUND', 'no such repository');
    await ctx.store.repositories.remove(repo.id);
    if (repo.fileId) await ctx.store.files.delete(repo.fileId);
    if (repo.scanId) await ctx.store.scans.dropIfUnreferenced(repo.scanId);
    await audit(ctx, request, 'delete', 'candidate', candidate.id, 'repository.remove');
    return reply.status(204).send();
  });
}
