/**
 * The supplier match score (documented here and shown with every ranking): seven factors, each
 * worth its configured weight in points (procurement.settings.ts, summing to 100), each
 * computed in SQL from the need (`n`), the organization (`o`), its profile (`sp`), its track
 * record (`t`) and the recent awards (`fad` of this buyer, `fas` of the city, totals `fb`, `fc`), with the facts the detail is written from.
 */
import type { Message } from '../../common/errors.js';
import { MatchFactor as M } from './enums.js';
import { sql, type RuleFacts, type RuleParams, type SqlFragment } from './eligibility.rules.js';

export interface MatchFactorDefinition {
  factor: M;
  label: Message;
  /** How the points are computed, in words (shown with the weights). */
  method: Message;
  /** A share from 0 to 1 of the factor's weight. */
  share(p: RuleParams): SqlFragment;
  facts(p: RuleParams): SqlFragment;
  explain(facts: RuleFacts): Message;
}

/** Full years between registration and the day judged. */
const YEARS = `extract(year from age(?::date, o.registered_on))`;

export const MATCH_FACTORS: readonly MatchFactorDefinition[] = [
  {
    factor: M.CATEGORY_FIT,
    label: { 'zh-CN': '服务类别', en: 'Category fit' },
    method: {
      'zh-CN': '服务目录含本需求类别得满分，否则 0 分。',
      en: 'Full points when its catalogue offers the need’s category, else none.',
    },
    share: () => sql(`(case when n.category::text = any(sp.categories) then 1 else 0 end)`),
    facts: () => sql(`json_build_object('fits', coalesce(n.category::text = any(sp.categories), false))`),
    explain: (f) =>
      f.fits
        ? { 'zh-CN': '服务目录包含本需求类别。', en: 'Its catalogue offers this category.' }
        : { 'zh-CN': '服务目录不含本需求类别。', en: 'Its catalogue does not offer this category.' },
  },
  {
    factor: M.DISTRICTS,
    label: { 'zh-CN': '服务区域', en: 'Districts served' },
    method: {
      'zh-CN': '服务全部需求区域得满分，部分覆盖得一半，不覆盖为 0；全市需求按所服务区数 / 16。',
      en: 'Full points when it serves all of the need’s districts, half for some, none for none; for a city-wide need, districts served / 16.',
    },
    share: () =>
      sql(`(case when cardinality(n.district_codes) = 0
                 then least(coalesce(cardinality(sp.district_codes), 0), 16)::float8 / 16
                 when n.district_codes <@ sp.district_codes then 1
                 when n.district_codes && sp.district_codes then 0.5 else 0 end)`),
    facts: () =>
      sql(`json_build_object(
             'served', (select count(*) from unnest(n.district_codes) d where d = any(sp.district_codes)),
             'needed', cardinality(n.district_codes),
             'all', coalesce(cardinality(sp.district_codes), 0))`),
    explain: (f) =>
      Number(f.needed) === 0
        ? { 'zh-CN': `全市需求；服务 ${f.all} 个区。`, en: `A city-wide need; it serves ${f.all} districts.` }
        : {
            'zh-CN': `覆盖需求区域 ${f.served}/${f.needed} 个。`,
            en: `It serves ${f.served} of the need’s ${f.needed} districts.`,
          },
  },
  {
    factor: M.RATING,
    label: { 'zh-CN': '评估等级', en: 'Rating' },
    method: {
      'zh-CN': '有效评估等级 / 5A；无等级或已过期为 0。',
      en: 'Valid grade / 5A; none or expired scores 0.',
    },
    share: (p) =>
      sql(
        `(coalesce(case when o.rating_valid_until >= ?::date then o.rating_grade end, 0)::float8 / 5)`,
        p.asOf,
      ),
    facts: (p) =>
      sql(
        `json_build_object('grade', case when o.rating_valid_until >= ?::date then o.rating_grade end)`,
        p.asOf,
      ),
    explain: (f) =>
      f.grade
        ? { 'zh-CN': `评估等级 ${f.grade}A。`, en: `Graded ${f.grade}A.` }
        : { 'zh-CN': '无有效评估等级。', en: 'No valid grade.' },
  },
  {
    factor: M.TRACK_RECORD,
    label: { 'zh-CN': '履约记录', en: 'Track record' },
    method: {
      'zh-CN': '一半看已完成合同数（5 个及以上满分），一半看采购人平均评价（1–5，无评价按 3）。',
      en: 'Half for contracts completed (5 or more: full), half for the buyers’ average rating (1–5; none counts 3).',
    },
    share: () =>
      sql(
        `(0.5 * least(coalesce(t.done, 0), 5)::float8 / 5 + 0.5 * (coalesce(t.avg_rating, 3)::float8 - 1) / 4)`,
      ),
    facts: () =>
      sql(`json_build_object('done', coalesce(t.done, 0), 'rated', coalesce(t.rated, 0),
                             'average', round(t.avg_rating, 2), 'onTime', coalesce(t.on_time, 0))`),
    explain: (f) =>
      Number(f.rated) > 0
        ? {
            'zh-CN': `完成合同 ${f.done} 个，按期 ${f.onTime} 个，平均评价 ${f.average} 分（${f.rated} 次）。`,
            en: `${f.done} contracts completed, ${f.onTime} on time, rated ${f.average} on average (${f.rated} ratings).`,
          }
        : {
            'zh-CN': `完成合同 ${f.done} 个，尚无评价。`,
            en: `${f.done} contracts completed, none rated yet.`,
          },
  },
  {
    factor: M.CAPACITY,
    label: { 'zh-CN': '服务能力与专业人员', en: 'Capacity and qualified staff' },
    method: {
      'zh-CN': '六成看年服务人次相对需求（无要求按 100 人次），四成看持证社工（5 人满分）。',
      en: '60% for people served a year against the need (100 when unstated), 40% for certified social workers (5 or more: full).',
    },
    share: () =>
      sql(`(0.6 * least(coalesce(sp.capacity, 0)::float8 / greatest(coalesce(n.min_capacity, 100), 1), 1)
          + 0.4 * least(coalesce((sp.staff ->> 'SOCIAL_WORKER')::int, 0)::float8 / 5, 1))`),
    facts: () =>
      sql(`json_build_object('capacity', coalesce(sp.capacity, 0), 'needed', coalesce(n.min_capacity, 100),
             'staff', coalesce((sp.staff ->> 'SOCIAL_WORKER')::int, 0))`),
    explain: (f) => ({
      'zh-CN': `年服务 ${f.capacity} 人次（需求 ${f.needed}），持证社工 ${f.staff} 人。`,
      en: `Serves ${f.capacity} people a year (need: ${f.needed}); ${f.staff} certified social workers.`,
    }),
  },
  {
    factor: M.EXPERIENCE,
    label: { 'zh-CN': '成立年限', en: 'Experience' },
    method: {
      'zh-CN': '成立年数 / 10（10 年及以上满分）。',
      en: 'Years since registration / 10 (10 or more: full).',
    },
    share: (p) => sql(`least(${YEARS}::float8 / 10, 1)`, p.asOf),
    facts: (p) => sql(`json_build_object('years', ${YEARS})`, p.asOf),
    explain: (f) => ({ 'zh-CN': `成立 ${f.years} 年。`, en: `Registered ${f.years} years ago.` }),
  },
  {
    factor: M.FAIRNESS,
    label: { 'zh-CN': '公平轮换', en: 'Fairness' },
    method: {
      'zh-CN': '最近几年授予中，在本采购人与全市所占份额的较大者越高，得分越低（份额达到上限为 0）。',
      en: 'The larger of its share of this buyer’s and of the city’s awards of the last years lowers it (none at the cap).',
    },
    share: (p) =>
      sql(
        `(1 - least(1, greatest(coalesce(fad.n, 0)::float8 / nullif(fb.total, 0),
                               coalesce(fas.n, 0)::float8 / nullif(fc.total, 0), 0) / ?::float8))`,
        p.settings.fairnessFullShare,
      ),
    facts: (p) =>
      sql(
        `json_build_object('buyerAwards', coalesce(fad.n, 0), 'buyerTotal', coalesce(fb.total, 0),
                           'cityAwards', coalesce(fas.n, 0), 'cityTotal', coalesce(fc.total, 0),
                           'years', ?::int)`,
        p.settings.fairnessWindowYears,
      ),
    explain: (f) => ({
      'zh-CN': `最近 ${f.years} 年的授予中，获本采购人 ${f.buyerAwards}/${f.buyerTotal} 个、全市 ${f.cityAwards}/${f.cityTotal} 个合同。`,
      en: `Of the last ${f.years} years of awards: ${f.buyerAwards} of this buyer’s ${f.buyerTotal}, ${f.cityAwards} of the city’s ${f.cityTotal}.`,
    }),
  },
];
