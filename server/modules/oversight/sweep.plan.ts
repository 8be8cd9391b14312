import { addDays, addMonths, addYears } from './calendar.js';
import { RULES, ListingRule } from './credit-list.rules.js';
import { CreditList, InspectionResult, PenaltyKind, RectificationStatus } from './enums.js';
import { centsOf, yuanOf, yuanToCents } from './money.js';
import type { OversightSettings, SweepThresholds } from './oversight.settings.js';
import { effectiveDeadline, reportDueOn } from './reporting.js';

/**
 * The compliance sweep's rules as one pure function: what the data shows as
 * of a date, against the listings already made. Applying its plan and
 * running it again gives an empty plan (every cause has a key, recorded
 * once), so the sweep is idempotent and a dry run shows exactly what a real
 * run would do.
 */
/**
 * An owed report year (one of `dueYears`) of an organization on the register
 * (active or suspended) with no report received, or a FAILED one. The years
 * not among its gaps are filed, or not owed (registered after the year's
 * exemption date, reporting.ts).
 */
export interface SweepReportGap {
  organizationId: number;
  year: number;
  receivedOn: string | null;
  result: InspectionResult | null;
  reviewedOn: string | null;
}
export interface SweepRectification {
  id: number;
  organizationId: number;
  status: RectificationStatus;
  deadline: string;
  requirement: string;
}
export interface SweepPenalty {
  id: number;
  organizationId: number;
  kind: PenaltyKind;
  amount: string | null;
  decidedOn: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
}
export interface SweepListing {
  id: number;
  organizationId: number;
  list: CreditList;
  since: string;
  clockStartedOn: string;
  removableFrom: string | null;
  /** The rules of its causes so far. */
  rules: ListingRule[];
}
export interface SweepInput {
  asOf: string;
  thresholds: SweepThresholds;
  settings: Pick<OversightSettings, 'reportDueMonthDay' | 'reportExemptAfterMonthDay'>;
  /** The revoked organizations. */
  revoked: number[];
  reportGaps: SweepReportGap[];
  rectifications: SweepRectification[];
  penalties: SweepPenalty[];
  /** Current listings (not removed). */
  listings: SweepListing[];
  /** `${organizationId}:${list}:${causeKey}` of every cause ever recorded. */
  recordedCauses: ReadonlySet<string>;
}

export interface Cause {
  organizationId: number;
  rule: ListingRule;
  list: CreditList;
  key: string;
  occurredOn: string;
  facts: Record<string, unknown>;
}
export interface PlannedListing {
  organizationId: number;
  list: CreditList;
  causes: Cause[];
  since: string;
  removableFrom: string | null;
  /** The abnormal listing it escalates, if it came from one. */
  escalatedFrom: number | null;
}
export interface PlannedRestart {
  listingId: number;
  organizationId: number;
  list: CreditList;
  causes: Cause[];
  clockStartedOn: string;
  removableFrom: string | null;
  /** The clock and removal date before the restart (for the trail). */
  previousClockStartedOn: string;
  previousRemovableFrom: string | null;
  escalatedFrom: number | null;
}
export interface PlannedRemoval {
  listingId: number;
  organizationId: number;
  list: CreditList;
  removedOn: string;
  rule: ListingRule;
  facts: Record<string, unknown>;
}
export interface SweepPlan {
  listings: PlannedListing[];
  restarts: PlannedRestart[];
  removals: PlannedRemoval[];
  /** Abnormal listings moved to the serious list (removed as ESCALATION). */
  escalations: PlannedRemoval[];
  overdueRectifications: { id: number; organizationId: number; overdueOn: string }[];
}

/** Removal date of an abnormal listing on the automatic clock; null when causes need correcting first. */
export function removableFrom(
  list: CreditList,
  rules: ListingRule[],
  clock: string,
  t: SweepThresholds,
): string | null {
  if (list === CreditList.SERIOUS_VIOLATION) return addYears(clock, t.seriousCleanYears);
  return rules.every((r) => !RULES[r].needsCorrection) ? addMonths(clock, t.abnormalAutoRemovalMonths) : null;
}

/** The report years whose (working-day) deadline has passed by `asOf`: the latest `lookback` of them. */
export function dueYears(asOf: string, lookback: number, settings: SweepInput['settings']): number[] {
  const years: number[] = [];
  for (let year = Number(asOf.slice(0, 4)) - 1; years.length < lookback && year > 1980; year--)
    if (effectiveDeadline(reportDueOn(year, settings as OversightSettings)) < asOf) years.push(year);
  return years.reverse();
}

const byDecision = (a: SweepPenalty, b: SweepPenalty) =>
  a.decidedOn.localeCompare(b.decidedOn) || a.id - b.id;

