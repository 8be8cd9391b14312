import type { FastifyInstance } from 'fastify';
import { OFFICER_ROLES } from '../../common/roles.js';
import { auditActionOf } from '../../graphql/audit-action.js';
import { toGlobalId } from '../../graphql/ids.js';
import { sendCsv } from '../../http/csv.js';
import { defineGetRoute, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { trailFilterOf } from './trail.inputs.js';
import { maySeeClientAddresses } from './trail.policy.js';
import type { TrailService } from './trail.service.js';

/** An export holds at most this many events; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 200_000;
const BATCH = 2_000;
/** Rate-limit points of one export (it reads up to MAX_EXPORT_ROWS events). */
const EXPORT_COST = 2_000;

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

interface TrailExportQuery {
  subjectId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  changesOnly?: 'true' | 'false';
}

const instant = (value: string | undefined) => (value ? new Date(value) : null);

/**
 * GET /exports/audit-trail.csv?subjectId=&actorId=&action=&from=&to=:
 * the officer's trail page exports what it shows, with the same filters and
 * the same jurisdiction rule as `auditTrail`, streamed in batches. Client
 * addresses are shown to admins only, as in GraphQL (`AuditEvent.clientAddress`).
 */
export function registerTrailExport(http: FastifyInstance, deps: HttpDeps, trail: TrailService): void {
  defineGetRoute<TrailExportQuery>(http, deps, {
    path: '/exports/audit-trail.csv',
    audience: OFFICER_ROLES,
    cost: EXPORT_COST,
    query: {
      subjectId: PARAMETERS.id,
      actorId: PARAMETERS.id,
      action: PARAMETERS.text(60),
      from: PARAMETERS.instant,
      to: PARAMETERS.instant,
      changesOnly: PARAMETERS.boolean,
    },
    async handle(ctx, query, reply) {
      const filter = trailFilterOf({
        subjectId: query.subjectId || null,
        actorId: query.actorId || null,
        // Unknown actions match nothing rather than being ignored.
        action: query.action ? (auditActionOf(query.action) ?? '-') : null,
        from: instant(query.from),
        to: instant(query.to),
        changesOnly: query.changesOnly === 'true',
      });
      const addresses = maySeeClientAddresses(ctx);
      const columns = addresses ? COLUMNS : COLUMNS.filter((c) => c !== 'clientAddress');
      async function* rows() {
        let lastId: number | null = null;
        for (let written = 0; written < MAX_EXPORT_ROWS;) {
          const batch = await trail.exportBatch(ctx, filter, lastId, BATCH);
          yield batch.map((row) => [
            toGlobalId('AuditEvent', Number(row.id)),
            new Date(row.occurred_at as string).toISOString(),
            row.actor_key == null ? null : toGlobalId('Account', Number(row.actor_key)),
            row.actor_name,
            row.role,
            row.action,
            toGlobalId(String(row.subject_type), String(row.subject_key)),
            JSON.stringify(row.changes),
            row.request_id,
            ...(addresses ? [row.client_address] : []),
            row.hash,
          ]);
          written += batch.length;
          if (batch.length < BATCH) return;
          lastId = Number(batch[batch.length - 1].id);
        }
      }
      return sendCsv(reply, { filename: 'audit-trail.csv', columns, rows: rows(), locale: ctx.locale });
    },
  });
}
