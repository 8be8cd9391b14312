import { IsolationLevel, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { knexOf, mapRow } from '../../common/db.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { eventHash, GENESIS_HASH, READ_HASH_VERSION, readsDigest } from '../../common/trail-chain.js';
import { nonChangeActions, type SubjectRef } from '../../common/trail.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import { AuditEvent } from './audit-event.entity.js';
import { SystemActions } from './trail.checkpoint.js';

/** The trail's filters, with IDs decoded to the stored type names and keys. */
export interface TrailFilter {
  subject?: SubjectRef | null;
  actorKey?: number | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
  changesOnly?: boolean | null;
}

export interface TrailVerification {
  valid: boolean;
  checkedEvents: number;
  firstBrokenEventKey: number | null;
}

/** Reading the trail: lists, single events, export batches and the chain check. */
export class TrailService {
  /**
   * The events a caller may see, filtered in the query itself: a district
   * officer sees its district's records (the registry's jurisdiction rule)
   * and its own actions, so counts and pages never include the rest.
   */
  scope(ctx: RequestContext, filter: TrailFilter, query: Knex.QueryBuilder): Knex.QueryBuilder {
    const self = ctx.viewer?.accountId ?? null;
    managedOrganizations.whereKey(ctx, query, 'e.scope_district_code', (q) => q.where('e.actor_key', self));
    if (filter.subject)
      query.where({ 'e.subject_type': filter.subject.type, 'e.subject_key': filter.subject.key });
    if (filter.actorKey != null) query.where('e.actor_key', filter.actorKey);
    if (filter.action) query.where('e.action', filter.action);
    if (filter.from) query.where('e.occurred_at', '>=', filter.from);
    if (filter.to) query.where('e.occurred_at', '<', filter.to);
    if (filter.changesOnly) query.whereNotIn('e.action', [...nonChangeActions]);
    return query;
  }

  list(
    ctx: RequestContext,
    args: PageArguments & { filter?: TrailFilter | null },
  ): Promise<Page<AuditEvent>> {
    return listPage(ctx, {
      from: 'audit_event as e',
      entity: AuditEvent,
      keyColumns: ['e.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => this.scope(ctx, args.filter ?? {}, query),
    });
  }

  /** One event, within the viewer's jurisdiction as the list is. */
  async byKey(ctx: RequestContext, key: number): Promise<AuditEvent | null> {
    const query = ctx.em.getKnex()('audit_event as e').select('e.*').where('e.id', key);
    const row = await this.scope(ctx, {}, query).first();
    return row ? mapRow(ctx.em, AuditEvent, row) : null;
  }

  /** Newest first, `size` at a time, below `beforeKey`: the export streams these. */
  exportBatch(
    ctx: RequestContext,
    filter: TrailFilter,
    beforeKey: number | null,
    size: number,
  ): Promise<Record<string, unknown>[]> {
    const query = this.scope(ctx, filter, ctx.em.getKnex()('audit_event as e').select('e.*'))
      .orderBy('e.id', 'desc')
      .limit(size);
    if (beforeKey !== null) query.where('e.id', '<', beforeKey);
    return query;
  }

  /**
   * Walks the trail in order in one snapshot: each chained event must follow
   * the one before; each read event must match its own hash and be covered
   * by exactly one later checkpoint, or still wait for one. The first event
   * that does not hold is reported.
   */
  verify(em: EntityManager): Promise<TrailVerification> {
    return em.fork().transactional((tx) => this.walk(tx), {
      isolationLevel: IsolationLevel.REPEATABLE_READ,
      readOnly: true,
    });
  }

  private async walk(em: EntityManager): Promise<TrailVerification> {
    let previousHash = GENESIS_HASH;
    let checked = 0;
    let lastId = 0;
    /** Read events no checkpoint has covered yet: key → hash. */
    const unchained = new Map<number, string>();
    const broken = (key: number) => ({ valid: false, checkedEvents: checked, firstBrokenEventKey: key });
    for (;;) {
      const batch = await em.find(
        AuditEvent,
        { id: { $gt: lastId } },
        { orderBy: { id: 'asc' }, limit: 5000 },
      );
      if (batch.length === 0) break;
      for (const event of batch) {
        if (event.hashVersion === READ_HASH_VERSION) {
          if (event.previousHash !== GENESIS_HASH || eventHash(event, GENESIS_HASH) !== event.hash)
            return broken(event.id);
          unchained.set(event.id, event.hash);
        } else {
          if (event.previousHash !== previousHash || eventHash(event, previousHash) !== event.hash)
            return broken(event.id);
          previousHash = event.hash;
          if (event.action === SystemActions.checkpointReads && !coversReads(event, unchained))
            return broken(event.id);
        }
        checked++;
      }
      lastId = batch[batch.length - 1].id;
      em.clear();
    }
    // What no checkpoint covers must still be on the pending list (nothing dropped it unchained).
    if (unchained.size > 0) {
      const pending = new Set(
        (await knexOf(em)('audit_read_pending').select('event_id').where('event_id', '<=', lastId)).map(
          (r: { event_id: number }) => r.event_id,
        ),
      );
      const lost = [...unchained.keys()].filter((key) => !pending.has(key));
      if (lost.length > 0) return broken(Math.min(...lost));
    }
    return { valid: true, checkedEvents: checked, firstBrokenEventKey: null };
  }
}

/** Whether a checkpoint names read events that are unchained, with the digest of their hashes; they become chained. */
function coversReads(checkpoint: AuditEvent, unchained: Map<number, string>): boolean {
  const after = checkpoint.changes.readEvents?.after as
    { count?: unknown; keys?: unknown; digest?: unknown } | undefined;
  if (!after || !Array.isArray(after.keys)) return false;
  const events: { id: number; hash: string }[] = [];
  for (const run of after.keys as unknown[]) {
    if (!Array.isArray(run) || run.length !== 2 || !run.every(Number.isInteger) || run[1] < run[0])
      return false;
    for (let id = run[0] as number; id <= (run[1] as number); id++) {
      const hash = unchained.get(id);
      if (hash === undefined) return false;
      events.push({ id, hash });
    }
  }
  if (after.count !== events.length || after.digest !== readsDigest(events)) return false;
  for (const event of events) unchained.delete(event.id);
  return true;
}
