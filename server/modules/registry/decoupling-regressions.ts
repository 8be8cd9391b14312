import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { knexOf } from '../../common/db.js';
import type { Message } from '../../common/errors.js';

/**
 * Signs that a decoupled association reattaches (DOMAIN.md "Decoupling":
 * no serving officials, retired officials barred for 3 years; no sponsor
 * unit): read from the register and from the responsible persons its latest
 * annual report names (since decoupling). The patterns are PostgreSQL and
 * JavaScript regular expressions alike.
 */
export const SERVING_OFFICIAL = '(在职|现职|现任)[^，。；,;]{0,12}(公务员|官员|干部)';
export const OFFICIAL = '(公务员|官员|干部)';
export const RETIREMENT_YEAR = '(\\d{4})年(?:退休|离休)';
export const OFFICIAL_COOLING_YEARS = 3;

export enum RegressionCode {
  SPONSOR_UNIT_SET_AGAIN = 'SPONSOR_UNIT_SET_AGAIN',
  SERVING_OFFICIAL = 'SERVING_OFFICIAL',
  RECENTLY_RETIRED_OFFICIAL = 'RECENTLY_RETIRED_OFFICIAL',
}

/** Joins `regression` (lateral) to `organization as o` joined with `decoupling as d`. */
export function joinRegressions(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.joinRaw(
    `left join lateral (
      select o.sponsor_unit_id is not null and d.state = 'DECOUPLED' as sponsor_again,
        a.year as report_year,
        coalesce(d.state = 'DECOUPLED' and a.responsible_person_changes ~ ?, false) as serving,
        coalesce(d.state = 'DECOUPLED' and a.responsible_person_changes ~ ?
          and substring(a.responsible_person_changes from ?)::int >= a.year - ?, false) as retired
      from (select 1) one
      left join lateral (
        select r.year, r.responsible_person_changes from annual_report r
        where r.organization_id = o.id and r.status in ('SUBMITTED', 'APPROVED')
          and r.responsible_person_changes is not null and r.year >= extract(year from d.completed_on)
        order by r.year desc limit 1
      ) a on true
    ) regression on true`,
    [SERVING_OFFICIAL, OFFICIAL, RETIREMENT_YEAR, OFFICIAL_COOLING_YEARS],
  );
}

export const ANY_REGRESSION = `(regression.sponsor_again or regression.serving or regression.retired)`;

export interface RegressionRow {
  sponsor_again: boolean | null;
  serving: boolean | null;
  retired: boolean | null;
  report_year: number | null;
}

export interface RegressionShape {
  code: RegressionCode;
  message: Message;
}

export function regressionsOf(row: RegressionRow): RegressionShape[] {
  const out: RegressionShape[] = [];
  if (row.sponsor_again)
    out.push({
      code: RegressionCode.SPONSOR_UNIT_SET_AGAIN,
      message: {
        'zh-CN': '已脱钩，但登记中又设了业务主管单位（2015 年脱钩总体方案）。',
        en: 'Decoupled, yet a sponsor unit is set again on the register (2015 decoupling plan).',
      },
    });
  if (row.serving)
    out.push({
      code: RegressionCode.SERVING_OFFICIAL,
      message: {
        'zh-CN': `${row.report_year} 年度报告的负责人中有在职公务员（人员管理分离）。`,
        en: `The annual report for ${row.report_year} names a serving official among its responsible persons (personnel separation).`,
      },
    });
  if (row.retired)
    out.push({
      code: RegressionCode.RECENTLY_RETIRED_OFFICIAL,
      message: {
        'zh-CN': `${row.report_year} 年度报告的负责人中有退休未满 ${OFFICIAL_COOLING_YEARS} 年的公务员（人员管理分离）。`,
        en: `The annual report for ${row.report_year} names an official retired less than ${OFFICIAL_COOLING_YEARS} years among its responsible persons (personnel separation).`,
      },
    });
  return out;
}

/** The regressions of these organizations, in one statement (empty for those not decoupled). */
export async function loadRegressions(
  em: EntityManager,
  orgIds: readonly number[],
): Promise<RegressionShape[][]> {
  const q = knexOf(em)('organization as o')
    .join('decoupling as d', 'd.organization_id', 'o.id')
    .whereIn('o.id', [...orgIds]);
  joinRegressions(q);
  const rows: (RegressionRow & { id: number })[] = await q.select('o.id', 'regression.*');
  const found = new Map(rows.map((r) => [r.id, regressionsOf(r)]));
  return orgIds.map((id) => found.get(id) ?? []);
}
