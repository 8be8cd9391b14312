import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { toGlobalId } from '../../graphql/node.js';
import { knexOf } from '../../orm.js';
import { listPage, OrderDirection, type Page } from '../../graphql/connection.js';
import { jurisdictionOf } from '../identity/policy.js';
import { AuditEvent, type FieldChanges } from './audit-event.entity.js';

export interface TrailEntry {
  action: string;
  subjectId: string;
  changes: FieldChanges;
  /** The district whose officers may see the event; null or absent: municipal only. */
  scopeDistrictCode?: string | null;
}

const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level: jsonb reorders keys, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

type HashedContent = Pick<
  AuditEvent,
  | 'occurredAt'
  | 'actorId'
  | 'actorName'
  | 'role'
  | 'action'
  | 'subjectId'
  | 'changes'
  | 'requestId'
  | 'clientAddress'
  | 'scopeDistrictCode'
>;

export function eventHash(content: HashedContent, previousHash: string): string {
  const material = canonicalJson({
    occurredAt: content.occurredAt.toISOString(),
    actorId: content.actorId ?? null,
    actorName: content.actorName ?? null,
    role: content.role ?? null,
    action: content.action,
    subjectId: content.subjectId,
    changes: content.changes,
    requestId: content.requestId ?? null,
    clientAddress: content.clientAddress ?? null,
    scopeDistrictCode: content.scopeDistrictCode ?? null,
    previousHash,
  });
  return createHash('sha256').update(material).digest('hex');
}

/** Before/after of the fields that differ, for the trail. */
export function diffFields<T extends object>(before: Partial<T>, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T & string>) {
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}

/**
 * Appends events to the hash-chained trail inside the caller's transaction.
 * A transaction-scoped advisory lock serialises writers so the chain has no forks.
 */
export async function appendTrail(
  em: EntityManager,
  ctx: RequestContext | null,
  entries: TrailEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const knex = knexOf(em);
  await knex.raw(`select pg_advisory_xact_lock(hashtext('audit_event'))`);
  const last: { hash: string } | undefined = await knex('audit_event')
    .select('hash')
    .orderBy('id', 'desc')
    .first();
  let previousHash = last?.hash ?? GENESIS_HASH;
  const account = ctx?.viewer?.account;
  const occurredAt = new Date();
  const rows = entries.map((entry) => {
    const content: HashedContent = {
      occurredAt,
      actorId: account ? toGlobalId('Account', account.id) : null,
      actorName: account?.username ?? null,
      role: account?.role ?? null,
      action: entry.action,
      subjectId: entry.subjectId,
      changes: entry.changes,
      requestId: ctx?.requestId ?? null,
      clientAddress: ctx?.clientAddress ?? null,
      scopeDistrictCode: entry.scopeDistrictCode ?? null,
    };
    const hash = eventHash(content, previousHash);
    const row = {
      occurred_at: occurredAt,
      actor_id: content.actorId,
      actor_name: content.actorName,
      role: content.role,
      action: content.action,
      subject_id: content.subjectId,
      changes: JSON.stringify(content.changes),
      request_id: content.requestId,
      client_address: content.clientAddress,
      scope_district_code: content.scopeDistrictCode,
      previous_hash: previousHash,
      hash,
    };
    previousHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 1000) await knex('audit_event').insert(rows.slice(i, i + 1000));
}

export interface TrailVerification {
  valid: boolean;
  checkedEvents: number;
  firstBrokenEventId: string | null;
}

/** Walks the chain in order; the first event whose hash or link does not match is reported. */
export async function verifyTrail(em: EntityManager): Promise<TrailVerification> {
  let previousHash = GENESIS_HASH;
  let checked = 0;
  let lastId = 0;
  for (;;) {
    const batch = await em.find(AuditEvent, { id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: 5000 });
    if (batch.length === 0) break;
    for (const event of batch) {
      if (event.previousHash !== previousHash || eventHash(event, previousHash) !== event.hash) {
        return {
          valid: false,
          checkedEvents: checked,
          firstBrokenEventId: toGlobalId('AuditEvent', event.id),
        };
      }
      previousHash = event.hash;
      checked++;
    }
    lastId = batch[batch.length - 1].id;
    em.clear();
  }
  return { valid: true, checkedEvents: checked, firstBrokenEventId: null };
}

export interface TrailFilter {
  subjectId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
  changesOnly?: boolean | null;
}

/** Events that record a read or a session rather than a change of data. */
export const NON_CHANGE_ACTIONS = ['readOrganizationDetails', 'login', 'logout'];

/**
 * The events a caller may see, filtered in the query itself: a district
 * officer sees its district's records and its own actions, so counts and
 * pages never include the rest.
 */
export function trailQuery(
  ctx: RequestContext,
  filter: TrailFilter,
  query: Knex.QueryBuilder,
): Knex.QueryBuilder {
  const district = jurisdictionOf(ctx);
  if (district !== null) {
    const self = toGlobalId('Account', ctx.viewer!.account.id);
    query.where((q) => q.where('e.scope_district_code', district).orWhere('e.actor_id', self));
  }
  if (filter.subjectId) query.where('e.subject_id', filter.subjectId);
  if (filter.actorId) query.where('e.actor_id', filter.actorId);
  if (filter.action) query.where('e.action', filter.action);
  if (filter.from) query.where('e.occurred_at', '>=', filter.from);
  if (filter.to) query.where('e.occurred_at', '<', filter.to);
  if (filter.changesOnly) query.whereNotIn('e.action', NON_CHANGE_ACTIONS);
  return query;
}

export async function listTrail(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: TrailFilter | null },
): Promise<Page<AuditEvent>> {
  return listPage(ctx, {
    from: 'audit_event as e',
    entity: AuditEvent,
    keyColumns: ['e.id'],
    direction: OrderDirection.DESC,
    args,
    scope: (query) => trailQuery(ctx, args.filter ?? {}, query),
  });
}
