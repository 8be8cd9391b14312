import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem } from '../../common/errors.js';
import { today } from '../../common/clock.js';
import { InputChecker } from '../../common/input-checker.js';
import { findRef, lockOrFail } from '../../common/locking.js';
import { trail, type TrailAction } from '../../common/trail.js';
import { ON_REGISTER } from './enums.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FIELDS, SPONSORSHIP_FIELDS as F } from './organization.fields.js';
import type {
  ChangeSponsorUnit,
  CorrectSponsorshipPeriod,
  TransferSponsorUnit,
} from './organization.inputs.js';
import { RegistryErrorCode } from './registry.errors.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { RegistryActions } from './registry.trail.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import type { SponsorUnitService } from './sponsor-unit.service.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const dayBefore = (date: string) => addDays(date, -1);

export interface SponsorshipLimits {
  /** How far ahead an effective date may lie (D8: a far-future date would freeze the history). */
  maxDaysAhead: number;
}

/** 业务主管单位 over time: each organization's sponsorship periods, changed one by one or unit by unit. */
export class SponsorshipService {
  constructor(
    private readonly sponsorUnits: SponsorUnitService,
    private readonly limits: SponsorshipLimits,
  ) {}

  /** An effective date no later than `maxDaysAhead` days from today (Shanghai). */
  private effectiveDate(ctx: RequestContext, check: InputChecker, value: string, field: string): string {
    const date = check.date(value, field, F.effectiveOn);
    const latest = addDays(today(ctx), this.limits.maxDaysAhead);
    if (date && date > latest)
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': `生效日期不能晚于 ${latest}（今天起 ${this.limits.maxDaysAhead} 天内）。`,
          en: `The effective date cannot be after ${latest} (${this.limits.maxDaysAhead} days from today).`,
        },
        field,
      );
    return date;
  }

  /**
   * Corrects an organization's current period when it was recorded wrongly
   * (a mistaken date or unit): its start moves, the period before it now
   * ends the day before, and the organization's unit follows. The first
   * period begins at registration and keeps that date. Traced, with a reason.
   */
  async correctPeriod(ctx: RequestContext, input: CorrectSponsorshipPeriod): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: ORGANIZATION_FIELDS.organization.label,
      });
      managedOrganizations.assert(ctx, registrarOf(org));
      const check = new InputChecker();
      const validFrom = this.effectiveDate(ctx, check, input.validFrom, 'validFrom');
      const reason = check.text(input.reason, 'reason', F.reason);
      const unit = await this.sponsorUnits.findActive(em, check, input.sponsorUnitId, 'sponsorUnitId');
      check.throwIfAny();
      const [current, previous] = await em.find(
        SponsorshipPeriod,
        { organization: org },
        { orderBy: { validFrom: 'desc' }, limit: 2, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const earliest = previous ? addDays(previous.validFrom, 1) : org.registeredOn;
      const latest = previous ? validFrom : org.registeredOn;
      if (!current || validFrom < earliest || validFrom > latest)
        throw problem(
          CommonErrorCode.INVALID,
          previous
            ? {
                'zh-CN': `开始日期须晚于上一主管期间的开始日期（${previous.validFrom}）。`,
                en: `The start must come after the start of the period before (${previous.validFrom}).`,
              }
            : {
                'zh-CN': `第一个主管期间自成立登记之日（${org.registeredOn}）开始。`,
                en: `The first period begins on the registration date (${org.registeredOn}).`,
              },
          'validFrom',
        );
      const before = trail.snapshot(org);
      const was = { validFrom: current.validFrom, sponsorUnitId: current.sponsorUnit?.id ?? null };
      current.validFrom = validFrom;
      current.sponsorUnit = unit;
      if (previous) previous.validTo = dayBefore(validFrom);
      org.sponsorUnit = unit;
      await trail.record(em, ctx, RegistryActions.correctSponsorshipPeriod, org, before, {
        reason,
        periodValidFrom: was.validFrom === validFrom ? undefined : [was.validFrom, validFrom],
      });
      return org;
    });
  }

  /** 变更业务主管单位 (or, with no unit, 脱钩): closes the current period and opens the next. */
  async changeSponsorUnit(ctx: RequestContext, input: ChangeSponsorUnit): Promise<Organization> {
    return ctx.em.transactional((em) => this.changeIn(em, ctx, input));
  }

  /** The sponsor-change rule inside the caller's transaction (decoupling completes through it). */
  async changeIn(em: EntityManager, ctx: RequestContext, input: ChangeSponsorUnit): Promise<Organization> {
    const org = await lockOrFail(em, Organization, input.organizationId, {
      field: 'organizationId',
      label: ORGANIZATION_FIELDS.organization.label,
    });
    managedOrganizations.assert(ctx, registrarOf(org));
    const check = new InputChecker();
    const effectiveOn = this.effectiveDate(ctx, check, input.effectiveOn, 'effectiveOn');
    const reason = check.text(input.reason, 'reason', F.reason);
    const unit = await this.sponsorUnits.findActive(em, check, input.sponsorUnitId, 'sponsorUnitId');
    check.throwIfAny();
    if ((unit?.id ?? null) === (org.sponsorUnit?.id ?? null)) {
      throw problem(
        CommonErrorCode.INVALID,
        {
          'zh-CN': '新的业务主管单位与现在的相同。',
          en: 'The organization already has this sponsor unit.',
        },
        'sponsorUnitId',
      );
    }
    await this.moveToSponsor(em, ctx, [org], unit, effectiveOn, reason, RegistryActions.changeSponsorUnit);
    return org;
  }

  /**
   * 机构改革: moves every organization on the register from one unit to
   * another in one transaction, each with a closed period and a new one.
   */
  async transferSponsorUnit(
    ctx: RequestContext,
    input: TransferSponsorUnit,
  ): Promise<{ from: SponsorUnit; to: SponsorUnit; count: number }> {
    managedOrganizations.assertCity(ctx);
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const effectiveOn = this.effectiveDate(ctx, check, input.effectiveOn, 'effectiveOn');
      const reason = check.text(input.reason, 'reason', F.reason);
      // The unit organizations leave may be abolished already (that is often why they leave).
      const from = await findRef(em, check, SponsorUnit, input.fromSponsorUnitId, {
        field: 'fromSponsorUnitId',
        label: ORGANIZATION_FIELDS.sponsorUnit.label,
      });
      const to = await this.sponsorUnits.findActive(em, check, input.toSponsorUnitId, 'toSponsorUnitId');
      check.throwIfAny();
      if (from!.id === to!.id) {
        throw problem(
          CommonErrorCode.INVALID,
          { 'zh-CN': '转出和转入单位不能相同。', en: 'Choose two different sponsor units.' },
          'toSponsorUnitId',
        );
      }
      const orgs = await em.find(
        Organization,
        { sponsorUnit: from!, status: { $in: ON_REGISTER } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      if (orgs.length === 0) {
        throw problem(
          RegistryErrorCode.NOTHING_TO_TRANSFER,
          {
            'zh-CN': `“${from!.name}”没有主管的社会组织，无需转移。`,
            en: `${from!.englishName} sponsors no organization; there is nothing to transfer.`,
          },
          'fromSponsorUnitId',
        );
      }
      await this.moveToSponsor(em, ctx, orgs, to!, effectiveOn, reason, RegistryActions.transferSponsorUnit);
      return { from: from!, to: to!, count: orgs.length };
    });
  }

  /** Closes each organization's current period the day before `effectiveOn` and opens one under `unit`. */
  private async moveToSponsor(
    em: EntityManager,
    ctx: RequestContext,
    orgs: Organization[],
    unit: SponsorUnit | null,
    effectiveOn: string,
    reason: string,
    action: TrailAction,
  ): Promise<void> {
    const current = await em.find(SponsorshipPeriod, { organization: { $in: orgs }, validTo: null });
    const currentByOrg = new Map(current.map((p) => [p.organization.id, p]));
    const tooEarly = orgs.filter((o) => {
      const period = currentByOrg.get(o.id);
      return (period && period.validFrom >= effectiveOn) || o.registeredOn >= effectiveOn;
    });
    if (tooEarly.length > 0) {
      const shown = tooEarly.slice(0, 3).map((o) => o.name);
      const [zhNames, enNames] = [shown.join('、'), shown.join(', ')];
      throw problem(
        CommonErrorCode.INVALID,
        {
          'zh-CN': `生效日期须晚于现任主管期间的开始日期（${zhNames}${tooEarly.length > 3 ? ' 等' : ''}）。`,
          en: `The effective date must come after the start of the current sponsorship (${enNames}${tooEarly.length > 3 ? ' and others' : ''}).`,
        },
        'effectiveOn',
      );
    }
    const validTo = dayBefore(effectiveOn);
    const changes = orgs.map((org) => {
      const before = trail.snapshot(org);
      const period = currentByOrg.get(org.id);
      if (period) period.validTo = validTo;
      em.create(SponsorshipPeriod, {
        organization: org,
        sponsorUnit: unit,
        validFrom: effectiveOn,
        validTo: null,
        reason,
      });
      org.sponsorUnit = unit;
      return { record: org, before, extra: { effectiveOn, reason } };
    });
    await trail.recordMany(em, ctx, action, changes);
  }
}
