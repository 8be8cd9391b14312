import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, DomainError, ForbiddenError, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { defineJob } from '../../common/jobs.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { fromFen, toFen } from '../../common/money.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import {
  ChangeApplication,
  ChangeApplicationDecision,
  ChangeApplicationStatus,
  type StoredChanges,
} from './change-application.entity.js';
import {
  CHANGE_APPLICATION_FIELDS as F,
  CHANGE_APPLICATION_UNIQUE,
  type ChangeApplicationFilterKeys,
  type FileChangeApplication,
  type ReviewChangeApplication,
  type WithdrawChangeApplication,
} from './change-application.inputs.js';
import { ON_REGISTER } from './enums.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FIELDS } from './organization.fields.js';
import type { OrganizationService } from './organization.service.js';
import { checkRegisteredItems, REGISTERED_ITEMS, type RecordChanges } from './registered-items.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { changeApplicationRef, RegistryActions } from './registry.trail.js';
import type { SponsorUnitService } from './sponsor-unit.service.js';
import { addDays, type SponsorshipLimits, type SponsorshipService } from './sponsorship.service.js';

const APPLICATION_REF = { field: 'applicationId', label: F.application.label };
const ORGANIZATION_REF = { field: 'organizationId', label: ORGANIZATION_FIELDS.organization.label };

/** A record's value of a stored item, in the form the application keeps (money with two decimals). */
function currentValue(org: Organization, field: keyof StoredChanges): string | number | null {
  if (field === 'sponsorUnitId') return org.sponsorUnit?.id ?? null;
  if (field === 'registeredCapital') return fromFen(toFen(org.registeredCapital));
  return org[field] ?? null;
}

/** What the daily job did: the applications it put on the record, and those a rule now refuses. */
export interface AppliedChanges {
  asOf: string;
  applied: number[];
  refused: { id: number; codes: string[]; message: string }[];
}

/**
 * 变更登记: an organization files a change of its registered items, an
 * officer over it approves or rejects it. Approval applies the change through
 * the register's own rules (`OrganizationService.applyIn`, and the
 * sponsor-change rule for the sponsor unit) in the decision's transaction,
 * when its effective date has come (Shanghai's today). Approved for a later
 * date, it stays APPROVED with no `appliedAt`, and the daily job
 * (`registry-apply-changes`) applies it on that date, one transaction each.
 */
export class ChangeApplicationService {
  readonly job;

  constructor(
    private readonly organizations: OrganizationService,
    private readonly sponsorUnits: SponsorUnitService,
    private readonly sponsorship: SponsorshipService,
    private readonly limits: SponsorshipLimits,
    cron: string,
  ) {
    this.job = defineJob<Record<string, never>>({
      name: 'registry-apply-changes',
      schedule: { cron },
      singleton: true,
      retryLimit: 2,
      handler: async ({ ctx }) => this.applyDue(ctx),
    });
  }

