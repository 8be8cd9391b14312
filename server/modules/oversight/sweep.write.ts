import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { knexOf, pgArray } from '../../common/db.js';
import { subjectTypeNamed, trail, type TrailAction, type TrailEntry } from '../../common/trail.js';
import { diffFields } from '../../common/trail-chain.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import type { RegistrationLevel } from '../registry/enums.js';
import { RULES, ruleReason } from './credit-list.rules.js';
import { CreditList, ListingSource, RectificationStatus, RemovalKind } from './enums.js';
import { OversightActions } from './oversight.trail.js';
import type { Cause, SweepPlan } from './sweep.plan.js';

/** Why the sweep removed a listing, as stored (the public page shows it). */
export const REMOVAL_REASONS = {
  [RemovalKind.ESCALATION]: '列入活动异常名录满两年，移入严重违法失信名单',
  [RemovalKind.AUTOMATIC]: '无需整改，列入满六个月自动移出',
} as const;

type SweepRemovalKind = keyof typeof REMOVAL_REASONS;
type Row = Record<string, unknown>;

/**
 * Writes a sweep's plan set-based: each kind of change is one statement over
 * a JSON array bound as one parameter (`jsonb_to_recordset`), never inlined,
 * and the trail gets one event per change, appended in one batch. A few
 * statements whatever the plan's size, inside the sweep's transaction.
 */
