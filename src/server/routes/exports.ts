// Hand-off to an applicant tracking system: a candidate's scorecards,
// assessment and decision as Greenhouse-Harvest-shaped JSON, a role's
// shortlist as CSV, and candidates imported from CSV.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { filterRows, roleTable } from '../../app/role-table.js';
import { addRepositoryUrl, checkRepositoryRemote } from '../../app/uploads.js';
import { viewDecision } from '../../app/decision-view.js';
import { ShortlistQuery } from '../../model/api.js';
import { isUserError } from '../../util/errors.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { formatCsv, parseCsv } from '../../util/csv.js';
import { httpError } from '../errors.js';
import { atsExport, type SubmittedCard } from '../harvest.js';
import { actorOf } from '../session.js';
import { candidateFor } from '../views.js';
import { roleOr404 } from './roles.js';

const SHORTLIST_HEADER = ['rank', 'candidate_id', 'label', 'status', 'fit', 'coverage', 'gates_met', 'gates_total', 'red_flags', 'scorecards', 'recommendation'];
const SPLIT = /[;\s]+/;

interface ImportRow {
  label: string;
  emails: string[];
  names: string[];
  repositories: string[];
}

/** The CSV's candidates, or every problem by line (nothing is created unless every row is good). */
async function importRows(text: string, ctx: RouteContext): Promise<{ rows: ImportRow[]; problems: Array<{ line: number; message: string }> }> {
  const [head = [], ...body] = parseCsv(text);
  const header = head.map((h) => h.trim().toLowerCase());
  // Lines as written when no cell spans lines (the header is line 1).
  const table = body.map((cells, i) => ({ line: i + 2, values: Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()])) as Record<string, string | undefined> }));
  const problems: Array<{ line: number; message: string }> = [];
  if (!header.includes('label') && !header.includes('name')) problems.push({ line: 1, message: 'the header needs a label (or name) column' });
  if (table.length > ctx.limits.csvRows) problems.push({ line: 0, message: `at most ${ctx.limits.csvRows} rows at once` });
  const rows: ImportRow[] = [];
  for (const { line, values } of problems.length > 0 ? [] : table) {
    const label = values.label || values.name || '';
    const list = (v: string | undefined, max: number) => (v ?? '').split(SPLIT).filter(Boolean).slice(0, max);
    const row = { label, emails: list(values.email ?? values.emails, 50), names: (values.names ?? '').split(';').map((s) => s.trim()).filter(Boolean), repositories: list(values.repositories ?? values.repository, 20) };
    if (!label || label.length > 200) problems.push({ line, message: 'a label of 1 to 200 characters is required' });
    for (const url of row.repositories) {
      try {
        await checkRepositoryRemote(url, ctx.remote);
      } catch (err) {
        problems.push({ line, message: isUserError(err) ? err.message : 'bad repository URL' });
        break;
      }
    }
    rows.push(row);
  }
  return { rows, problems };
}

export function registerExportRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/candidates/:candidateId/export', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const { candidate, role } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const users = new Map((await ctx.store.users.list()).map((u) => [u.id, u]));
    const cards: SubmittedCard[] = (await ctx.store.scorecards.listSubmitted(candidate.id)).map((s) => ({
      interviewer: { id: s.interviewerId, name: users.get(s.interviewerId)?.name ?? s.card.interviewer },
      submittedAt: s.submittedAt,
      card: s.card,
    }));
    const decision = cards.length > 0 && (await ctx.store.kits.get(candidate.id)) ? await viewDecision(actor, candidate.id, { results: ctx.store }) : undefined;
    const assessment = candidate.roleId ? await ctx.store.assessments.get(candidate.id, candidate.roleId) : await ctx.store.assessments.latest(candidate.id);
    await audit(ctx, request, 'export', 'candidate', candidate.id, 'ats.export');
    reply.header('content-disposition', `attachment; filename="candidate-${candidate.id}.json"`);
    return atsExport({
      candidate,
      role: role ? { id: role.id, title: role.title } : null,
      kit: await ctx.store.kits.get(candidate.id),
      cards,
      assessment: assessment?.assessment,
      decision,
    });
  });

  app.get('/roles/:roleId/shortlist.csv', async (request, reply) => {
    assertAccess(canManageHiring(actorOf(request)));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    const query = parse(ShortlistQuery, request.query);
    const rows = filterRows(await roleTable(ctx.store, role.id), { minFit: query.minFit }).filter((r) => r.fit !== null).slice(0, query.limit ?? 1000);
    await audit(ctx, request, 'export', 'role', role.id, 'shortlist.export');
    const csv = formatCsv([
      SHORTLIST_HEADER,
      ...rows.map((r) => [r.rank ?? '', r.id, r.label, r.status, r.fit ?? '', r.coverage?.share ?? '', r.gates.met, r.gates.total, r.redFlags, r.scorecards, r.recommendation ?? '']),
    ]);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="shortlist-${role.profile.name}.csv"`).send(csv);
  });

  app.post('/roles/:roleId/import', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    if (typeof request.body !== 'string') throw httpError('E_UNSUPPORTED', 'send the CSV as text/csv');
    const { rows, problems } = await importRows(request.body, ctx);
    if (problems.length > 0) {
      return reply.status(400).send({ error: { code: 'E_INVALID', message: `line ${problems[0].line}: ${problems[0].message}` }, rows: problems });
    }
    const created = [];
    for (const row of rows) {
      const c = await ctx.store.candidates.create({ label: row.label, roleId: role.id, emails: row.emails, names: row.names, createdBy: actor.id });
      for (const url of row.repositories) await addRepositoryUrl(ctx.store, c.id, url, { remote: ctx.remote });
      await audit(ctx, request, 'create', 'candidate', c.id, 'candidate.import');
      created.push({ id: c.id, label: c.label });
    }
    return reply.status(201).send({ created });
  });
}
