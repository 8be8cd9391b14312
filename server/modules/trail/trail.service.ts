import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { mapRow } from '../../common/db.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { ForbiddenError } from '../../common/errors.js';
import { Role } from '../../common/roles.js';
import { adminOnlyActions, nonChangeActions, type SubjectRef } from '../../common/trail.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import { AuditEvent } from './audit-event.entity.js';

/** The trail's filters, with IDs decoded to the stored type names and keys. */
export interface TrailFilter {
  subject?: SubjectRef | null;
  actorKey?: number | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
  changesOnly?: boolean | null;
}

/** Reading the trail: lists, single events and export batches (the chain check: trail.verify.ts). */
export class TrailService {
  /**
   * The events a caller may see, filtered in the query itself: a district
   * officer sees its district's records (the registry's jurisdiction rule)
   * and its own actions, so counts and pages never include the rest.
   */
  scope(ctx: RequestContext, filter: TrailFilter, query: Knex.QueryBuilder): Knex.QueryBuilder {
    const self = ctx.viewer?.accountId ?? null;
    managedOrganizations.whereKey(ctx, query, 'e.scope_district_code', (q) => q.where('e.actor_key', self));
    // Failed logins and lockouts are the admins' (the security review), not the officers'.
    this.assertMayFilter(ctx, filter);
    if (ctx.viewer?.role !== Role.ADMIN) query.whereNotIn('e.action', [...adminOnlyActions]);
    if (filter.subject)
      query.where({ 'e.subject_type': filter.subject.type, 'e.subject_key': filter.subject.key });
    if (filter.actorKey != null) query.where('e.actor_key', filter.actorKey);
    if (filter.action) query.where('e.action', filter.action);
    if (filter.from) query.where('e.occurred_at', '>=', filter.from);
    if (filter.to) query.where('e.occurred_at', '<', filter.to);
    if (filter.changesOnly) query.whereNotIn('e.action', [...nonChangeActions]);
    return query;
  }

  /** Only admins may ask for the admins' actions (failed logins, lockouts). */
  assertMayFilter(ctx: RequestContext, filter: TrailFilter): void {
    if (ctx.viewer?.role !== Role.ADMIN && filter.action && adminOnlyActions.has(filter.action))
      throw new ForbiddenError();
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
}
