import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { CommonErrorCode, type Message } from '../../common/errors.js';
import { defineJob, type JobQueue } from '../../common/jobs.js';
import { InputChecker } from '../../common/input-checker.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { addYears } from './calendar.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { RULES, ruleReason, type ListingRule } from './credit-list.rules.js';
import { CreditList, SweepRunStatus } from './enums.js';
import type { OversightSettings, SweepThresholds } from './oversight.settings.js';
import { OversightActions } from './oversight.trail.js';
import type { PenaltyService } from './penalty.service.js';
import { dayWithin } from './supervision.checks.js';
import { loadSweepInput } from './sweep.data.js';
import { planSweep, type Cause, type SweepPlan } from './sweep.plan.js';
import { REMOVAL_REASONS, writeSweepPlan } from './sweep.write.js';

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
      await writeSweepPlan(em, ctx, plan, run.id);
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
          'zh-CN': REMOVAL_REASONS.AUTOMATIC,
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
