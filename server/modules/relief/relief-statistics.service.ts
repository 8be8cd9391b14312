import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import type { PolicyPeriod, ReliefCategory } from './enums.js';
import { AREA_NAMES } from './regions.js';
import { ReliefBucket, ReliefStatistics } from './relief-statistics.types.js';

export interface ReliefStatisticsArgs {
  year?: number | null;
  districtCodes?: string[] | null;
  categories?: ReliefCategory[] | null;
  policyPeriods?: PolicyPeriod[] | null;
  provinceCodes?: string[] | null;
}

interface Row {
  key: string | number | null;
  parent: string | null;
  organizations: string;
  projects: string;
  invested: string;
  committed?: string;
  people?: string;
}

/**
 * The figures of the source document ("191 organizations, 675 projects,
 * 1.034 billion yuan"): a project linked as a duplicate is left out (its
 * original counts), so is a cancelled one; an organization counts once.
 * One statement per breakdown, over the viewer's jurisdiction.
 */
export class ReliefStatisticsService {
  async of(ctx: RequestContext, args: ReliefStatisticsArgs): Promise<ReliefStatistics> {
    const knex = knexOf(ctx.em);
    const base = (withYear: boolean) => {
      const q = knex('relief_project as p')
        .join('organization as o', 'o.id', 'p.organization_id')
        .whereNull('p.duplicate_of_id')
        .whereNot('p.status', 'CANCELLED');
      managedOrganizations.whereOrganization(ctx, q, 'o');
      if (withYear && args.year) q.where('p.year', args.year);
      if (args.districtCodes?.length) q.whereIn('o.district_code', args.districtCodes);
      if (args.categories?.length) q.whereIn('p.category', args.categories);
      if (args.policyPeriods?.length) q.whereIn('p.policy_period', args.policyPeriods);
      if (args.provinceCodes?.length) q.whereIn('p.province_code', args.provinceCodes);
      return q;
    };
    const measures = (q: Knex.QueryBuilder) =>
      q.select(
        knex.raw('count(distinct p.organization_id) as organizations'),
        knex.raw('count(*) as projects'),
        knex.raw('coalesce(sum(p.invested_amount), 0)::text as invested'),
      );
    const grouped = async (column: string, withYear = true, parent?: string): Promise<ReliefBucket[]> => {
      const q = measures(base(withYear)).select(knex.raw(`${column}::text as key`));
      if (parent) q.select(knex.raw(`${parent} as parent`)).groupByRaw(`${column}, ${parent}`);
      else q.groupByRaw(column);
      const rows: Row[] = await q.orderByRaw(`${column}`);
      return rows.map((r) => bucket(r));
    };
    const total: Row = await measures(base(true))
      .select(
        knex.raw('coalesce(sum(p.committed_amount), 0)::text as committed'),
        knex.raw('coalesce(sum(p.beneficiary_people), 0) as people'),
        knex.raw('null as key'),
      )
      .first();
    const [byProvince, byRegion, byCategory, byPolicyPeriod, byYear] = [
      await grouped('p.province_code'),
      await grouped('p.prefecture_code', true, 'p.province_code'),
      await grouped('p.category'),
      await grouped('p.policy_period'),
      await grouped('p.year', false),
    ];
    return Object.assign(new ReliefStatistics(), {
      year: args.year ?? null,
      organizationCount: Number(total.organizations),
      projectCount: Number(total.projects),
      totalInvestment: total.invested,
      committedTotal: total.committed ?? '0',
      beneficiaryPeople: Number(total.people ?? 0),
      byProvince,
      byRegion,
      byCategory,
      byPolicyPeriod,
      byYear,
    });
  }
}

function bucket(row: Row): ReliefBucket {
  const key = String(row.key);
  const area = AREA_NAMES.get(key);
  return Object.assign(new ReliefBucket(), {
    key,
    name: area?.zh ?? null,
    englishName: area?.en ?? null,
    parentKey: row.parent ?? null,
    organizationCount: Number(row.organizations),
    projectCount: Number(row.projects),
    totalInvestment: row.invested,
  });
}