  /** Filed by the organization's own account; only what differs from the record is kept. */
  async file(ctx: RequestContext, input: FileChangeApplication): Promise<ChangeApplication> {
    const viewer = ctx.viewer;
    if (viewer?.role !== Role.ORGANIZATION || viewer.organizationId !== input.organizationId)
      throw new ForbiddenError();
    return ctx.em.transactional(async (em) => {
      // The organization's row is locked: two filings at once cannot both find no pending application.
      const org = await lockOrFail(em, Organization, input.organizationId, ORGANIZATION_REF);
      const check = new InputChecker();
      const items = checkRegisteredItems(check, input.changes ?? {}, 'changes.');
      const effectiveOn = this.effectiveDate(ctx, check, input.effectiveOn, org);
      const reason = check.text(input.reason, 'reason', F.reason);
      const sponsorKey = input.changes?.sponsorUnitId;
      if (sponsorKey !== undefined)
        await this.sponsorUnits.findActive(em, check, sponsorKey, 'changes.sponsorUnitId');
      check.throwIfAny();
      if (!ON_REGISTER.includes(org.status))
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': '该组织已注销或被撤销登记，不能申请变更。',
            en: 'The organization is no longer on the register.',
          },
          'organizationId',
        );
      const requested = this.differences(org, { ...items, sponsorUnitId: sponsorKey });
      if (Object.keys(requested).length === 0)
        throw problem(
          CommonErrorCode.REQUIRED,
          {
            'zh-CN': '请至少填写一项与现登记不同的变更事项。',
            en: 'Change at least one registered item to a new value.',
          },
          'changes',
        );
      if (requested.name) await this.organizations.assertNameFree(em, requested.name, org.id, 'changes.name');
      const pending = await em.count(ChangeApplication, {
        organization: org,
        status: ChangeApplicationStatus.PENDING,
      });
      if (pending > 0)
        throw problem(CommonErrorCode.TAKEN, CHANGE_APPLICATION_UNIQUE.onePending.message, 'organizationId');
      // A change approved for a later date is compared with the record once it is on it.
      const awaiting = await em.count(ChangeApplication, {
        organization: org,
        status: ChangeApplicationStatus.APPROVED,
        appliedAt: null,
      });
      if (awaiting > 0)
        throw problem(
          CommonErrorCode.TAKEN,
          {
            'zh-CN': '已核准的变更尚未到生效日期；生效后才能提交新的变更申请。',
            en: 'An approved change has yet to take effect; file a new application once it has.',
          },
          'organizationId',
        );
      const application = em.create(ChangeApplication, {
        organization: org,
        requested,
        previous: this.valuesOf(org, requested),
        effectiveOn,
        reason,
        filedAt: ctx.now(),
        filedByAccountId: viewer.accountId,
      });
      await trail.record(em, ctx, RegistryActions.fileChangeApplication, application, null);
      return application;
    });
  }

  /** 核准 or 不予核准 by an officer over the organization; a decided application stays decided. */
  async review(
    ctx: RequestContext,
    input: ReviewChangeApplication,
  ): Promise<{ application: ChangeApplication; organization: Organization }> {
    return ctx.em.transactional(async (em) => {
      const application = await lockOrFail(em, ChangeApplication, input.applicationId, APPLICATION_REF);
      const org = await lockOrFail(em, Organization, application.organization.id, ORGANIZATION_REF);
      managedOrganizations.assert(ctx, registrarOf(org));
      if (input.version !== null && input.version !== undefined)
        assertCurrentVersion(application, input.version);
      this.assertPending(application);
      const check = new InputChecker();
      const comment = check.nullableText(input.comment, 'comment', F.comment) ?? null;
      if (input.decision === ChangeApplicationDecision.REJECT && !comment)
        check.add(CommonErrorCode.REQUIRED, required(F.comment.label), 'comment');
      check.throwIfAny();
      const approve = input.decision === ChangeApplicationDecision.APPROVE;
      // Approved for a later date, the change waits for it (the daily job); otherwise it is applied now.
      const applyNow = approve && application.effectiveOn <= today(ctx);
      const before = trail.snapshot(application);
      if (approve) application.previous = this.valuesOf(org, application.requested);
      Object.assign(application, {
        status: approve ? ChangeApplicationStatus.APPROVED : ChangeApplicationStatus.REJECTED,
        decidedAt: ctx.now(),
        decidedByAccountId: ctx.viewer!.accountId,
        comment,
        appliedAt: applyNow ? ctx.now() : null,
      });
      await trail.record(em, ctx, RegistryActions.reviewChangeApplication, application, before, {
        decision: input.decision,
        ...(approve && !applyNow ? { takesEffectOn: application.effectiveOn } : {}),
      });
      if (applyNow) await this.apply(em, ctx, org, application);
      return { application, organization: org };
    });
  }

  /** The organization takes back its pending application. */
  async withdraw(ctx: RequestContext, input: WithdrawChangeApplication): Promise<ChangeApplication> {
    return ctx.em.transactional(async (em) => {
      const application = await lockOrFail(em, ChangeApplication, input.applicationId, APPLICATION_REF);
      await em.populate(application, ['organization']);
      const viewer = ctx.viewer;
      if (viewer?.role !== Role.ORGANIZATION || viewer.organizationId !== application.organization.id)
        throw new ForbiddenError();
      if (input.version !== null && input.version !== undefined)
        assertCurrentVersion(application, input.version);
      this.assertPending(application);
      const before = trail.snapshot(application);
      Object.assign(application, {
        status: ChangeApplicationStatus.WITHDRAWN,
        decidedAt: ctx.now(),
        decidedByAccountId: viewer.accountId,
      });
      await trail.record(em, ctx, RegistryActions.withdrawChangeApplication, application, before);
      return application;
    });
  }

  /**
   * The daily job: every approved change whose effective date has come (Shanghai's today) is put
   * on the record through the same rules as at a decision, each in a transaction of its own, with
   * its trail events. One a rule now refuses (the name taken meanwhile, the organization no longer
   * on the register) stays awaiting and is named in the job's output; the others go ahead.
   */
  async applyDue(ctx: RequestContext): Promise<AppliedChanges> {
    const asOf = today(ctx);
    const due = await ctx.em.find(
      ChangeApplication,
      { status: ChangeApplicationStatus.APPROVED, appliedAt: null, effectiveOn: { $lte: asOf } },
      { fields: ['id'], orderBy: { effectiveOn: 'asc', id: 'asc' } },
    );
    const result: AppliedChanges = { asOf, applied: [], refused: [] };
    for (const { id } of due) {
      try {
        if (await this.applyOne(ctx.em.fork(), ctx, id)) result.applied.push(id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result.refused.push({ id, codes: error.problems.map((p) => String(p.code)), message: error.message });
      }
    }
    return result;
  }

  private async applyOne(em: EntityManager, ctx: RequestContext, id: number): Promise<boolean> {
    return em.transactional(async (tx) => {
      const application = await lockOrFail(tx, ChangeApplication, id, APPLICATION_REF);
      // Applied by another run since the list was read.
      if (application.status !== ChangeApplicationStatus.APPROVED || application.appliedAt) return false;
      const org = await lockOrFail(tx, Organization, application.organization.id, ORGANIZATION_REF);
      if (!ON_REGISTER.includes(org.status))
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该组织已注销或被撤销登记。', en: 'The organization is no longer on the register.' },
          'organizationId',
        );
      const before = trail.snapshot(application);
      application.previous = this.valuesOf(org, application.requested);
      application.appliedAt = ctx.now();
      await trail.record(
        tx,
        { ...ctx, em: tx },
        RegistryActions.applyChangeApplication,
        application,
        before,
        {
          effectiveOn: application.effectiveOn,
        },
      );
      await this.apply(tx, { ...ctx, em: tx }, org, application);
      return true;
    });
  }

  /** Officers: their jurisdiction's applications; an organization: its own. Oldest first. */
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: ChangeApplicationFilterKeys | null },
  ): Promise<Page<ChangeApplication>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'change_application as a',
      entity: ChangeApplication,
      keyColumns: [`extract(epoch from a.filed_at)`, 'a.id'],
      direction: OrderDirection.ASC,
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'a.organization_id');
        if (ctx.viewer?.role === Role.ORGANIZATION)
          query.where('a.organization_id', ctx.viewer.organizationId ?? 0);
        else managedOrganizations.whereOrganization(ctx, query, 'o');
        if (filter.statuses?.length) query.whereIn('a.status', filter.statuses);
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('a.organization_id', filter.organizationId);
        if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
        return query;
      },
    });
  }

  /** Applies an approved change: the registered items by the update rule, the unit by the sponsor-change rule. */
  private async apply(
    em: EntityManager,
    ctx: RequestContext,
    org: Organization,
    application: ChangeApplication,
  ): Promise<void> {
    const { sponsorUnitId, ...stored } = application.requested;
    const check = new InputChecker();
    // The same checks as at filing: what was valid then must still be valid (limits may have changed).
    const items: RecordChanges = checkRegisteredItems(check, stored, 'changes.');
    check.throwIfAny();
    const extra = {
      changeApplicationId: changeApplicationRef(application.id),
      effectiveOn: application.effectiveOn,
      reason: application.reason,
    };
    if (REGISTERED_ITEMS.some((field) => items[field] !== undefined))
      await this.organizations.applyIn(em, ctx, org, items, extra);
    if (sponsorUnitId !== undefined)
      await this.sponsorship.changeIn(em, ctx, {
        organizationId: org.id,
        sponsorUnitId,
        effectiveOn: application.effectiveOn,
        reason: application.reason,
      });
  }

  /** The requested values that differ from the record (money compared in fen). */
  private differences(org: Organization, values: StoredChanges): StoredChanges {
    const requested: Record<string, string | number | null> = {};
    for (const [field, value] of Object.entries(values) as [keyof StoredChanges, string | number | null][]) {
      if (value === undefined) continue;
      const normal = field === 'registeredCapital' && value !== null ? fromFen(toFen(String(value))) : value;
      if (normal !== currentValue(org, field)) requested[field] = normal;
    }
    return requested as StoredChanges;
  }

  private valuesOf(org: Organization, requested: StoredChanges): StoredChanges {
    return Object.fromEntries(
      Object.keys(requested).map((field) => [field, currentValue(org, field as keyof StoredChanges)]),
    ) as StoredChanges;
  }

  /** A real date, not before registration, and no further ahead than a sponsor change may be. */
  private effectiveDate(
    ctx: RequestContext,
    check: InputChecker,
    value: string | null | undefined,
    org: Organization,
  ): string {
    const date = check.date(value, 'effectiveOn', F.effectiveOn);
    const latest = addDays(today(ctx), this.limits.maxDaysAhead);
    if (date && (date < org.registeredOn || date > latest))
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': `变更生效日期应在成立登记日期（${org.registeredOn}）至 ${latest} 之间。`,
          en: `The effective date must be from the registration date (${org.registeredOn}) to ${latest}.`,
        },
        'effectiveOn',
      );
    return date;
  }

  private assertPending(application: ChangeApplication): void {
    if (application.status !== ChangeApplicationStatus.PENDING)
      throw problem(
        CommonErrorCode.INVALID_TRANSITION,
        {
          'zh-CN': '该申请已审核或已撤回（可能刚被其他人处理）。',
          en: 'This application has been decided or withdrawn (perhaps by someone else just now).',
        },
        'applicationId',
      );
  }
}