function causesOf(input: SweepInput): Cause[] {
  const { asOf, thresholds: t } = input;
  const causes: Cause[] = [];
  const add = (
    organizationId: number,
    rule: ListingRule,
    key: string,
    occurredOn: string,
    facts: Record<string, unknown>,
  ) => causes.push({ organizationId, rule, list: RULES[rule].list, key, occurredOn, facts });
  const years = dueYears(asOf, Math.max(2, t.reportLookbackYears), input.settings);
  const listedYears = new Set(years.slice(-t.reportLookbackYears));

  // Each revoked organization's (first) revocation decision.
  const revocations = new Map<number, SweepPenalty>();
  for (const p of input.penalties) {
    const first = revocations.get(p.organizationId);
    if (p.kind === PenaltyKind.REVOCATION && (!first || byDecision(p, first) < 0))
      revocations.set(p.organizationId, p);
  }
  for (const id of input.revoked) {
    const decision = revocations.get(id);
    add(id, ListingRule.SERIOUS_REVOCATION, `revoked:${id}`, decision?.decidedOn ?? asOf, {
      decidedOn: decision?.decidedOn ?? null,
    });
  }

  // Each year's deadline once (a working-day look-up), not once per organization.
  const duties = new Map(
    years.map((year) => {
      const dueOn = reportDueOn(year, input.settings as OversightSettings);
      return [year, { dueOn, deadline: effectiveDeadline(dueOn) }];
    }),
  );
  const bad = new Map<number, number[]>();
  for (const gap of input.reportGaps) {
    const { organizationId, year } = gap;
    const duty = duties.get(year);
    if (!duty) continue;
    if (!gap.receivedOn) {
      if (listedYears.has(year))
        add(
          organizationId,
          ListingRule.ABNORMAL_ANNUAL_REPORT,
          `annual-report:${year}`,
          addDays(duty.deadline, 1),
          {
            year,
            dueOn: duty.dueOn,
            deadline: duty.deadline,
          },
        );
    } else if (gap.result === InspectionResult.FAIL) {
      if (listedYears.has(year))
        add(
          organizationId,
          ListingRule.ABNORMAL_REPORT_FAILED,
          `annual-report-failed:${year}`,
          gap.reviewedOn ?? asOf,
          { year },
        );
    } else continue;
    bad.set(organizationId, [...(bad.get(organizationId) ?? []), year]);
  }
  for (const [organizationId, list] of bad) {
    list.sort((a, b) => a - b);
    for (let i = 1; i < list.length; i++)
      if (list[i] === list[i - 1] + 1) {
        const pair = `${list[i - 1]}-${list[i]}`;
        add(organizationId, ListingRule.SERIOUS_TWO_YEARS_REPORTS, `reports:${pair}`, asOf, { years: pair });
      }
  }

  for (const r of input.rectifications)
    if ([RectificationStatus.OPEN, RectificationStatus.OVERDUE].includes(r.status) && r.deadline < asOf)
      add(
        r.organizationId,
        ListingRule.ABNORMAL_RECTIFICATION,
        `rectification:${r.id}`,
        addDays(r.deadline, 1),
        {
          rectificationId: r.id,
          deadline: r.deadline,
          requirement: r.requirement.slice(0, 100),
        },
      );

  const largeFine = yuanToCents(t.largeFineYuan);
  const smallFrom = addMonths(asOf, -t.abnormalAutoRemovalMonths);
  const seriousFrom = addYears(asOf, -t.seriousCleanYears);
  const repeatFrom = addYears(asOf, -t.repeatWindowYears);
  const small = new Map<number, SweepPenalty[]>();
  for (const p of [...input.penalties].sort(byDecision)) {
    if (p.decidedOn > asOf) continue;
    const amount = centsOf(p.amount);
    const facts = {
      penaltyId: p.id,
      kind: p.kind,
      decidedOn: p.decidedOn,
      amount: amount === null ? null : yuanOf(amount),
    };
    const isSmall =
      p.kind === PenaltyKind.WARNING || (p.kind === PenaltyKind.FINE && (amount ?? 0n) < largeFine);
    if (isSmall) {
      if (p.decidedOn > smallFrom)
        add(p.organizationId, ListingRule.ABNORMAL_PENALTY, `penalty:${p.id}`, p.decidedOn, facts);
      if (p.decidedOn > repeatFrom) {
        const seen = [...(small.get(p.organizationId) ?? []), p];
        small.set(p.organizationId, seen);
        if (seen.length >= t.repeatCount && p.decidedOn > seriousFrom)
          add(p.organizationId, ListingRule.SERIOUS_REPEATED_PENALTIES, `repeat:${p.id}`, p.decidedOn, {
            penaltyIds: seen.map((s) => s.id),
            count: seen.length,
            windowYears: t.repeatWindowYears,
            limit: yuanOf(largeFine),
          });
      }
    } else if (p.decidedOn > seriousFrom) {
      if (p.kind === PenaltyKind.FINE)
        add(p.organizationId, ListingRule.SERIOUS_LARGE_FINE, `penalty:${p.id}`, p.decidedOn, facts);
      if (p.kind === PenaltyKind.SUSPENSION)
        add(p.organizationId, ListingRule.SERIOUS_SUSPENSION, `penalty:${p.id}`, p.decidedOn, {
          ...facts,
          suspendedFrom: p.suspendedFrom,
          suspendedUntil: p.suspendedUntil,
        });
    }
  }
  return causes;
}

