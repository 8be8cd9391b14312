import type { Knex } from '@mikro-orm/postgresql';
import type { Message } from '../../common/errors.js';
import { FundWarningCode } from './enums.js';

/**
 * 专项基金监测 (DOMAIN.md "Special funds"), judged as of a day, in SQL so the
 * officers' list can filter on them. Defaults are configurable
 * (`FUND_DORMANT_MONTHS`, `FUND_ADMIN_CAP_UNKNOWN`, DOMAIN.md *(uncertain)*).
 */
export interface FundMonitorSettings {
  /** Dormant: no ledger activity for this many months (DOMAIN.md: 12). */
  dormantMonths: number;
  /** The management-cost cap when the foundation's last annual report is not on file (the < 4 M band). */
  unknownAdminCap: string;
  /** The 2016 rule: the management-cost cap does not apply to spending under this (yuan). */
  capThreshold: string;
}

export function fundMonitorSettings(env: NodeJS.ProcessEnv = process.env): FundMonitorSettings {
  const months = Number(env.FUND_DORMANT_MONTHS ?? 12);
  return {
    dormantMonths: Number.isInteger(months) && months > 0 ? months : 12,
    unknownAdminCap: /^0\.\d{1,4}$/.test(env.FUND_ADMIN_CAP_UNKNOWN ?? '')
      ? env.FUND_ADMIN_CAP_UNKNOWN!
      : '0.20',
    capThreshold: '200000',
  };
}

/** Columns each fund row gets from `withMonitoring` (as PostgreSQL returns them). */
export interface MonitoringRow {
  id: number;
  name: string;
  last_activity: string | Date;
  dormant: boolean;
  admin_spent: string;
  total_spent: string;
  admin_cap: string;
  admin_share: string | null;
  over_ceiling: boolean;
  out_of_scope: string | number;
  report_year: number | null;
  missing_from_report: boolean;
}

/** The management-cost cap (2016 rule, foundations): by public fundraising and last year-end net assets. */
const CAP_SQL = `case when r.public_fundraising then 0.10
  when r.net_assets_end >= 60000000 then 0.12 when r.net_assets_end >= 8000000 then 0.13
  when r.net_assets_end >= 4000000 then 0.15 when r.net_assets_end is not null then 0.20
  else ?::numeric end`;

const CONDITIONS: Record<FundWarningCode, string> = {
  [FundWarningCode.DORMANT]: `(f.status = 'ACTIVE' and coalesce(f.last_activity_on, f.started_on) <= ?::date - make_interval(months => ?))`,
  [FundWarningCode.ADMIN_OVER_CEILING]: `(w.total_spent >= ?::numeric and w.admin_spent > w.total_spent * (${CAP_SQL}))`,
  [FundWarningCode.OUT_OF_SCOPE]: `(w.out_of_scope > 0)`,
  [FundWarningCode.MISSING_FROM_ANNUAL_REPORT]: `(r.year is not null and f.started_on <= make_date(r.year, 12, 31)
    and (f.terminated_on is null or f.terminated_on >= make_date(r.year, 1, 1))
    and strpos(coalesce(r.special_funds_summary, ''), f.name) = 0)`,
};

function conditionBindings(code: FundWarningCode, asOf: string, s: FundMonitorSettings): Knex.Value[] {
  if (code === FundWarningCode.DORMANT) return [asOf, s.dormantMonths];
  if (code === FundWarningCode.ADMIN_OVER_CEILING) return [s.capThreshold, s.unknownAdminCap];
  return [];
}

/**
 * Joins, to `special_fund as f`, the last twelve months' spending (reversed
 * entries and reversals left out) as `w` and the foundation's annual report
 * for the year before `asOf` as `r`. Reads the annual-report table only.
 */
export function joinMonitoring(query: Knex.QueryBuilder, asOf: string): Knex.QueryBuilder {
  return query
    .joinRaw(
      `left join lateral (
        select coalesce(sum(e.amount) filter (where e.kind = 'ADMINISTRATIVE_SPENDING'), 0) as admin_spent,
          coalesce(sum(e.amount) filter (where e.kind in ('CHARITABLE_SPENDING', 'ADMINISTRATIVE_SPENDING')), 0) as total_spent,
          count(*) filter (where e.kind = 'CHARITABLE_SPENDING' and e.purpose <> 'ADMINISTRATION'
            and not (e.purpose::text = any(f.scope))) as out_of_scope
        from fund_ledger_entry e
        where e.fund_id = f.id and e.occurred_on <= ?::date and e.occurred_on > ?::date - interval '12 months'
          and e.kind <> 'REVERSAL'
          and not exists (select 1 from fund_ledger_entry x where x.reverses_id = e.id)
      ) w on true`,
      [asOf, asOf],
    )
    .joinRaw(
      `left join annual_report r on r.organization_id = f.foundation_id
        and r.year = extract(year from ?::date)::int - 1 and r.status in ('SUBMITTED', 'APPROVED')`,
      [asOf],
    );
}

