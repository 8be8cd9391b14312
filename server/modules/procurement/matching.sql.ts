/**
 * The matching statement: eligibility (eligibility.rules.ts) and the match score
 * (match-factors.ts) of organizations against needs, in the database. The city is never
 * loaded: the ranking statement returns one page of keys with their pass/fail flags and
 * points, and a second statement reads the facts behind the reasons for that page alone.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/db.js';
import {
  ELIGIBILITY_RULES,
  OVERSIGHT_JOINS,
  oversightFacts,
  sql,
  type RuleParams,
  type SqlFragment,
} from './eligibility.rules.js';
import { MATCH_FACTORS } from './match-factors.js';

/**
 * Which organizations to join: those with a supplier profile (the candidates: only they can pass
 * SUPPLIER_PROFILE, so an inner join narrows the set), those without, or all.
 */
export type Profiles = 'with' | 'without' | 'all';

export interface MatchScope {
  /** Which needs (alias `n0`). */
  needs: SqlFragment;
  /** Which organizations (alias `o`). */
  organizations: SqlFragment;
}

function combine(parts: SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((p) => p.sql).join(separator), bindings: parts.flatMap((p) => p.bindings) };
}

/** The common part: facts CTEs, the needs, track records and recent awards, then the join. */
function base(
  p: RuleParams,
  scope: MatchScope,
  columns: SqlFragment,
  profiles: Profiles = 'all',
): SqlFragment {
  const facts = oversightFacts(p);
  return combine(
    [
      sql('with '),
      facts,
      sql(',\n nd as (select * from service_need n0 where '),
      scope.needs,
      sql(
        `),
 t as (select c.supplier_id, count(*) filter (where c.period_end < ?::date)::int as done,
              count(c.rating)::int as rated, avg(c.rating) as avg_rating,
              count(*) filter (where c.delivered_on_time)::int as on_time
         from service_contract c where c.awarded_at::date <= ?::date group by c.supplier_id),
 -- recent awards: the last N years of awarding up to the day judged (anchored at the newest award)
 la as (select max(c.awarded_at)::date as d from service_contract c where c.awarded_at::date <= ?::date),
 rc as (select c.supplier_id, c.department from service_contract c cross join la
         where c.awarded_at::date <= la.d and c.awarded_at::date > (la.d - make_interval(years => ?))::date),
 fc as (select count(*)::int as total from rc),
 fb as (select department, count(*)::int as total from rc group by department),
 fad as (select supplier_id, department, count(*)::int as n from rc group by supplier_id, department),
 fas as (select supplier_id, count(*)::int as n from rc group by supplier_id)
select `,
        p.asOf,
        p.asOf,
        p.asOf,
        p.settings.fairnessWindowYears,
      ),
      columns,
      sql(`
  from nd n cross join organization o
  ${profiles === 'with' ? 'join' : 'left join'} supplier_profile sp on sp.organization_id = o.id
  ${OVERSIGHT_JOINS}
  left join t on t.supplier_id = o.id
  left join fas on fas.supplier_id = o.id
  left join fad on fad.supplier_id = o.id and fad.department = n.department
  left join fb on fb.department = n.department
  cross join fc
 where ${profiles === 'without' ? 'sp.id is null and ' : ''}`),
      scope.organizations,
    ],
    '',
  );
}

/** The ranking's order: eligible first, by score, ties by credit code (matching.service.ts TIE_BREAK). */
const BY_ORGANIZATION = 'eligible desc, score desc, credit_code asc';

/**
 * Every pair of the scope with its pass flags (`r0`…), points (`p0`…), `eligible` and `score`,
 * before any order: `select m.*, eligible, score from (…) m`.
 */
