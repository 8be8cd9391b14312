import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { CommonErrorCode, type Message } from '../../common/errors.js';
import { defineJob, type JobQueue } from '../../common/jobs.js';
import { InputChecker } from '../../common/input-checker.js';
import { trail, type TrailChange } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { addYears } from './calendar.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { RULES, ruleReason, type ListingRule } from './credit-list.rules.js';
import { CreditListing, CreditListingCause } from './credit-listing.entity.js';
import { CreditList, ListingSource, RectificationStatus, RemovalKind, SweepRunStatus } from './enums.js';
import type { OversightSettings, SweepThresholds } from './oversight.settings.js';
import { OversightActions } from './oversight.trail.js';
import type { PenaltyService } from './penalty.service.js';
import { Rectification } from './rectification.entity.js';
import { dayWithin } from './supervision.checks.js';
import { loadSweepInput } from './sweep.data.js';
import { planSweep, type Cause, type SweepPlan } from './sweep.plan.js';

/** One thing the sweep did (or, dry, would do), with the rule, the article and the facts. */
export interface SweepActionData {
  organizationId: number;
  list: CreditList;
  rule: ListingRule;
  article: string;
  facts: Record<string, unknown>;
  reason: Message;
  on: string;
}

export interface SweepResult {
  asOf: string;
  dryRun: boolean;
  run: ComplianceSweepRun | null;
  listed: SweepActionData[];
  removed: SweepActionData[];
  escalated: SweepActionData[];
  restarted: SweepActionData[];
  overdueRectifications: number;
  /** A scheduled run for a day that had already run. */
  skipped: boolean;
}

export interface RunSweep {
  asOf?: string | null;
  dryRun?: boolean | null;
  thresholds?: Partial<Record<keyof SweepThresholds, number | string | null>> | null;
}

const LABEL = { asOf: { label: { 'zh-CN': '扫描基准日', en: 'As of' } } };
const THRESHOLD_LIMITS: Record<keyof SweepThresholds, [number, number]> = {
  largeFineYuan: [1, 100_000_000],
  abnormalAutoRemovalMonths: [1, 120],
  escalationYears: [1, 20],
  seriousCleanYears: [1, 20],
  repeatCount: [2, 20],
  repeatWindowYears: [1, 20],
  reportLookbackYears: [1, 10],
};

const action = (cause: Cause, on: string): SweepActionData => ({
  organizationId: cause.organizationId,
  list: cause.list,
  rule: cause.rule,
  article: RULES[cause.rule].article,
  facts: cause.facts,
  reason: ruleReason(cause.rule, cause.facts),
  on,
});

/**
 * 合规扫描: applies the credit-list rules as of a date (sweep.plan.ts), in
 * one transaction behind an advisory lock, so two instances never apply the
 * same sweep twice and a crash leaves all of it or none. Scheduled daily
 * through the job queue; each real run is on the audit trail.
 */
export class ComplianceSweepService {
  readonly job;

  constructor(
    private readonly settings: OversightSettings,
    private readonly penalties: PenaltyService,
    private readonly jobs: JobQueue,
  ) {
    this.job = defineJob<{ asOf?: string }>({
      name: 'oversight-sweep',
      schedule: { cron: settings.sweepCron },
      singleton: true,
      retryLimit: 2,
      handler: async ({ id, data, ctx }) => {
        const asOf = data?.asOf ?? today(ctx);
        const result = await this.apply(ctx, asOf, this.settings.sweep, {
          scheduleKey: `daily:${asOf}`,
          jobId: id,
        });
        return {
          asOf,
          skipped: result.skipped,
          listed: result.listed.length,
          removed: result.removed.length,
          escalated: result.escalated.length,
        };
      },
    });
  }