export function planSweep(input: SweepInput): SweepPlan {
  const { asOf, thresholds: t } = input;
  const plan: SweepPlan = {
    listings: [],
    restarts: [],
    removals: [],
    escalations: [],
    overdueRectifications: [],
  };
  const active = new Map(input.listings.map((l) => [`${l.organizationId}:${l.list}`, l]));
  const fresh = causesOf(input).filter(
    (c) => !input.recordedCauses.has(`${c.organizationId}:${c.list}:${c.key}`),
  );

  // 满2年: abnormal listings escalate to the serious list.
  const escalatedFrom = new Map<number, number>();
  for (const l of input.listings) {
    if (l.list !== CreditList.ABNORMAL_ACTIVITY || l.since > addYears(asOf, -t.escalationYears)) continue;
    const key = `escalation:${l.id}`;
    if (input.recordedCauses.has(`${l.organizationId}:${CreditList.SERIOUS_VIOLATION}:${key}`)) continue;
    const facts = { abnormalSince: l.since, years: t.escalationYears, abnormalListingId: l.id };
    fresh.push({
      organizationId: l.organizationId,
      rule: ListingRule.SERIOUS_ABNORMAL_TWO_YEARS,
      list: CreditList.SERIOUS_VIOLATION,
      key,
      occurredOn: addYears(l.since, t.escalationYears),
      facts,
    });
    plan.escalations.push({
      listingId: l.id,
      organizationId: l.organizationId,
      list: l.list,
      removedOn: asOf,
      rule: ListingRule.SERIOUS_ABNORMAL_TWO_YEARS,
      facts,
    });
    escalatedFrom.set(l.organizationId, l.id);
  }

  const grouped = new Map<string, Cause[]>();
  for (const c of fresh) {
    const key = `${c.organizationId}:${c.list}`;
    grouped.set(key, [...(grouped.get(key) ?? []), c]);
  }
  const touched = new Set<number>();
  for (const [key, causes] of grouped) {
    causes.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.key.localeCompare(b.key));
    const { organizationId, list } = causes[0];
    const from = list === CreditList.SERIOUS_VIOLATION ? (escalatedFrom.get(organizationId) ?? null) : null;
    const existing = active.get(key);
    if (existing) {
      // A new cause while listed restarts the clock.
      const rules = [...existing.rules, ...causes.map((c) => c.rule)];
      const latest = causes[causes.length - 1].occurredOn;
      const clock = [existing.clockStartedOn, latest > asOf ? asOf : latest].sort()[1];
      plan.restarts.push({
        listingId: existing.id,
        organizationId,
        list,
        causes,
        clockStartedOn: clock,
        removableFrom: removableFrom(list, rules, clock, t),
        previousClockStartedOn: existing.clockStartedOn,
        previousRemovableFrom: existing.removableFrom,
        escalatedFrom: from,
      });
      touched.add(existing.id);
    } else {
      plan.listings.push({
        organizationId,
        list,
        causes,
        since: asOf,
        removableFrom: removableFrom(
          list,
          causes.map((c) => c.rule),
          asOf,
          t,
        ),
        escalatedFrom: from,
      });
    }
  }

  // 6个月: automatic removal where nothing needed fixing.
  const escalating = new Set(plan.escalations.map((e) => e.listingId));
  for (const l of input.listings) {
    if (touched.has(l.id) || escalating.has(l.id) || l.list !== CreditList.ABNORMAL_ACTIVITY) continue;
    const date = removableFrom(l.list, l.rules, l.clockStartedOn, t);
    if (date && date <= asOf)
      plan.removals.push({
        listingId: l.id,
        organizationId: l.organizationId,
        list: l.list,
        removedOn: date,
        rule: l.rules[0],
        facts: { clockStartedOn: l.clockStartedOn, months: t.abnormalAutoRemovalMonths },
      });
  }

  for (const r of input.rectifications)
    if (r.status === RectificationStatus.OPEN && r.deadline < asOf)
      plan.overdueRectifications.push({
        id: r.id,
        organizationId: r.organizationId,
        overdueOn: addDays(r.deadline, 1),
      });
  return plan;
}