function scored(
  p: RuleParams,
  scope: MatchScope,
  profiles: Profiles,
): { statement: SqlFragment; eligible: string } {
  const passes = ELIGIBILITY_RULES.map((r) => r.passes(p));
  const points = MATCH_FACTORS.map((f) => {
    const share = f.share(p);
    return {
      sql: `(${share.sql}) * ?::float8`,
      bindings: [...share.bindings, p.settings.matchWeights[f.factor]],
    };
  });
  const columns = combine(
    [
      sql('n.id as need_id, n.deadline as need_deadline, o.id as organization_id, o.credit_code'),
      ...passes.map((f, i) => ({ sql: `coalesce((${f.sql}), false) as r${i}`, bindings: f.bindings })),
      ...points.map((f, i) => ({ sql: `(${f.sql}) as p${i}`, bindings: f.bindings })),
    ],
    ',\n  ',
  );
  const inner = base(p, scope, columns, profiles);
  const eligible = passes.map((_, i) => `r${i}`).join(' and ');
  const score = `round((${points.map((_, i) => `p${i}`).join(' + ')})::numeric, 2)`;
  const statement = combine(
    [
      sql('select m.*, (' + eligible + ') as eligible, ' + score + ' as score from ('),
      inner,
      // offset 0 keeps the rules out of the join's estimates (13 predicates read as "no rows" and
      // turn every join into a nested loop); they filter the joined rows instead.
      sql(' offset 0) m'),
    ],
    '',
  );
  return { statement, eligible };
}

/** Pass flags (`r0`…), points (`p0`…), `eligible` and `score`, ranked and limited. */
export function rankingStatement(
  p: RuleParams,
  scope: MatchScope,
  options: { onlyEligible: boolean; profiles: Profiles; order: 'organizations' | 'needs'; limit: number },
): SqlFragment {
  const { statement, eligible } = scored(p, scope, options.profiles);
  const order =
    options.order === 'organizations'
      ? BY_ORGANIZATION
      : 'eligible desc, score desc, need_deadline asc, need_id asc';
  return combine(
    [
      statement,
      sql(` ${options.onlyEligible ? `where ${eligible}` : ''} order by ${order} limit ?`, options.limit),
    ],
    '',
  );
}

/**
 * Some organizations' places (`place`, 1 first) in one need's ranking of every organization of
 * the scope (the need's `supplierMatches` with `includeIneligible`: an eligible one's place is
 * its place among the eligible) and the ranking's size (`places`), with the ranking's columns. One statement for the need, however
 * many organizations are asked about.
 */
export function placeStatement(
  p: RuleParams,
  scope: MatchScope,
  profiles: Profiles,
  organizations: readonly number[],
): SqlFragment {
  const { statement } = scored(p, scope, profiles);
  return combine(
    [
      sql(
        'select x.* from (select s.*, row_number() over (order by ' +
          BY_ORGANIZATION +
          ')::int as place, count(*) over ()::int as places from (',
      ),
      statement,
      sql(') s) x where x.organization_id = any(?::int[]) order by x.place', pgArray(organizations)),
    ],
    '',
  );
}

/** The facts (`rf0`…, `pf0`…) and dates (`re0`…) behind the reasons, for the pairs of a page. */
export function factsStatement(p: RuleParams, scope: MatchScope): SqlFragment {
  const parts: SqlFragment[] = [sql('n.id as need_id, o.id as organization_id')];
  ELIGIBILITY_RULES.forEach((r, i) => {
    const facts = r.facts(p);
    parts.push({ sql: `(${facts.sql}) as rf${i}`, bindings: facts.bindings });
    const from = r.eligibleFrom?.(p);
    if (from) parts.push({ sql: `(${from.sql}) as re${i}`, bindings: from.bindings });
  });
  MATCH_FACTORS.forEach((f, i) => {
    const facts = f.facts(p);
    parts.push({ sql: `(${facts.sql}) as pf${i}`, bindings: facts.bindings });
  });
  return base(p, scope, combine(parts, ',\n  '));
}

export async function run<R>(knex: Knex, statement: SqlFragment): Promise<R[]> {
  const result = (await knex.raw(statement.sql, statement.bindings)) as { rows: R[] };
  return result.rows;
}
