import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { findRef, lockOrFail } from '../../common/locking.js';
import { trail, type TrailAction } from '../../common/trail.js';
import { ON_REGISTER } from './enums.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FIELDS, SPONSORSHIP_FIELDS as F } from './organization.fields.js';
import type { ChangeSponsorUnit, TransferSponsorUnit } from './organization.inputs.js';
import { RegistryErrorCode } from './registry.errors.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { RegistryActions } from './registry.trail.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import type { SponsorUnitService } from './sponsor-unit.service.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 业务主管单位 over time: each organization's sponsorship periods, changed one by one or unit by unit. */
export class SponsorshipService {
  constructor(private readonly sponsorUnits: SponsorUnitService) {}

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
    const effectiveOn = check.date(input.effectiveOn, 'effectiveOn', F.effectiveOn);
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
      const effectiveOn = check.date(input.effectiveOn, 'effectiveOn', F.effectiveOn);
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
      const names = tooEarly
        .slice(0, 3)
        .map((o) => o.name)
        .join('、');
      throw problem(
        CommonErrorCode.INVALID,
        {
          'zh-CN': `生效日期须晚于现任主管期间的开始日期（${names}${tooEarly.length > 3 ? ' 等' : ''}）。`,
          en: `The effective date must come after the start of the current sponsorship (${names}${tooEarly.length > 3 ? ' and others' : ''}).`,
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
