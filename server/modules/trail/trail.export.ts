import type { FastifyInstance } from 'fastify';
import { OFFICER_ROLES } from '../../common/roles.js';
import { shanghaiDateTimeOf } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import type { Locale } from '../../common/locale.js';
import { subjectTypeNamed } from '../../common/trail.js';
import { auditActionName, auditActionOf } from '../../graphql/audit-action.js';
import { sendCsv } from '../../http/csv.js';
import { defineGetRoute, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { trailFilterOf } from './trail.inputs.js';
import { maySeeClientAddresses } from './trail.policy.js';
import type { TrailService } from './trail.service.js';
import {
  AUDIT_ACTION_LABELS,
  ROLE_LABELS,
  SUBJECT_TYPE_LABELS,
  TRAIL_EXPORT_COLUMNS,
} from './trail.labels.js';

/** An export holds at most this many events; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 200_000;
const BATCH = 2_000;
/** Rate-limit points of one export (it reads up to MAX_EXPORT_ROWS events). */
const EXPORT_COST = 2_000;

/** The columns, in order; headed in the caller's language (TRAIL_EXPORT_COLUMNS). */
const COLUMNS = [
  'id',
  'occurredAt',
  'actorName',
  'role',
  'action',
  'subjectType',
  'subjectName',
  'subjectCode',
  'changes',
  'requestId',
  'clientAddress',
  'hash',
] as const;

interface TrailExportQuery {
  subjectId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  changesOnly?: 'true' | 'false';
  lang?: string;
}

/** `lang=en` or `lang=zh-CN` names the language; otherwise the request's (Accept-Language). */
const localeOf = (lang: string | undefined, fallback: Locale): Locale =>
  lang === 'en' || lang === 'zh-CN' ? lang : fallback;

const labelOf = (labels: Record<string, string>, code: string | null | undefined): string | null =>
  code == null ? null : (labels[code] ?? code);

/** Each subject's name and code, looked up once per batch through the loaders. */
async function subjectsOf(ctx: RequestContext, batch: Record<string, unknown>[]) {
  return Promise.all(
    batch.map(async (row) => {
      const type = subjectTypeNamed(String(row.subject_type));
      const key = String(row.subject_key);
      const [name, code] = await Promise.all([
        type?.nameOf?.(ctx, key) ?? null,
        type?.codeOf?.(ctx, key) ?? null,
      ]);
      return { name, code };
    }),
  );
}

const instant = (value: string | undefined) => (value ? new Date(value) : null);

/**
 * GET /exports/audit-trail.csv?subjectId=&actorId=&action=&from=&to=&lang=:
 * the officer's trail page exports what it shows, with the same filters and
 * the same jurisdiction rule as `auditTrail`, streamed in batches. For people:
 * columns, actions, roles and subject types named in the caller's language,
 * subjects by name and credit code, times in Shanghai's local time. Client
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
      lang: PARAMETERS.text(10),
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
      trail.assertMayFilter(ctx, filter);
      const locale = localeOf(query.lang, ctx.locale);
      const addresses = maySeeClientAddresses(ctx);
      const keys = addresses ? COLUMNS : COLUMNS.filter((c) => c !== 'clientAddress');
      const columns = keys.map((key) => TRAIL_EXPORT_COLUMNS[locale][key]);
      const actions: Record<string, string> = AUDIT_ACTION_LABELS[locale];
      const roles: Record<string, string> = ROLE_LABELS[locale];
      const types: Record<string, string> = SUBJECT_TYPE_LABELS[locale];
      async function* rows() {
        let lastId: number | null = null;
        for (let written = 0; written < MAX_EXPORT_ROWS;) {
          const batch = await trail.exportBatch(ctx, filter, lastId, BATCH);
          const subjects = await subjectsOf(ctx, batch);
          yield batch.map((row, i) => [
            Number(row.id),
            shanghaiDateTimeOf(new Date(row.occurred_at as string)),
            row.actor_name,
            labelOf(roles, row.role as string | null),
            labelOf(actions, auditActionName(String(row.action))),
            labelOf(types, String(row.subject_type)),
            subjects[i].name,
            subjects[i].code,
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
      return sendCsv(reply, { filename: 'audit-trail.csv', columns, rows: rows(), locale });
    },
  });
}
