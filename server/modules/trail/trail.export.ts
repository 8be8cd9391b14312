import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { auditActionOf } from '../../graphql/audit-action.js';
import { toGlobalId } from '../../graphql/ids.js';
import { allows } from '../../graphql/policy.js';
import type { HttpDeps } from '../../module.js';
import { trailFilterOf } from './trail.inputs.js';
import { TRAIL_POLICY } from './trail.policy.js';
import type { TrailService } from './trail.service.js';

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

function dateOf(value: string | undefined): Date | null {
  if (!value) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/**
 * GET /exports/audit-trail.csv?subjectId=&actorId=&action=&from=&to=:
 * the officer's trail page exports what it shows, with the same filters and
 * the same jurisdiction rule as `auditTrail`, streamed in batches.
 */
export function registerTrailExport(http: FastifyInstance, deps: HttpDeps, trail: TrailService): void {
  http.get('/exports/audit-trail.csv', async (request, reply) => {
    const ctx = await deps.context(request, reply);
    try {
      if (!allows(TRAIL_POLICY.operations.auditTrail, ctx))
        return reply.code(403).send({ error: 'FORBIDDEN' });
    } catch (error) {
      if (error instanceof GraphQLError) return reply.code(401).send({ error: 'UNAUTHENTICATED' });
      throw error;
    }
    const query = request.query as Record<string, string | undefined>;
    const filter = trailFilterOf({
      subjectId: query.subjectId || null,
      actorId: query.actorId || null,
      // Unknown actions match nothing rather than being ignored.
      action: query.action ? (auditActionOf(query.action) ?? '-') : null,
      from: dateOf(query.from),
      to: dateOf(query.to),
      changesOnly: query.changesOnly === 'true',
    });
    const csv = stringify({ header: true, columns: COLUMNS, bom: true });
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="audit-trail.csv"');
    void (async () => {
      let lastId: number | null = null;
      let written = 0;
      try {
        while (written < MAX_EXPORT_ROWS) {
          const rows = await trail.exportBatch(ctx, filter, lastId, BATCH);
          for (const row of rows) {
            csv.write([
              toGlobalId('AuditEvent', Number(row.id)),
              new Date(row.occurred_at as string).toISOString(),
              row.actor_key == null ? null : toGlobalId('Account', Number(row.actor_key)),
              row.actor_name,
              row.role,
              row.action,
              toGlobalId(String(row.subject_type), String(row.subject_key)),
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
