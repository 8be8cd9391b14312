import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import type { Message } from '../../common/errors.js';
import { ON_REGISTER, OrganizationStatus } from './enums.js';
import { LEVEL_LABELS, STATUS_LABELS, TYPE_LABELS } from './registry.labels.js';
import { managedOrganizations } from './registry.scope.js';

export interface Bucket {
  key: string;
  label: string;
  count: number;
}

export interface YearTrend {
  year: number;
  registered: number;
  deregistered: number;
  revoked: number;
}

export interface RegistryTotals {
  total: number;
  byType: Bucket[];
  byStatus: Bucket[];
  byDistrict: Bucket[];
  byLevel: Bucket[];
  byRating: Bucket[];
  byYear: YearTrend[];
  industryAssociations: number;
  brandOrganizations: number;
}

const UNRATED: Message = { 'zh-CN': '未评估', en: 'not rated' };
/** A grade past its five-year validity (DOMAIN.md): counted apart, not as a grade. */
const EXPIRED: Message = { 'zh-CN': '评估等级已过期', en: 'grade expired' };

type GroupRow = {
  dim: string;
  key: string | null;
  label: string | null;
  englishLabel: string | null;
  n: string;
};

/** Totals of the register; a district officer's cover what its district registered (DESIGN.md). */
export class RegistryStatisticsService {
  /** One grouped scan of the register answers every dimension (GROUPING SETS). */
  async totals(ctx: RequestContext): Promise<RegistryTotals> {
    const knex = ctx.em.getKnex();
    const grouped = managedOrganizations
      .whereOrganization(
        ctx,
        knex('organization as o')
          .join('district as d', 'd.code', 'o.district_code')
          // The grade as of today in Shanghai: null unrated, 0 expired (valid five years).
          .joinRaw(
            `cross join lateral (select case when o.rating_grade is null then null
                when o.rating_valid_until >= ?::date then o.rating_grade else 0 end as grade) r`,
            [today(ctx)],
          ),
      )
      .select(
        knex.raw(`case
               when grouping(o.type) = 0 then 'type'
               when grouping(o.registration_level) = 0 then 'level'
               when grouping(o.district_code) = 0 then 'district'
               when grouping(r.grade) = 0 then 'rating'
               when grouping(o.is_industry_association) = 0 then 'association'
               when grouping(o.is_brand) = 0 then 'brand'
               else 'total' end as dim`),
        knex.raw(`coalesce(o.type::text, o.registration_level::text, o.district_code, r.grade::text,
                      o.is_industry_association::text, o.is_brand::text) as key`),
        knex.raw('max(d.name) as label'),
        knex.raw('max(d.english_name) as "englishLabel"'),
        knex.raw('count(*) as n'),
      )
      .whereIn('o.status', ON_REGISTER)
      .groupByRaw(
        `grouping sets ((o.type), (o.registration_level), (o.district_code), (r.grade),
                        (o.is_industry_association), (o.is_brand), ())`,
      );
    const rows: GroupRow[] = await grouped;
    const statusRows: { status: string; n: string }[] = await managedOrganizations
      .whereOrganization(ctx, knex('organization as o'))
      .select('o.status')
      .count({ n: '*' })
      .groupBy('o.status');

    const byYear = await this.byYear(ctx);

    const bucket = (key: string, label: Message, n: string | number): Bucket => ({
      key,
      label: label[ctx.locale],
      count: Number(n),
    });
    const labelled = <K extends string>(labels: Record<K, Message>) =>
      Object.entries(labels) as [K, Message][];
    const of = (dim: string) => rows.filter((r) => r.dim === dim);
    const countOf = (dim: string, key: string) => Number(of(dim).find((r) => r.key === key)?.n ?? 0);
    return {
      total: Number(of('total')[0]?.n ?? 0),
      byType: labelled(TYPE_LABELS).map(([k, label]) => bucket(k, label, countOf('type', k))),
      byStatus: labelled(STATUS_LABELS).map(([k, label]) =>
        bucket(k, label, statusRows.find((r) => r.status === k)?.n ?? 0),
      ),
      byLevel: labelled(LEVEL_LABELS).map(([k, label]) => bucket(k, label, countOf('level', k))),
      byDistrict: of('district')
        .sort((a, b) => String(a.key).localeCompare(String(b.key)))
        .map((r) => bucket(String(r.key), { 'zh-CN': String(r.label), en: String(r.englishLabel) }, r.n)),
      byRating: ['5', '4', '3', '2', '1']
        .map((g) => bucket(`${g}A`, { 'zh-CN': `${g}A`, en: `${g}A` }, countOf('rating', g)))
        .concat(bucket('EXPIRED', EXPIRED, countOf('rating', '0')))
        .concat(bucket('NONE', UNRATED, of('rating').find((r) => r.key === null)?.n ?? 0)),
      byYear,
      industryAssociations: countOf('association', 'true'),
      brandOrganizations: countOf('brand', 'true'),
    };
  }

  /**
   * Registrations and departures per year, in one statement: each organization
   * counts in the year it was registered, and once more in the year it left
   * (deregistered_on or revoked_on), within the viewer's jurisdiction.
   */
  private async byYear(ctx: RequestContext): Promise<YearTrend[]> {
    const knex = ctx.em.getKnex();
    const registered = managedOrganizations
      .whereOrganization(ctx, knex('organization as o'))
      .select(knex.raw(`extract(year from o.registered_on)::int as year, 'REGISTERED' as what`));
    const closed = managedOrganizations
      .whereOrganization(ctx, knex('organization as o'))
      .whereRaw('coalesce(o.deregistered_on, o.revoked_on) is not null')
      .select(
        knex.raw(
          'extract(year from coalesce(o.deregistered_on, o.revoked_on))::int as year, o.status::text as what',
        ),
      );
    const { rows } = await knex.raw<{ rows: Record<string, number | string>[] }>(
      `select year,
              count(*) filter (where what = 'REGISTERED') as registered,
              count(*) filter (where what = ?) as deregistered,
              count(*) filter (where what = ?) as revoked
         from (? union all ?) as t group by year order by year`,
      [OrganizationStatus.DEREGISTERED, OrganizationStatus.REVOKED, registered, closed],
    );
    return rows.map((r) => ({
      year: Number(r.year),
      registered: Number(r.registered),
      deregistered: Number(r.deregistered),
      revoked: Number(r.revoked),
    }));
  }
}
