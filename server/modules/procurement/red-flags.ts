/**
 * 风险提示 (red flags, after OCDS Cardinal's indicators): each kind written once as a SQL
 * statement yielding rows with a stable key, the need, the buyer, the organization and the
 * facts its explanation is written from. A flag is a reason to look, not an accusation.
 */
import type { Message } from '../../common/errors.js';
import { RedFlagKind as K } from './enums.js';
import { sql, type SqlFragment } from './eligibility.rules.js';
import type { ProcurementSettings } from './procurement.settings.js';

export interface RedFlagParams {
  asOf: string;
  now: Date;
  settings: ProcurementSettings;
}

export type RedFlagFacts = Record<string, string | number | boolean | null>;

export interface RedFlagDefinition {
  kind: K;
  /** The Cardinal indicator it follows. */
  indicator: string;
  /** Columns: flag_key, need_id, department, organization_id, facts (json). */
  rows(p: RedFlagParams): SqlFragment;
  explain(facts: RedFlagFacts): Message;
}

export const RED_FLAG_DISCLAIMER: Message = {
  'zh-CN': '风险提示是需要关注的线索，不是对任何人的指控。',
  en: 'A flag is a reason to look, not an accusation.',
};

const money = (v: unknown) => Number(v).toLocaleString('en-US', { minimumFractionDigits: 2 });

