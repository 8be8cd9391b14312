import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { jurisdictionOf } from '../identity/policy.js';
import { ON_REGISTER } from './organization.service.js';
import { LEVEL_LABELS, STATUS_LABELS, TYPE_LABELS } from './registry.labels.js';
import type { Message } from '../../graphql/errors.js';

@ObjectType({ description: 'A count for one value of a dimension.' })
export class StatisticsBucket {
  @Field(() => String, { description: 'The value: an enum value, a district code or a grade such as "5A".' })
  key!: string;

  @Field(() => String, { description: 'The value as shown to people, in the language asked for.' })
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

const UNRATED: Message = { 'zh-CN': '未评估', en: 'not rated' };

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
  const rows: {
    dim: string;
    key: string | null;
    label: string | null;
    englishLabel: string | null;
    n: string;
  }[] = (
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
             max(d.english_name) as "englishLabel",
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

  const bucket = (key: string, label: Message, n: string | number) =>
    Object.assign(new StatisticsBucket(), { key, label: label[ctx.locale], count: Number(n) });
  const labelled = <K extends string>(labels: Record<K, Message>) => Object.entries(labels) as [K, Message][];
  const of = (dim: string) => rows.filter((r) => r.dim === dim);
  const countOf = (dim: string, key: string) => Number(of(dim).find((r) => r.key === key)?.n ?? 0);
  return Object.assign(new RegistryStatistics(), {
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
      .concat(bucket('NONE', UNRATED, of('rating').find((r) => r.key === null)?.n ?? 0)),
    industryAssociations: countOf('association', 'true'),
    brandOrganizations: countOf('brand', 'true'),
  });
}
