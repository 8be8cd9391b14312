import type { Knex } from '@mikro-orm/postgresql';
import { addYears } from './calendar.js';
import type { ListingRule } from './credit-list.rules.js';
import type { OversightSettings, SweepThresholds } from './oversight.settings.js';
import { dueYears, type SweepInput } from './sweep.plan.js';

const day = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value);

/**
 * What the sweep reads, in six statements whatever the city's size: the
 * register, the reports of the years it looks at, open rectifications past
 * their deadline, recent penalties, current listings and every recorded cause.
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
  const [organizations, reports, rectifications, penalties, listings, causes] = await sequence([
    () =>
      knex('organization')
        .select('id', 'status', 'registered_on')
        .whereIn('status', ['ACTIVE', 'SUSPENDED', 'REVOKED']),
    () =>
      years.length
        ? knex('annual_report')
            .select(
              'organization_id',
              'year',
              'received_on',
              'result',
              knex.raw(`(reviewed_at at time zone 'Asia/Shanghai')::date as reviewed_on`),
            )
            .whereIn('year', years)
        : Promise.resolve([]),
    () =>
      knex('rectification')
        .select('id', 'organization_id', 'status', 'deadline', 'requirement')
        .whereIn('status', ['OPEN', 'OVERDUE'])
        .where('deadline', '<', asOf),
    () =>
      knex('penalty')
        .select('id', 'organization_id', 'kind', 'amount', 'decided_on', 'suspended_from', 'suspended_until')
        .where((q) => q.where('decided_on', '>', penaltiesFrom).orWhere('kind', 'REVOCATION'))
        .where('decided_on', '<=', asOf),
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
    organizations: (organizations as Row[]).map((o) => ({
      id: Number(o.id),
      status: o.status as never,
      registeredOn: day(o.registered_on)!,
    })),
    reports: (reports as Row[]).map((r) => ({
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