export const RED_FLAGS: readonly RedFlagDefinition[] = [
  {
    kind: K.SINGLE_PROPOSAL,
    indicator: 'Cardinal R018: single bid received',
    rows: (p) =>
      sql(
        `select 'SINGLE_PROPOSAL:' || lpad(n.id::text, 10, '0') as flag_key, n.id as need_id, n.department,
                max(pr.organization_id) as organization_id,
                json_build_object('title', n.title, 'deadline', n.deadline::date::text) as facts
           from service_need n join proposal pr on pr.need_id = n.id and pr.status <> 'WITHDRAWN'
          where n.status in ('CLOSED', 'AWARDED') or (n.status = 'PUBLISHED' and n.deadline <= ?)
          group by n.id having count(*) = 1`,
        p.now,
      ),
    explain: (f) => ({
      'zh-CN': `需求“${f.title}”截止（${f.deadline}）时只收到一份响应，竞争不足。`,
      en: `“${f.title}” drew a single proposal by its deadline (${f.deadline}): little competition.`,
    }),
  },
  {
    kind: K.BUYER_CONCENTRATION,
    indicator: 'Cardinal R048-style: buyer’s awards concentrated on one supplier',
    rows: (p) =>
      sql(
        `with latest as (
           select department, max(awarded_at)::date as d from service_contract
            where awarded_at::date <= ?::date group by department),
         recent as (
           select c.department, c.supplier_id from service_contract c join latest l using (department)
            where c.awarded_at::date <= l.d and c.awarded_at::date > (l.d - make_interval(years => ?))::date),
         totals as (select department, count(*)::int as total from recent group by department),
         pairs as (select department, supplier_id, count(*)::int as n from recent group by department, supplier_id)
         select 'BUYER_CONCENTRATION:' || md5(pairs.department) || ':' || lpad(pairs.supplier_id::text, 10, '0') as flag_key,
                null::int as need_id, pairs.department, pairs.supplier_id as organization_id,
                json_build_object('awards', pairs.n, 'total', totals.total, 'years', ?::int) as facts
           from pairs join totals using (department)
          where totals.total >= ? and pairs.n::numeric / totals.total >= ?`,
        p.asOf,
        p.settings.fairnessWindowYears,
        p.settings.fairnessWindowYears,
        p.settings.concentrationMinAwards,
        p.settings.concentrationShare,
      ),
    explain: (f) => ({
      'zh-CN': `该采购人最近 ${f.years} 年的 ${f.total} 个合同中有 ${f.awards} 个授予同一供应商。`,
      en: `${f.awards} of this buyer’s ${f.total} awards in its last ${f.years} years of awarding went to one supplier.`,
    }),
  },
  {
    kind: K.SPONSOR_LINK,
    indicator: 'Conflict of interest: the buyer is (or was) the supplier’s sponsor unit',
    rows: (p) =>
      sql(
        `select 'SPONSOR_LINK:' || lpad(c.need_id::text, 10, '0') as flag_key, c.need_id, c.department,
                c.supplier_id as organization_id,
                json_build_object('unit', su.name, 'from', min(sp.valid_from)::text, 'to', max(sp.valid_to)::text,
                                  'current', bool_or(sp.valid_to is null), 'years', ?::int) as facts
           from service_contract c
           join sponsorship_period sp on sp.organization_id = c.supplier_id
           join sponsor_unit su on su.id = sp.sponsor_unit_id and su.name = c.department
          where sp.valid_from <= c.awarded_at::date
            and (sp.valid_to is null or sp.valid_to > (c.awarded_at::date - make_interval(years => ?))::date)
          group by c.need_id, c.department, c.supplier_id, su.name`,
        p.settings.sponsorLinkYears,
        p.settings.sponsorLinkYears,
      ),
    explain: (f) =>
      f.current === true
        ? {
            'zh-CN': `供应商的业务主管单位就是采购部门“${f.unit}”（自 ${f.from} 起）。`,
            en: `The supplier’s sponsor unit is the buying department, ${f.unit} (since ${f.from}).`,
          }
        : {
            'zh-CN': `近 ${f.years} 年内供应商的业务主管单位曾是采购部门“${f.unit}”（至 ${f.to}）。`,
            en: `Within ${f.years} years the supplier’s sponsor unit was the buying department, ${f.unit} (until ${f.to}).`,
          },
  },
  {
    kind: K.JUST_UNDER_THRESHOLD,
    indicator: 'Cardinal R025-style: price just under a procurement threshold',
    rows: (p) =>
      sql(
        `with th as (select unnest(?::numeric[]) as threshold),
         hits as (
           select c.*, th.threshold from service_contract c join th
             on c.amount < th.threshold and c.amount >= th.threshold * (1 - ?::numeric)),
         per as (select department, count(*)::int as n from hits group by department)
         select 'JUST_UNDER_THRESHOLD:' || lpad(hits.need_id::text, 10, '0') as flag_key, hits.need_id,
                hits.department, hits.supplier_id as organization_id,
                json_build_object('amount', hits.amount::text, 'threshold', hits.threshold::text,
                                  'buyerCount', per.n) as facts
           from hits join per using (department)`,
        `{${p.settings.thresholdsYuan.join(',')}}`,
        p.settings.justUnderShare,
      ),
    explain: (f) => ({
      'zh-CN': `合同金额 ${money(f.amount)} 元略低于 ${money(f.threshold)} 元的限额标准；该采购人共有 ${f.buyerCount} 个合同如此。`,
      en: `The contract of ${money(f.amount)} yuan sits just under the ${money(f.threshold)} yuan threshold; this buyer has ${f.buyerCount} such awards.`,
    }),
  },
  {
    kind: K.PEOPLE_IN_COMMON,
    indicator: 'Conflict of interest: a person on both sides',
    rows: () =>
      sql(
        `select 'PEOPLE_IN_COMMON:' || lpad(c.need_id::text, 10, '0') as flag_key, c.need_id, c.department,
                c.supplier_id as organization_id,
                json_build_object('person', o.legal_representative) as facts
           from service_contract c
           join organization o on o.id = c.supplier_id
          where exists (select 1 from account a where a.role = 'BUYER' and a.department = c.department
                           and a.display_name = o.legal_representative)`,
      ),
    explain: (f) => ({
      'zh-CN': `供应商的法定代表人“${f.person}”与采购部门的采购人账号同名。`,
      en: `The supplier’s legal representative, ${f.person}, has the name of a buyer account of the department.`,
    }),
  },
];

export const RED_FLAG_BY_KIND = new Map(RED_FLAGS.map((f) => [f.kind, f]));
