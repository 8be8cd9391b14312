import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { jurisdictionOf } from '../identity/policy.js';
import { ON_REGISTER } from './organization.service.js';

@ObjectType({ description: 'A count for one value of a dimension.' })
export class StatisticsBucket {
  @Field(() => String, { description: 'The value: an enum value, a district code or a grade such as "5A".' })
  key!: string;

  @Field(() => String, { description: 'The value as shown to people (Chinese).' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Totals of the register; all but byStatus count organizations on the register.' })
export class RegistryStatistics {
  @Field(() => Int, { description: 'Organizations on the register (active or suspended).' })
  total!: number;

  @Field(() => [StatisticsBucket])
  byType!: StatisticsBucket[];

  @Field(() => [StatisticsBucket], { description: 'Every status, including deregistered and revoked.' })
  byStatus!: StatisticsBucket[];

  @Field(() => [StatisticsBucket])
  byDistrict!: StatisticsBucket[];

  @Field(() => [StatisticsBucket])
  byLevel!: StatisticsBucket[];

  @Field(() => [StatisticsBucket], { description: 'Grades 1A–5A, and "NONE" for unrated.' })
  byRating!: StatisticsBucket[];

  @Field(() => Int)
  industryAssociations!: number;

  @Field(() => Int)
  brandOrganizations!: number;
}

const TYPE_LABELS: Record<string, string> = {
  SOCIAL_GROUP: '社会团体',
  SOCIAL_SERVICE_INSTITUTION: '社会服务机构',
  FOUNDATION: '基金会',
};
const STATUS_LABELS: Record<string, string> = {
  ACTIVE: '正常',
  SUSPENDED: '停止活动',
  DEREGISTERED: '已注销',
  REVOKED: '已撤销',
};
const LEVEL_LABELS: Record<string, string> = { MUNICIPAL: '市级', DISTRICT: '区级' };

/** One grouped scan of the register answers every dimension (GROUPING SETS). */
export async function registryStatistics(ctx: RequestContext): Promise<RegistryStatistics> {
  const knex = ctx.em.getKnex();
  const onRegister = ON_REGISTER.map((s) => `'${s}'`).join(', ');
  // A district officer's totals cover what its district registered (DESIGN.md).
  const district = jurisdictionOf(ctx);
  const scope =
    district === null
      ? knex.raw('true')
      : knex.raw(`o.registration_level = 'DISTRICT' and o.district_code = ?`, [district]);
  const rows: { dim: string; key: string | null; label: string | null; n: string }[] = (
    await knex.raw(
      `
      select case
               when grouping(o.type) = 0 then 'type'
               when grouping(o.registration_level) = 0 then 'level'
               when grouping(o.district_code) = 0 then 'district'
               when grouping(o.rating_grade) = 0 then 'rating'
               when grouping(o.is_industry_association) = 0 then 'association'
               when grouping(o.is_brand) = 0 then 'brand'
               else 'total' end as dim,
             coalesce(o.type::text, o.registration_level::text, o.district_code, o.rating_grade::text,
                      o.is_industry_association::text, o.is_brand::text) as key,
             max(d.name) as label,
             count(*) as n
        from organization o join district d on d.code = o.district_code
       where o.status in (${onRegister}) and ?
       group by grouping sets ((o.type), (o.registration_level), (o.district_code), (o.rating_grade),
                               (o.is_industry_association), (o.is_brand), ())
    `,
      [scope],
    )
  ).rows;
  const statusRows: { status: string; n: string }[] = await knex('organization as o')
    .select('o.status')
    .count({ n: '*' })
    .whereRaw('?', [scope])
    .groupBy('o.status');

  const bucket = (key: string, label: string, n: string | number) =>
    Object.assign(new StatisticsBucket(), { key, label, count: Number(n) });
  const of = (dim: string) => rows.filter((r) => r.dim === dim);
  const countOf = (dim: string, key: string) => Number(of(dim).find((r) => r.key === key)?.n ?? 0);
  return Object.assign(new RegistryStatistics(), {
    total: Number(of('total')[0]?.n ?? 0),
    byType: Object.keys(TYPE_LABELS).map((k) => bucket(k, TYPE_LABELS[k], countOf('type', k))),
    byStatus: Object.keys(STATUS_LABELS).map((k) =>
      bucket(k, STATUS_LABELS[k], statusRows.find((r) => r.status === k)?.n ?? 0),
    ),
    byLevel: Object.keys(LEVEL_LABELS).map((k) => bucket(k, LEVEL_LABELS[k], countOf('level', k))),
    byDistrict: of('district')
      .sort((a, b) => String(a.key).localeCompare(String(b.key)))
      .map((r) => bucket(String(r.key), String(r.label), r.n)),
    byRating: ['5', '4', '3', '2', '1']
      .map((g) => bucket(`${g}A`, `${g}A`, countOf('rating', g)))
      .concat(bucket('NONE', '未评估', of('rating').find((r) => r.key === null)?.n ?? 0)),
    industryAssociations: countOf('association', 'true'),
    brandOrganizations: countOf('brand', 'true'),
  });
}
