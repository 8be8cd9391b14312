/**
 * Who may supply a purchased service: each rule written once, citing its source, as a SQL
 * predicate over one organization (`o`), its supplier profile (`sp`) and the need (`n`), with
 * the facts it judged and, where a date decides it, the day from which it would pass
 * (readiness advice). Statutory rules always apply; the buyer's own come on top. Every value
 * is bound (`?`), never inlined. The matching statement (matching.sql.ts) evaluates them in
 * the database over every organization of the city.
 */
import type { Knex } from '@mikro-orm/postgresql';
import type { Message } from '../../common/errors.js';
import { EligibilityRuleCode as R } from './enums.js';
import type { ProcurementSettings } from './procurement.settings.js';

export interface SqlFragment {
  sql: string;
  bindings: Knex.Value[];
}

export const sql = (text: string, ...bindings: Knex.Value[]): SqlFragment => ({ sql: text, bindings });

export interface RuleParams {
  /** The day judged on (Shanghai date, YYYY-MM-DD). */
  asOf: string;
  settings: ProcurementSettings;
}

/** The facts a rule read, as the statement returns them (text or numbers). */
export type RuleFacts = Record<string, string | number | boolean | null>;

export interface EligibilityRule {
  code: R;
  /** Statutory (always applies) or the buyer's requirement. */
  statutory: boolean;
  /** The article it applies, as shown to the user. */
  article: Message;
  /** TRUE when the organization passes; NULL counts as failing. */
  passes(p: RuleParams): SqlFragment;
  /** A json object of the facts judged (`json_build_object(...)`). */
  facts(p: RuleParams): SqlFragment;
  /** The day from which the rule would pass, where a date decides it (a date, as text). */
  eligibleFrom?(p: RuleParams): SqlFragment;
  /** Why it blocks, in both languages, from its facts. */
  explain(facts: RuleFacts, eligibleFrom: string | null): Message;
}

/**
 * Per-organization facts from oversight's tables, aggregated once per statement (hash joins,
 * never a lookup per organization): current credit listings, failed inspections in the
 * window, serious penalties in the window, passed inspections of the last two years.
 */
export function oversightFacts(p: RuleParams): SqlFragment {
  const s = p.settings;
  return sql(
    `listed as (
       select cl.organization_id, string_agg(distinct cl.list::text, ',') as lists,
              max(cl.removable_from)::text as removable_from, min(cl.since)::text as since
         from credit_listing cl
        where cl.since <= ?::date and (cl.removed_on is null or cl.removed_on > ?::date)
        group by cl.organization_id),
     failed as (
       select ar.organization_id, max(ar.year) as year
         from annual_report ar
        where ar.status = 'APPROVED' and ar.result = 'FAIL' and ar.year >= extract(year from ?::date)::int - ?
        group by ar.organization_id),
     penal as (
       select pe.organization_id, max(pe.decided_on)::text as decided_on, count(*)::int as n
         from penalty pe
        where pe.decided_on <= ?::date and pe.decided_on > (?::date - make_interval(years => ?))::date
          and (pe.kind in ('SUSPENSION', 'REVOCATION', 'CONFISCATION') or (pe.kind = 'FINE' and pe.amount >= ?))
        group by pe.organization_id),
     passed as (
       select ar.organization_id, count(*)::int as n
         from annual_report ar
        where ar.status = 'APPROVED' and ar.result = 'PASS'
          and ar.year between extract(year from ?::date)::int - ? and extract(year from ?::date)::int - 1
        group by ar.organization_id)`,
    p.asOf,
    p.asOf,
    p.asOf,
    s.inspectionYears,
    p.asOf,
    p.asOf,
    s.penaltyYears,
    s.seriousFineYuan,
    p.asOf,
    s.inspectionYears,
    p.asOf,
  );
}

/** The joins of `oversightFacts` onto `o`. */
export const OVERSIGHT_JOINS = `
  left join listed on listed.organization_id = o.id
  left join failed on failed.organization_id = o.id
  left join penal on penal.organization_id = o.id
  left join passed on passed.organization_id = o.id`;

