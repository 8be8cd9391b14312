import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context.js';
import { toGlobalId } from '../../graphql/node.js';
import { mayRun } from '../identity/policy.js';
import { trailQuery, type TrailFilter } from './trail.service.js';

/** An export holds at most this many events; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 200_000;
const BATCH = 2_000;

const COLUMNS = [
  'id',
  'occurredAt',
  'actorId',
  'actorName',
  'role',
  'action',
  'subjectId',
  'changes',
  'requestId',
  'clientAddress',
  'hash',
];

function filterFrom(query: Record<string, string | undefined>): TrailFilter {
  const date = (value: string | undefined) => {
    if (!value) return null;
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  };
  return {
    subjectId: query.subjectId || null,
    actorId: query.actorId || null,
    action: query.action || null,
    from: date(query.from),
    to: date(query.to),
    changesOnly: query.changesOnly === 'true',
  };
}

/**
 * GET /exports/audit-trail.csv?subjectId=&actorId=&action=&from=&to=:
 * the officer's trail page exports what it shows, with the same filters and
 * the same jurisdiction rule as `auditTrail`, streamed in batches.
 */
export function registerTrailExport(
  http: FastifyInstance,
  context: (request: FastifyRequest, reply: FastifyReply) => Promise<RequestContext>,
): void {
  http.get('/exports/audit-trail.csv', async (request, reply) => {
    const ctx = await context(request, reply);
    try {
      if (!mayRun('auditTrail', ctx)) return reply.code(403).send({ error: 'FORBIDDEN' });
    } catch (error) {
      if (error instanceof GraphQLError) return reply.code(401).send({ error: 'UNAUTHENTICATED' });
      throw error;
    }
    const filter = filterFrom(request.query as Record<string, string | undefined>);
    const csv = stringify({ header: true, columns: COLUMNS, bom: true });
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="audit-trail.csv"');
    void (async () => {
      let lastId: number | null = null;
      let written = 0;
      try {
        while (written < MAX_EXPORT_ROWS) {
          const query = trailQuery(ctx, filter, ctx.em.getKnex()('audit_event as e').select('e.*'))
            .orderBy('e.id', 'desc')
            .limit(BATCH);
          if (lastId !== null) query.where('e.id', '<', lastId);
          const rows: Record<string, unknown>[] = await query;
          for (const row of rows) {
            csv.write([
              toGlobalId('AuditEvent', Number(row.id)),
              new Date(row.occurred_at as string).toISOString(),
              row.actor_id,
              row.actor_name,
              row.role,
              row.action,
              row.subject_id,
              JSON.stringify(row.changes),
              row.request_id,
              row.client_address,
              row.hash,
            ]);
          }
          written += rows.length;
          if (rows.length < BATCH) break;
          lastId = Number(rows[rows.length - 1].id);
        }
      } finally {
        csv.end();
      }
    })();
    return reply.send(csv);
  });
}