/** Keeps the funds with at least one of `codes`; the query must have `joinMonitoring`. */
export function whereAnyWarning(
  query: Knex.QueryBuilder,
  codes: readonly FundWarningCode[],
  asOf: string,
  s: FundMonitorSettings,
): Knex.QueryBuilder {
  if (codes.length === 0) return query;
  const sql = codes.map((c) => CONDITIONS[c]).join(' or ');
  return query.whereRaw(
    `(${sql})`,
    codes.flatMap((c) => conditionBindings(c, asOf, s)),
  );
}

/** Selects the monitoring figures of each fund (see `MonitoringRow`). */
export function selectMonitoring(
  query: Knex.QueryBuilder,
  asOf: string,
  s: FundMonitorSettings,
): Knex.QueryBuilder {
  const raw = (sql: string, bindings: Knex.Value[] = []) => query.client.raw(sql, bindings);
  return query.select(
    'f.id',
    'f.name',
    raw(`coalesce(f.last_activity_on, f.started_on) as last_activity`),
    raw(`${CONDITIONS.DORMANT} as dormant`, conditionBindings(FundWarningCode.DORMANT, asOf, s)),
    'w.admin_spent',
    'w.total_spent',
    raw(`(${CAP_SQL}) as admin_cap`, [s.unknownAdminCap]),
    raw(`case when w.total_spent > 0 then round(w.admin_spent * 100 / w.total_spent, 2) end as admin_share`),
    raw(
      `${CONDITIONS.ADMIN_OVER_CEILING} as over_ceiling`,
      conditionBindings(FundWarningCode.ADMIN_OVER_CEILING, asOf, s),
    ),
    'w.out_of_scope',
    'r.year as report_year',
    raw(`${CONDITIONS.MISSING_FROM_ANNUAL_REPORT} as missing_from_report`),
  );
}

export interface FundWarningShape {
  code: FundWarningCode;
  message: Message;
  facts: Record<string, string | number>;
}

const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
const percent = (cap: string) => String(Math.round(Number(cap) * 100));

/** The warnings one row shows, each saying why it is listed (DOMAIN.md: rules name their source). */
export function warningsOf(row: MonitoringRow, s: FundMonitorSettings): FundWarningShape[] {
  const out: FundWarningShape[] = [];
  if (row.dormant) {
    const last = day(row.last_activity);
    out.push({
      code: FundWarningCode.DORMANT,
      message: {
        'zh-CN': `休眠基金：自 ${last} 起已超过 ${s.dormantMonths} 个月没有收支活动（上海市专项基金管理规定）。`,
        en: `Dormant: no ledger activity since ${last}, more than ${s.dormantMonths} months (Shanghai special-fund rules).`,
      },
      facts: { lastActivityOn: last, months: s.dormantMonths },
    });
  }
  if (row.over_ceiling) {
    const cap = percent(row.admin_cap);
    out.push({
      code: FundWarningCode.ADMIN_OVER_CEILING,
      message: {
        'zh-CN': `近 12 个月管理费用 ${row.admin_spent} 元，占支出的 ${row.admin_share}%，超过基金会管理费用上限 ${cap}%（2016 年慈善组织管理费用规定）。`,
        en: `Administrative spending of ${row.admin_spent} yuan in the last 12 months is ${row.admin_share}% of spending, above the foundation's cap of ${cap}% (2016 management-cost rule).`,
      },
      facts: { administrative: row.admin_spent, total: row.total_spent, share: row.admin_share ?? '0', cap },
    });
  }
  if (Number(row.out_of_scope) > 0) {
    out.push({
      code: FundWarningCode.OUT_OF_SCOPE,
      message: {
        'zh-CN': `近 12 个月有 ${row.out_of_scope} 笔支出的用途不在基金协议的用途范围内。`,
        en: `${row.out_of_scope} spending entries in the last 12 months went to purposes outside the fund's stated scope.`,
      },
      facts: { entries: Number(row.out_of_scope) },
    });
  }
  if (row.missing_from_report) {
    out.push({
      code: FundWarningCode.MISSING_FROM_ANNUAL_REPORT,
      message: {
        'zh-CN': `基金会 ${row.report_year} 年度报告的专项基金情况中没有列出该基金。`,
        en: `The foundation's annual report for ${row.report_year} does not list this fund among its special funds.`,
      },
      facts: { reportYear: row.report_year ?? 0 },
    });
  }
  return out;
}
