import type { Knex } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { Role } from '../../common/roles.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import { AnnualReport } from './annual-report.entity.js';
import type { AnnualReportFilterKeys } from './annual-report.inputs.js';

/** Oldest first: by the latest submission (drafts by when they were opened), then id. */
const WORKLIST_KEYS = [`extract(epoch from coalesce(r.submitted_at, r.created_at))`, 'r.id'];

/**
 * Reading reports: the officers' worklist (their jurisdiction only) and an
 * organization's own reports, with the same filters for the list, its count
 * and the XLSX export.
 */
export class AnnualReportList {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: AnnualReportFilterKeys | null },
  ): Promise<Page<AnnualReport>> {
    const asOf = today(ctx);
    return listPage(ctx, {
      from: 'annual_report as r',
      entity: AnnualReport,
      keyColumns: WORKLIST_KEYS,
      direction: OrderDirection.ASC,
      args,
      scope: (query) => this.scope(ctx, query, args.filter ?? {}, asOf),
    });
  }

  /** One batch of the export, in id order after `afterId`, with the organization's name and district. */
  async exportBatch(
    ctx: RequestContext,
    filter: AnnualReportFilterKeys,
    afterId: number,
    size: number,
  ): Promise<Record<string, unknown>[]> {
    const query = ctx.em
      .getKnex()('annual_report as r')
      .select(
        'r.*',
        'o.name as organization_name',
        'o.credit_code',
        'o.district_code',
        'o.type as organization_type',
      )
      .where('r.id', '>', afterId)
      .orderBy('r.id')
      .limit(size);
    return this.scope(ctx, query, filter, today(ctx));
  }

  private scope(
    ctx: RequestContext,
    query: Knex.QueryBuilder,
    filter: AnnualReportFilterKeys,
    asOf: string,
  ): Knex.QueryBuilder {
    query.join('organization as o', 'o.id', 'r.organization_id');
    if (ctx.viewer?.role === Role.ORGANIZATION)
      query.where('r.organization_id', ctx.viewer.organizationId ?? 0);
    else managedOrganizations.whereOrganization(ctx, query, 'o');
    if (filter.year !== null && filter.year !== undefined) query.where('r.year', filter.year);
    if (filter.statuses?.length) query.whereIn('r.status', filter.statuses);
    if (filter.organizationId !== null && filter.organizationId !== undefined)
      query.where('r.organization_id', filter.organizationId);
    if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
    if (filter.types?.length) query.whereIn('o.type', filter.types);
    if (filter.overdue === true) query.whereNull('r.received_on').where('r.due_on', '<', asOf);
    if (filter.overdue === false)
      query.where((q) => q.whereNotNull('r.received_on').orWhere('r.due_on', '>=', asOf));
    if (filter.hasWarnings === true) query.whereRaw('cardinality(r.warning_codes) > 0');
    if (filter.hasWarnings === false) query.whereRaw('cardinality(r.warning_codes) = 0');
    if (filter.warningCodes?.length) query.whereRaw('r.warning_codes && ?::text[]', [filter.warningCodes]);
    return query;
  }
}