export async function writeSweepPlan(
  em: EntityManager,
  ctx: RequestContext,
  plan: SweepPlan,
  runId: number,
): Promise<void> {
  const knex = knexOf(em);
  const json = (rows: Row[]) => JSON.stringify(rows);
  // 列入: the new listings, then their causes.
  const inserted: Row[] = plan.listings.length
    ? (
        await knex.raw(
          `insert into credit_listing (organization_id, list, reason_code, article, reason, since,
             clock_started_on, removable_from, source, source_rule, sweep_run_id, facts)
           select organization_id, list, reason_code, article, reason, since, since, removable_from,
             source, reason_code, ?, facts
           from jsonb_to_recordset(?::jsonb) as x(organization_id int, list credit_list,
             reason_code text, article text, reason text, since date, removable_from date,
             source listing_source, facts jsonb, ord int)
           order by ord
           returning id, organization_id, list`,
          [
            runId,
            json(
              plan.listings.map((p, ord) => {
                const primary = p.causes[0];
                return {
                  ord,
                  organization_id: p.organizationId,
                  list: p.list,
                  reason_code: primary.rule,
                  article: RULES[primary.rule].article,
                  reason: p.causes.map((c) => ruleReason(c.rule, c.facts)['zh-CN']).join('；'),
                  since: p.since,
                  removable_from: p.removableFrom,
                  source: ListingSource.RULE,
                  facts: {
                    ...primary.facts,
                    causes: p.causes.map((c) => ({ rule: c.rule, occurredOn: c.occurredOn, ...c.facts })),
                  },
                };
              }),
            ),
          ],
        )
      ).rows
    : [];
  const listingOf = new Map(inserted.map((r) => [`${r.organization_id}:${r.list}`, Number(r.id)]));
  const newId = (organizationId: number, list: CreditList) => listingOf.get(`${organizationId}:${list}`)!;

  const causes: Row[] = [
    ...plan.listings.flatMap((p) => p.causes.map((c) => causeRow(newId(p.organizationId, p.list), c))),
    ...plan.restarts.flatMap((r) => r.causes.map((c) => causeRow(r.listingId, c))),
  ];
  if (causes.length)
    await knex.raw(
      `insert into credit_listing_cause (listing_id, cause_key, reason_code, article, occurred_on, facts, sweep_run_id)
       select listing_id, cause_key, reason_code, article, occurred_on, facts, ?
       from jsonb_to_recordset(?::jsonb) as x(listing_id int, cause_key text, reason_code text,
         article text, occurred_on date, facts jsonb)`,
      [runId, json(causes)],
    );

  // A new cause while listed restarts the clock.
  if (plan.restarts.length)
    await knex.raw(
      `update credit_listing l set clock_started_on = x.clock_started_on, removable_from = x.removable_from,
         version = l.version + 1
       from jsonb_to_recordset(?::jsonb) as x(id int, clock_started_on date, removable_from date)
       where l.id = x.id`,
      [
        json(
          plan.restarts.map((r) => ({
            id: r.listingId,
            clock_started_on: r.clockStartedOn,
            removable_from: r.removableFrom,
          })),
        ),
      ],
    );

  // 移出: automatic removals, and escalations to the serious list (linked to the serious listing).
  const seriousOf = new Map<number, number>([
    ...plan.restarts
      .filter((r) => r.list === CreditList.SERIOUS_VIOLATION)
      .map((r) => [r.organizationId, r.listingId] as [number, number]),
    ...plan.listings
      .filter((p) => p.list === CreditList.SERIOUS_VIOLATION)
      .map((p) => [p.organizationId, newId(p.organizationId, p.list)] as [number, number]),
  ]);
  const removals = [
    ...plan.removals.map((r) => ({
      ...r,
      kind: RemovalKind.AUTOMATIC as SweepRemovalKind,
      escalatedTo: null,
    })),
    ...plan.escalations.map((r) => ({
      ...r,
      kind: RemovalKind.ESCALATION as SweepRemovalKind,
      escalatedTo: seriousOf.get(r.organizationId) ?? null,
    })),
  ];
  if (removals.length)
    await knex.raw(
      `update credit_listing l set removed_on = x.removed_on, removal_kind = x.removal_kind,
         removal_reason = x.removal_reason, removal_sweep_run_id = ?, escalated_to_id = x.escalated_to_id,
         version = l.version + 1
       from jsonb_to_recordset(?::jsonb) as x(id int, removed_on date, removal_kind removal_kind,
         removal_reason text, escalated_to_id int)
       where l.id = x.id`,
      [
        runId,
        json(
          removals.map((r) => ({
            id: r.listingId,
            removed_on: r.removedOn,
            removal_kind: r.kind,
            removal_reason: REMOVAL_REASONS[r.kind],
            escalated_to_id: r.escalatedTo,
          })),
        ),
      ],
    );

  if (plan.overdueRectifications.length)
    await knex.raw(
      `update rectification r set status = 'OVERDUE', overdue_on = x.overdue_on, version = r.version + 1
       from jsonb_to_recordset(?::jsonb) as x(id int, overdue_on date)
       where r.id = x.id and r.status = 'OPEN'`,
      [json(plan.overdueRectifications.map((o) => ({ id: o.id, overdue_on: o.overdueOn })))],
    );

  // 留痕: one event per change, in one batch, each in its organization's jurisdiction.
  const scopes = await scopesOf(knex, [
    ...plan.listings.map((p) => p.organizationId),
    ...plan.restarts.map((r) => r.organizationId),
    ...removals.map((r) => r.organizationId),
    ...plan.overdueRectifications.map((o) => o.organizationId),
  ]);
  const listingSnapshot = subjectTypeNamed('CreditListing')!.snapshot!;
  const entry = (
    action: TrailAction,
    type: string,
    key: number,
    organizationId: number,
    before: Row,
    after: Row,
    extra: Row,
  ): TrailEntry => ({
    action,
    subject: { type, key: String(key) },
    changes: { ...diffFields(before, after), ...extraChanges(extra) },
    scopeDistrictCode: scopes.get(organizationId) ?? null,
  });
  const entries: TrailEntry[] = [
    ...plan.listings.map((p) => {
      const primary = p.causes[0];
      const after = listingSnapshot({
        list: p.list,
        reasonCode: primary.rule,
        article: RULES[primary.rule].article,
        reason: p.causes.map((c) => ruleReason(c.rule, c.facts)['zh-CN']).join('；'),
        since: p.since,
        clockStartedOn: p.since,
        removableFrom: p.removableFrom,
        source: ListingSource.RULE,
        sourceRule: primary.rule,
      });
      return entry(
        OversightActions.placeOnCreditList,
        'CreditListing',
        newId(p.organizationId, p.list),
        p.organizationId,
        {},
        after,
        { rule: primary.rule },
      );
    }),
    ...plan.restarts.map((r) =>
      entry(
        OversightActions.restartListingClock,
        'CreditListing',
        r.listingId,
        r.organizationId,
        { clockStartedOn: r.previousClockStartedOn, removableFrom: r.previousRemovableFrom },
        { clockStartedOn: r.clockStartedOn, removableFrom: r.removableFrom },
        { rules: r.causes.map((c) => c.rule) },
      ),
    ),
    ...removals.map((r) =>
      entry(
        OversightActions.removeFromCreditList,
        'CreditListing',
        r.listingId,
        r.organizationId,
        { removedOn: null, removalKind: null, removalReason: null },
        { removedOn: r.removedOn, removalKind: r.kind, removalReason: REMOVAL_REASONS[r.kind] },
        { removalKind: r.kind },
      ),
    ),
    ...plan.overdueRectifications.map((o) =>
      entry(
        OversightActions.markRectificationOverdue,
        'Rectification',
        o.id,
        o.organizationId,
        { status: RectificationStatus.OPEN, overdueOn: null },
        { status: RectificationStatus.OVERDUE, overdueOn: o.overdueOn },
        {},
      ),
    ),
  ];
  await trail.append(em, ctx, entries);
}

function causeRow(listingId: number, c: Cause): Row {
  return {
    listing_id: listingId,
    cause_key: c.key,
    reason_code: c.rule,
    article: RULES[c.rule].article,
    occurred_on: c.occurredOn,
    facts: c.facts,
  };
}

function extraChanges(extra: Row) {
  return Object.fromEntries(
    Object.entries(extra)
      .filter(([, after]) => after !== undefined)
      .map(([field, after]) => [field, { before: null, after }]),
  );
}

/** The jurisdiction key of each organization (district-registered: its district; municipal: null). */
async function scopesOf(knex: Knex, ids: number[]): Promise<Map<number, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = (
    await knex.raw(
      `select id, registration_level, district_code from organization where id = any(?::int[])`,
      [pgArray([...new Set(ids)])],
    )
  ).rows as { id: number; registration_level: RegistrationLevel; district_code: string }[];
  return new Map(
    rows.map((o) => [
      o.id,
      managedOrganizations.keyOf({ registrationLevel: o.registration_level, districtCode: o.district_code }),
    ]),
  );
}