  /** runComplianceSweep: a dry run (any officer, what-if thresholds allowed) or a real one (municipal officers). */
  async run(ctx: RequestContext, input: RunSweep): Promise<SweepResult> {
    const now = today(ctx);
    const dryRun = input.dryRun ?? false;
    // A real run applies the rules to the whole city: municipal officers only.
    if (!dryRun) managedOrganizations.assertCity(ctx);
    const check = new InputChecker();
    const asOf = dayWithin(check, input.asOf ?? now, 'asOf', LABEL.asOf, {
      from: '1990-01-01',
      to: dryRun ? addYears(now, 5) : now,
    });
    const thresholds = this.thresholds(check, input.thresholds ?? null);
    if (!dryRun && input.thresholds)
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': '自定义阈值只能用于试运行（dryRun），生效前先看其影响。',
          en: 'Changed thresholds are for a dry run only: see what they would do before the policy takes effect.',
        },
        'thresholds',
      );
    check.throwIfAny();
    const result = dryRun
      ? await this.dry(ctx, asOf, thresholds)
      : await this.apply(ctx, asOf, thresholds, {});
    return this.visibleTo(ctx, result);
  }

  /** Enqueues the scheduled sweep now (it runs in the background, once per day). */
  async enqueue(ctx: RequestContext, input: { asOf?: string | null }): Promise<string | null> {
    managedOrganizations.assertCity(ctx);
    const check = new InputChecker();
    const asOf = dayWithin(check, input.asOf ?? today(ctx), 'asOf', LABEL.asOf, {
      from: '1990-01-01',
      to: today(ctx),
    });
    check.throwIfAny();
    return ctx.em.transactional((em) => this.jobs.send(em, this.job, { asOf }));
  }

  private async dry(ctx: RequestContext, asOf: string, thresholds: SweepThresholds): Promise<SweepResult> {
    const plan = planSweep(await loadSweepInput(knexOf(ctx.em), asOf, thresholds, this.settings));
    return { ...this.describe(plan, asOf), dryRun: true, run: null, skipped: false };
  }

  private async apply(
    ctx: RequestContext,
    asOf: string,
    thresholds: SweepThresholds,
    options: { scheduleKey?: string; jobId?: string },
  ): Promise<SweepResult> {
    return ctx.em.transactional(async (em) => {
      await knexOf(em).raw(`select pg_advisory_xact_lock(hashtext('compliance_sweep'))`);
      if (
        options.scheduleKey &&
        (await em.count(ComplianceSweepRun, { scheduleKey: options.scheduleKey })) > 0
      )
        return { ...this.describe(emptyPlan(), asOf), dryRun: false, run: null, skipped: true };
      const plan = planSweep(await loadSweepInput(knexOf(em), asOf, thresholds, this.settings));
      const run = em.create(ComplianceSweepRun, {
        asOf,
        dryRun: false,
        thresholds: { ...thresholds },
        scheduleKey: options.scheduleKey ?? null,
        jobId: options.jobId ?? null,
        triggeredBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
        startedAt: ctx.now(),
      });
      await em.flush();
      await this.write(ctx, em, plan, run);
      await this.penalties.applySuspensionDates(ctx, em, asOf);
      const described = this.describe(plan, asOf);
      run.status = SweepRunStatus.SUCCEEDED;
      run.finishedAt = new Date();
      run.listedCount = described.listed.length;
      run.removedCount = described.removed.length;
      run.escalatedCount = described.escalated.length;
      run.result = {
        restarted: described.restarted.length,
        overdueRectifications: described.overdueRectifications,
      };
      await trail.record(em, ctx, OversightActions.runComplianceSweep, run, null);
      return { ...described, dryRun: false, run, skipped: false };
    });
  }

  private async write(ctx: RequestContext, em: EntityManager, plan: SweepPlan, run: ComplianceSweepRun) {
    const placed: TrailChange[] = [];
    const serious = new Map<number, CreditListing>();
    for (const p of plan.listings) {
      const primary = p.causes[0];
      const listing = em.create(CreditListing, {
        organization: p.organizationId,
        list: p.list,
        reasonCode: primary.rule,
        article: RULES[primary.rule].article,
        reason: p.causes.map((c) => ruleReason(c.rule, c.facts)['zh-CN']).join('；'),
        since: p.since,
        clockStartedOn: p.since,
        removableFrom: p.removableFrom,
        source: ListingSource.RULE,
        sourceRule: primary.rule,
        sweepRun: run,
        facts: {
          ...primary.facts,
          causes: p.causes.map((c) => ({ rule: c.rule, occurredOn: c.occurredOn, ...c.facts })),
        },
      });
      for (const c of p.causes) this.cause(em, listing, c, run);
      if (p.list === CreditList.SERIOUS_VIOLATION) serious.set(p.organizationId, listing);
      placed.push({ record: listing, before: null, extra: { rule: primary.rule } });
    }
    await em.flush();
    const ids = [
      ...plan.restarts.map((r) => r.listingId),
      ...plan.removals.map((r) => r.listingId),
      ...plan.escalations.map((r) => r.listingId),
    ];
    const existing = new Map(
      (await em.find(CreditListing, { id: { $in: ids } }, { populate: ['organization'] })).map((l) => [
        l.id,
        l,
      ]),
    );
    const restarted: TrailChange[] = plan.restarts.map((r) => {
      const listing = existing.get(r.listingId)!;
      const before = trail.snapshot(listing);
      listing.clockStartedOn = r.clockStartedOn;
      listing.removableFrom = r.removableFrom;
      for (const c of r.causes) this.cause(em, listing, c, run);
      if (r.list === CreditList.SERIOUS_VIOLATION) serious.set(r.organizationId, listing);
      return { record: listing, before, extra: { rules: r.causes.map((c) => c.rule) } };
    });
    const removed: TrailChange[] = [...plan.removals, ...plan.escalations].map((r) => {
      const listing = existing.get(r.listingId)!;
      const before = trail.snapshot(listing);
      const escalation = plan.escalations.includes(r);
      listing.removedOn = r.removedOn;
      listing.removalKind = escalation ? RemovalKind.ESCALATION : RemovalKind.AUTOMATIC;
      listing.removalReason = escalation
        ? '列入活动异常名录满两年，移入严重违法失信名单'
        : '无需整改，列入满六个月自动移出';
      listing.removalSweepRun = run;
      if (escalation) listing.escalatedTo = serious.get(r.organizationId) ?? null;
      return { record: listing, before, extra: { removalKind: listing.removalKind } };
    });
    const rectifications = await em.find(
      Rectification,
      { id: { $in: plan.overdueRectifications.map((r) => r.id) } },
      { populate: ['organization'] },
    );
    const overdue: TrailChange[] = rectifications.map((r) => {
      const before = trail.snapshot(r);
      r.status = RectificationStatus.OVERDUE;
      r.overdueOn = plan.overdueRectifications.find((o) => o.id === r.id)!.overdueOn;
      return { record: r, before };
    });
    await em.populate([...placed.map((p) => p.record as CreditListing)], ['organization']);
    await trail.recordMany(em, ctx, OversightActions.placeOnCreditList, placed);
    await trail.recordMany(em, ctx, OversightActions.restartListingClock, restarted);
    await trail.recordMany(em, ctx, OversightActions.removeFromCreditList, removed);
    await trail.recordMany(em, ctx, OversightActions.markRectificationOverdue, overdue);
  }

  private cause(em: EntityManager, listing: CreditListing, c: Cause, run: ComplianceSweepRun): void {
    em.create(CreditListingCause, {
      listing,
      causeKey: c.key,
      reasonCode: c.rule,
      article: RULES[c.rule].article,
      occurredOn: c.occurredOn,
      facts: c.facts,
      sweepRun: run,
    });
  }

  private describe(plan: SweepPlan, asOf: string) {
    return {
      asOf,
      listed: plan.listings.map((l) => action(l.causes[0], l.since)),
      restarted: plan.restarts.map((r) => action(r.causes[r.causes.length - 1], r.clockStartedOn)),
      escalated: plan.escalations.map((e) => ({
        organizationId: e.organizationId,
        list: CreditList.SERIOUS_VIOLATION,
        rule: e.rule,
        article: RULES[e.rule].article,
        facts: e.facts,
        reason: ruleReason(e.rule, e.facts),
        on: e.removedOn,
      })),
      removed: plan.removals.map((r) => ({
        organizationId: r.organizationId,
        list: r.list,
        rule: r.rule,
        article: RULES[r.rule].article,
        facts: r.facts,
        reason: {
          'zh-CN': '无需整改，列入满六个月自动移出',
          en: 'Nothing to correct: six months passed, removed automatically',
        },
        on: r.removedOn,
      })),
      overdueRectifications: plan.overdueRectifications.length,
    };
  }

  /** A district officer sees what the sweep does to the district's organizations. */
  private async visibleTo(ctx: RequestContext, result: SweepResult): Promise<SweepResult> {
    if (managedOrganizations.of(ctx).kind === 'CITY') return result;
    const ids = [
      ...new Set(
        [...result.listed, ...result.removed, ...result.escalated, ...result.restarted].map(
          (a) => a.organizationId,
        ),
      ),
    ];
    const orgs = await ctx.loaders.organization.loadMany(ids);
    const covered = new Set(
      orgs.flatMap((o) =>
        o && !(o instanceof Error) && managedOrganizations.covers(ctx, registrarOf(o)) ? [o.id] : [],
      ),
    );
    const keep = (list: SweepActionData[]) => list.filter((a) => covered.has(a.organizationId));
    return {
      ...result,
      listed: keep(result.listed),
      removed: keep(result.removed),
      escalated: keep(result.escalated),
      restarted: keep(result.restarted),
    };
  }

  private thresholds(check: InputChecker, input: RunSweep['thresholds']): SweepThresholds {
    const merged: SweepThresholds = { ...this.settings.sweep };
    for (const [key, value] of Object.entries(input ?? {}) as [
      keyof SweepThresholds,
      number | string | null,
    ][]) {
      if (value === null || value === undefined || !(key in THRESHOLD_LIMITS)) continue;
      const number =
        typeof value === 'string' && /^\d{1,12}(\.\d{1,2})?$/.test(value) ? Number(value) : value;
      const [min, max] = THRESHOLD_LIMITS[key];
      const whole = key === 'largeFineYuan' ? typeof number === 'number' : Number.isInteger(number);
      if (typeof number !== 'number' || !whole || number < min || number > max)
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `阈值 ${key} 应在 ${min} 到 ${max} 之间。`,
            en: `Threshold ${key} must be from ${min} to ${max}.`,
          },
          `thresholds.${key}`,
        );
      else merged[key] = number;
    }
    return merged;
  }
}

function emptyPlan(): SweepPlan {
  return { listings: [], restarts: [], removals: [], escalations: [], overdueRectifications: [] };
}
