import type { Knex } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/db.js';
import { addYears } from './calendar.js';
import type { ListingRule } from './credit-list.rules.js';
import type { OversightSettings, SweepThresholds } from './oversight.settings.js';
import { reportOwedIfRegisteredBy } from './reporting.js';
import { dueYears, type SweepInput } from './sweep.plan.js';

const day = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value);

/**
 * What the sweep reads, in six statements whatever the city's size, each
 * only what a trigger can use: the owed report years that are missing or
 * FAILED (not every report of every organization), the revoked
 * organizations, open rectifications past their deadline, recent penalties,
 * current listings and every recorded cause.
 */
export async function loadSweepInput(
  knex: Knex,
  asOf: string,
  thresholds: SweepThresholds,
  settings: OversightSettings,
): Promise<SweepInput> {
  const years = dueYears(asOf, Math.max(2, thresholds.reportLookbackYears), settings);
  const penaltiesFrom = addYears(
    asOf,
    -Math.max(thresholds.repeatWindowYears, thresholds.seriousCleanYears, 1),
  );
  // One after another: inside the sweep's transaction they share one connection.
  const [gaps, revoked, rectifications, penalties, listings, causes] = await sequence([
    // An organization on the register owes a year's report unless registered after the
    // year's exemption date (reporting.ts).
    () =>
      years.length
        ? knex
            .raw(
              `select o.id as organization_id, y.year, r.received_on, r.result,
                 (r.reviewed_at at time zone 'Asia/Shanghai')::date as reviewed_on
               from unnest(?::smallint[], ?::date[]) as y(year, owed_if_registered_by)
               join organization o on o.status in ('ACTIVE', 'SUSPENDED')
                 and o.registered_on <= y.owed_if_registered_by
               left join annual_report r on r.organization_id = o.id and r.year = y.year
               where r.received_on is null or r.result = 'FAIL'
               order by o.id, y.year`,
              [pgArray(years), pgArray(years.map((y) => reportOwedIfRegisteredBy(y, settings)))],
            )
            .then((r: { rows: unknown[] }) => r.rows)
        : Promise.resolve([]),
    () => knex('organization').select('id').where('status', 'REVOKED').orderBy('id'),
    () =>
      knex('rectification')
        .select('id', 'organization_id', 'status', 'deadline', 'requirement')
        .whereIn('status', ['OPEN', 'OVERDUE'])
        .where('deadline', '<', asOf),
    () =>
      knex('penalty')
        .select('id', 'organization_id', 'kind', 'amount', 'decided_on', 'suspended_from', 'suspended_until')
        .where((q) => q.where('decided_on', '>', penaltiesFrom).orWhere('kind', 'REVOCATION'))
        .where('decided_on', '<=', asOf)
        .orderBy(['decided_on', 'id']),
    () =>
      knex('credit_listing as l')
        .select(
          'l.id',
          'l.organization_id',
          'l.list',
          'l.since',
          'l.clock_started_on',
          'l.removable_from',
          knex.raw('array_agg(c.reason_code order by c.id) as rules'),
        )
        .leftJoin('credit_listing_cause as c', 'c.listing_id', 'l.id')
        .whereNull('l.removed_on')
        .groupBy('l.id'),
    () =>
      knex('credit_listing_cause as c')
        .join('credit_listing as l', 'l.id', 'c.listing_id')
        .select('l.organization_id', 'l.list', 'c.cause_key'),
  ]);
  type Row = Record<string, unknown>;
  return {
    asOf,
    thresholds,
    settings,
    revoked: (revoked as Row[]).map((o) => Number(o.id)),
    reportGaps: (gaps as Row[]).map((r) => ({
      organizationId: Number(r.organization_id),
      year: Number(r.year),
      receivedOn: day(r.received_on),
      result: (r.result as never) ?? null,
      reviewedOn: day(r.reviewed_on),
    })),
    rectifications: (rectifications as Row[]).map((r) => ({
      id: Number(r.id),
      organizationId: Number(r.organization_id),
      status: r.status as never,
      deadline: day(r.deadline)!,
      requirement: String(r.requirement),
    })),
    penalties: (penalties as Row[]).map((p) => ({
      id: Number(p.id),
      organizationId: Number(p.organization_id),
      kind: p.kind as never,
      amount: (p.amount as string | null) ?? null,
      decidedOn: day(p.decided_on)!,
      suspendedFrom: day(p.suspended_from),
      suspendedUntil: day(p.suspended_until),
    })),
    listings: (listings as Row[]).map((l) => ({
      id: Number(l.id),
      organizationId: Number(l.organization_id),
      list: l.list as never,
      since: day(l.since)!,
      clockStartedOn: day(l.clock_started_on)!,
      removableFrom: day(l.removable_from),
      rules: ((l.rules as (string | null)[]) ?? []).filter((r): r is string => r !== null) as ListingRule[],
    })),
    recordedCauses: new Set((causes as Row[]).map((c) => `${c.organization_id}:${c.list}:${c.cause_key}`)),
  };
}

async function sequence(queries: (() => PromiseLike<unknown>)[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results;
}