const TYPE_NAMES: Record<string, Message> = {
  SOCIAL_GROUP: { 'zh-CN': '社会团体', en: 'social group' },
  SOCIAL_SERVICE_INSTITUTION: { 'zh-CN': '社会服务机构', en: 'social service institution' },
  FOUNDATION: { 'zh-CN': '基金会', en: 'foundation' },
};

const fromDay = (day: string | null): Message =>
  day ? { 'zh-CN': `，自 ${day} 起可符合`, en: `; it can qualify from ${day}` } : { 'zh-CN': '', en: '' };

const join = (a: Message, b: Message): Message => ({ 'zh-CN': a['zh-CN'] + b['zh-CN'], en: a.en + b.en });

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    code: R.ACTIVE,
    statutory: true,
    article: {
      'zh-CN': '《政府购买服务管理办法》（财政部令第102号）第八条：依法登记成立',
      en: 'MOF Order No. 102 (2020), Art. 8: lawfully registered and in operation',
    },
    passes: () => sql(`o.status = 'ACTIVE'`),
    facts: () => sql(`json_build_object('status', o.status)`),
    explain: (f) => ({
      'zh-CN': `登记状态为 ${f.status}，不是正常（ACTIVE）。`,
      en: `Its registration status is ${f.status}, not ACTIVE.`,
    }),
  },
  {
    code: R.NOT_ON_CREDIT_LIST,
    statutory: true,
    article: {
      'zh-CN': '《社会组织信用信息管理办法》（2018）第十八条；财政部令第102号第八条',
      en: 'Social Organization Credit Information Measures (2018), Art. 18; MOF Order No. 102, Art. 8',
    },
    passes: () => sql(`listed.organization_id is null`),
    facts: () => sql(`json_build_object('lists', listed.lists, 'since', listed.since)`),
    eligibleFrom: () => sql(`listed.removable_from`),
    explain: (f, day) =>
      join(
        {
          'zh-CN': `自 ${f.since} 起列入信用名单（${f.lists}）`,
          en: `On a credit list (${f.lists}) since ${f.since}`,
        },
        day ? fromDay(day) : { 'zh-CN': '，移出后方可参与。', en: '; it can take part once removed.' },
      ),
  },
  {
    code: R.NO_FAILED_INSPECTION,
    statutory: true,
    article: {
      'zh-CN': '财政部令第102号第八条；《社会组织登记管理条例》年度检查：近两年年检无不合格',
      en: 'MOF Order No. 102, Art. 8; annual inspection: no FAIL in the last two years',
    },
    passes: () => sql(`failed.organization_id is null`),
    facts: () => sql(`json_build_object('year', failed.year)`),
    eligibleFrom: (p) => sql(`make_date(failed.year + ? + 1, 1, 1)::text`, p.settings.inspectionYears),
    explain: (f, day) =>
      join(
        { 'zh-CN': `${f.year} 年度年检结论为不合格`, en: `Its annual inspection for ${f.year} was FAIL` },
        fromDay(day),
      ),
  },
  {
    code: R.NO_SERIOUS_PENALTY,
    statutory: true,
    article: {
      'zh-CN': '《政府采购法》第二十二条第一款第五项：参加政府采购活动前三年内无重大违法记录',
      en: 'Government Procurement Law, Art. 22(1)(5): no major violation in the three years before',
    },
    passes: () => sql(`penal.organization_id is null`),
    facts: () => sql(`json_build_object('decidedOn', penal.decided_on, 'count', penal.n)`),
    eligibleFrom: (p) =>
      sql(`((penal.decided_on::date + make_interval(years => ?))::date + 1)::text`, p.settings.penaltyYears),
    explain: (f, day) =>
      join(
        {
          'zh-CN': `${f.decidedOn} 受到重大行政处罚（停止活动、撤销登记、没收或大额罚款）`,
          en: `A serious penalty (suspension, revocation, confiscation or a large fine) on ${f.decidedOn}`,
        },
        fromDay(day),
      ),
  },
  {
    code: R.CATALOGUE_REGISTERED_YEARS,
    statutory: true,
    article: {
      'zh-CN': '上海市承接政府购买服务社会组织推荐目录：登记满两年',
      en: 'Shanghai recommended-supplier catalogue: registered at least two years',
    },
    passes: (p) =>
      sql(
        `(not n.recommended_catalogue or o.registered_on <= (?::date - make_interval(years => ?))::date)`,
        p.asOf,
        p.settings.catalogueYears,
      ),
    facts: () => sql(`json_build_object('registeredOn', o.registered_on::text)`),
    eligibleFrom: (p) =>
      sql(`(o.registered_on + make_interval(years => ?))::date::text`, p.settings.catalogueYears),
    explain: (f, day) =>
      join(
        {
          'zh-CN': `${f.registeredOn} 登记，未满两年`,
          en: `Registered on ${f.registeredOn}, under two years ago`,
        },
        fromDay(day),
      ),
  },
  {
    code: R.CATALOGUE_RATING,
    statutory: true,
    article: {
      'zh-CN': '上海市推荐目录：社会组织评估等级 3A 及以上（有效期内）',
      en: 'Shanghai recommended catalogue: evaluation grade 3A or better, still valid',
    },
    passes: (p) =>
      sql(
        `(not n.recommended_catalogue or (o.rating_grade >= ? and o.rating_valid_until >= ?::date))`,
        p.settings.catalogueMinGrade,
        p.asOf,
      ),
    facts: () => sql(`json_build_object('grade', o.rating_grade, 'validUntil', o.rating_valid_until::text)`),
    explain: (f) =>
      f.grade
        ? {
            'zh-CN': `评估等级 ${f.grade}A（有效期至 ${f.validUntil}），须为有效的 3A 及以上；取决于下一次评估结果。`,
            en: `Grade ${f.grade}A (valid until ${f.validUntil}); a valid 3A or better is needed, so the next evaluation decides.`,
          }
        : {
            'zh-CN': '尚无评估等级，须为 3A 及以上；参加社会组织评估后可符合。',
            en: 'Not graded; 3A or better is needed, so an evaluation comes first.',
          },
  },
  {
    code: R.CATALOGUE_INSPECTIONS_PASSED,
    statutory: true,
    article: {
      'zh-CN': '上海市推荐目录：近两年年检均为合格',
      en: 'Shanghai recommended catalogue: annual inspection PASS in each of the last two years',
    },
    passes: (p) =>
      sql(`(not n.recommended_catalogue or coalesce(passed.n, 0) >= ?)`, p.settings.inspectionYears),
    facts: () => sql(`json_build_object('passed', coalesce(passed.n, 0))`),
    eligibleFrom: (p) =>
      sql(
        `(case when extract(month from ?::date) < 6 then make_date(extract(year from ?::date)::int, 6, 1)
               else make_date(extract(year from ?::date)::int + 1, 6, 1) end)::text`,
        p.asOf,
        p.asOf,
        p.asOf,
      ),
    explain: (f, day) => ({
      'zh-CN': `近两年年检合格 ${f.passed} 次，须两年均合格；下一次年检结论（最早 ${day}）若为合格可符合。`,
      en: `PASS in ${f.passed} of the last two years; both are needed. The next result (from ${day} at the earliest) may settle it.`,
    }),
  },
  {
    code: R.SUPPLIER_PROFILE,
    statutory: false,
    article: {
      'zh-CN': '供需对接平台规则：须填写服务目录',
      en: 'Matching platform rule: a supplier profile (service catalogue) is needed',
    },
    passes: () => sql(`sp.id is not null`),
    facts: () => sql(`json_build_object()`),
    explain: () => ({
      'zh-CN': '尚未填写服务目录（服务类别、区域、能力）。',
      en: 'It has no supplier profile yet (categories, districts, capacity).',
    }),
  },
  {
    code: R.ORGANIZATION_TYPE,
    statutory: false,
    article: { 'zh-CN': '采购人设定的组织类型要求', en: 'The buyer’s requirement: organization types' },
    passes: () => sql(`(cardinality(n.allowed_types) = 0 or o.type::text = any(n.allowed_types))`),
    facts: () => sql(`json_build_object('type', o.type, 'allowed', array_to_string(n.allowed_types, ','))`),
    explain: (f) => ({
      'zh-CN': `组织类型为${TYPE_NAMES[String(f.type)]?.['zh-CN'] ?? f.type}，本需求仅限 ${String(f.allowed)
        .split(',')
        .map((t) => TYPE_NAMES[t]?.['zh-CN'] ?? t)
        .join('、')}。`,
      en: `It is a ${TYPE_NAMES[String(f.type)]?.en ?? f.type}; this need takes only ${String(f.allowed)
        .split(',')
        .map((t) => TYPE_NAMES[t]?.en ?? t)
        .join(', ')}.`,
    }),
  },
  {
    code: R.MIN_RATING,
    statutory: false,
    article: { 'zh-CN': '采购人设定的最低评估等级', en: 'The buyer’s requirement: minimum evaluation grade' },
    passes: (p) =>
      sql(
        `(n.min_rating is null or (o.rating_grade >= n.min_rating and o.rating_valid_until >= ?::date))`,
        p.asOf,
      ),
    facts: () =>
      sql(
        `json_build_object('grade', o.rating_grade, 'validUntil', o.rating_valid_until::text, 'min', n.min_rating)`,
      ),
    explain: (f) => ({
      'zh-CN': `须有效的 ${f.min}A 及以上，现为${f.grade ? `${f.grade}A（至 ${f.validUntil}）` : '无等级'}；取决于下一次评估。`,
      en: `A valid ${f.min}A or better is needed; it has ${f.grade ? `${f.grade}A (until ${f.validUntil})` : 'no grade'}, so the next evaluation decides.`,
    }),
  },
  {
    code: R.MIN_YEARS,
    statutory: false,
    article: { 'zh-CN': '采购人设定的最短成立年限', en: 'The buyer’s requirement: years since registration' },
    passes: (p) =>
      sql(
        `(n.min_years is null or o.registered_on <= (?::date - make_interval(years => n.min_years::int))::date)`,
        p.asOf,
      ),
    facts: () => sql(`json_build_object('registeredOn', o.registered_on::text, 'min', n.min_years)`),
    eligibleFrom: () => sql(`(o.registered_on + make_interval(years => n.min_years::int))::date::text`),
    explain: (f, day) =>
      join(
        {
          'zh-CN': `${f.registeredOn} 登记，本需求要求成立满 ${f.min} 年`,
          en: `Registered on ${f.registeredOn}; this need asks for ${f.min} years`,
        },
        fromDay(day),
      ),
  },
  {
    code: R.QUALIFICATIONS,
    statutory: false,
    article: { 'zh-CN': '采购人设定的专业资质要求', en: 'The buyer’s requirement: qualified staff' },
    passes: () =>
      // jsonb_exists_all is `?&`: the profile keeps only qualifications held by someone
      sql(
        `(cardinality(n.required_qualifications) = 0 or coalesce(jsonb_exists_all(sp.staff, n.required_qualifications), false))`,
      ),
    facts: () =>
      sql(
        `json_build_object('missing', (select string_agg(q, ',') from unnest(n.required_qualifications) q
                                        where coalesce((sp.staff ->> q)::int, 0) < 1))`,
      ),
    explain: (f) => ({
      'zh-CN': `缺少本需求要求的专业人员：${f.missing}。`,
      en: `It lacks staff with the qualifications asked for: ${f.missing}.`,
    }),
  },
  {
    code: R.CAPACITY,
    statutory: false,
    article: { 'zh-CN': '采购人设定的服务能力要求', en: 'The buyer’s requirement: capacity' },
    passes: () => sql(`(n.min_capacity is null or coalesce(sp.capacity, 0) >= n.min_capacity)`),
    facts: () => sql(`json_build_object('capacity', coalesce(sp.capacity, 0), 'min', n.min_capacity)`),
    explain: (f) => ({
      'zh-CN': `年服务能力 ${f.capacity} 人次，本需求要求至少 ${f.min} 人次。`,
      en: `It serves ${f.capacity} people a year; this need asks for at least ${f.min}.`,
    }),
  },
];

export const RULES_BY_CODE = new Map(ELIGIBILITY_RULES.map((r) => [r.code, r]));
