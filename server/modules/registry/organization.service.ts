import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, notFound, problem, Problems, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { assertCurrentVersion, findRef, lockOrFail } from '../../common/locking.js';
import { trail } from '../../common/trail.js';
import { checkCreditCode, normalizeCreditCode, type CreditCodeCheck } from './credit-code.js';
import { CREDIT_CODE_FAILURES, wrongDivision } from './credit-code.messages.js';
import { District } from './district.entity.js';
import { MUNICIPAL_DIVISION, OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import { confusableSkeleton } from '../../common/text.js';
import { lookAlikeName, ORGANIZATION_FIELDS as F, ORGANIZATION_UNIQUE } from './organization.fields.js';
import { checkRegisteredItems, type RecordChanges } from './registered-items.js';
import type {
  ChangeOrganizationStatus,
  RegisterOrganization,
  UpdateOrganization,
} from './organization.inputs.js';
import { RegistryErrorCode } from './registry.errors.js';
import { STATUS_LABELS } from './registry.labels.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { RegistryActions } from './registry.trail.js';
import type { SponsorUnitService } from './sponsor-unit.service.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';

/** 成立登记 opens the first sponsorship period with this reason. */
export const REGISTRATION_REASON = '成立登记';

/**
 * Allowed status changes. Deregistration (注销) and revocation (撤销登记)
 * are final; a suspended organization (停止活动) may resume.
 */
const STATUS_TRANSITIONS: Record<OrganizationStatus, OrganizationStatus[]> = {
  [OrganizationStatus.ACTIVE]: [
    OrganizationStatus.SUSPENDED,
    OrganizationStatus.DEREGISTERED,
    OrganizationStatus.REVOKED,
  ],
  [OrganizationStatus.SUSPENDED]: [
    OrganizationStatus.ACTIVE,
    OrganizationStatus.DEREGISTERED,
    OrganizationStatus.REVOKED,
  ],
  [OrganizationStatus.DEREGISTERED]: [],
  [OrganizationStatus.REVOKED]: [],
};

const ORGANIZATION_REF = (field: string) => ({ field, label: F.organization.label });

/** 登记管理: registering organizations, changing their records and their status. */
/** An empty district is a choice not made yet (a picker), not a district that was not found. */
const CHOOSE_DISTRICT = { 'zh-CN': '请选择所在区。', en: 'Choose a district.' };

export class OrganizationService {
  constructor(private readonly sponsorUnits: SponsorUnitService) {}

  /** 成立登记: checks every field, then writes the organization, its first sponsorship period and the trail. */
  async register(ctx: RequestContext, input: RegisterOrganization): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const creditCode = normalizeCreditCode(input.creditCode ?? '');
      const exceptionReason = check.optionalText(
        input.creditCodeExceptionReason,
        'creditCodeExceptionReason',
        F.creditCodeExceptionReason,
      );
      const codeFailure = this.creditCodeFailure(creditCode, input.type, exceptionReason);
      if (!creditCode) check.add(CommonErrorCode.REQUIRED, required(F.creditCode.label), 'creditCode');
      else if (codeFailure)
        check.add(RegistryErrorCode.INVALID_CREDIT_CODE, CREDIT_CODE_FAILURES[codeFailure], 'creditCode');
      const name = check.text(input.name, 'name', F.name);
      const englishName = check.nullableText(input.englishName, 'englishName', F.englishName) ?? null;
      const legalRepresentative = check.text(
        input.legalRepresentative,
        'legalRepresentative',
        F.legalRepresentative,
      );
      const domicile = check.text(input.domicile, 'domicile', F.domicile);
      const businessScope = check.text(input.businessScope, 'businessScope', F.businessScope);
      const registeredOn = check.date(input.registeredOn, 'registeredOn', F.registeredOn);
      const registeredCapital =
        check.money(input.registeredCapital ?? '0', 'registeredCapital', F.registeredCapital) ?? '0';
      if (registeredOn && registeredOn > today(ctx)) {
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '成立登记日期不能晚于今天。', en: 'The registration date cannot be in the future.' },
          'registeredOn',
        );
      }
      const district = input.districtCode ? await em.findOne(District, { code: input.districtCode }) : null;
      if (!district)
        check.add(
          input.districtCode ? CommonErrorCode.NOT_FOUND : CommonErrorCode.REQUIRED,
          input.districtCode ? notFound(F.districtCode.label) : CHOOSE_DISTRICT,
          'districtCode',
        );
      const expectedDivision =
        input.registrationLevel === RegistrationLevel.MUNICIPAL ? MUNICIPAL_DIVISION : district?.code;
      if (!codeFailure && creditCode && expectedDivision && creditCode.slice(2, 8) !== expectedDivision)
        check.add(RegistryErrorCode.INVALID_CREDIT_CODE, wrongDivision(expectedDivision), 'creditCode');
      const sponsorUnit = await this.sponsorUnits.findActive(em, check, input.sponsorUnitId, 'sponsorUnitId');
      const industryDepartment = await this.industryDepartment(em, check, input.industryDepartmentId);
      check.throwIfAny();

      managedOrganizations.assert(ctx, {
        registrationLevel: input.registrationLevel,
        districtCode: district!.code,
      });
      await this.assertUnique(em, { creditCode, name });
      const org = em.create(Organization, {
        creditCode,
        name,
        nameSkeleton: confusableSkeleton(name),
        englishName,
        type: input.type,
        status: OrganizationStatus.ACTIVE,
        registrationLevel: input.registrationLevel,
        district: district!,
        registeredOn,
        legalRepresentative,
        domicile,
        businessScope,
        registeredCapital,
        isIndustryAssociation: input.isIndustryAssociation ?? false,
        sponsorUnit,
        industryDepartment,
      });
      em.create(SponsorshipPeriod, {
        organization: org,
        sponsorUnit,
        validFrom: registeredOn,
        validTo: null,
        reason: REGISTRATION_REASON,
      });
      await trail.record(em, ctx, RegistryActions.registerOrganization, org, null, {
        creditCodeExceptionReason: exceptionReason,
      });
      return org;
    });
  }

  /** 变更登记 by an officer: changes the descriptive fields; a stale `version` is refused. */
  async update(ctx: RequestContext, input: UpdateOrganization): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.id, ORGANIZATION_REF('id'));
      managedOrganizations.assert(ctx, registrarOf(org));
      assertCurrentVersion(org, input.version);
      const check = new InputChecker();
      const changes: RecordChanges = {
        ...checkRegisteredItems(check, input),
        isIndustryAssociation: input.isIndustryAssociation ?? undefined,
      };
      const industryDepartment =
        input.industryDepartmentId === undefined
          ? undefined
          : await this.industryDepartment(em, check, input.industryDepartmentId);
      check.throwIfAny();
      return this.applyIn(em, ctx, org, { ...changes, industryDepartment });
    });
  }

  /**
   * The one rule that changes a record, inside the caller's transaction (an
   * officer's update, an approved change application): a name may not look
   * like another's; the trail records the change with `extra`.
   */
  async applyIn(
    em: EntityManager,
    ctx: RequestContext,
    org: Organization,
    changes: RecordChanges,
    extra?: Record<string, unknown>,
  ): Promise<Organization> {
    managedOrganizations.assert(ctx, registrarOf(org));
    if (changes.name && changes.name !== org.name)
      await this.assertUnique(em, { name: changes.name }, org.id);
    const before = trail.snapshot(org);
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) Object.assign(org, { [key]: value });
    }
    org.nameSkeleton = confusableSkeleton(org.name);
    await trail.record(em, ctx, RegistryActions.updateOrganization, org, before, extra);
    return org;
  }

  async changeStatus(ctx: RequestContext, input: ChangeOrganizationStatus): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(
        em,
        Organization,
        input.organizationId,
        ORGANIZATION_REF('organizationId'),
      );
      managedOrganizations.assert(ctx, registrarOf(org));
      if (input.version !== undefined && input.version !== null) assertCurrentVersion(org, input.version);
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', F.statusReason);
      check.throwIfAny();
      if (!STATUS_TRANSITIONS[org.status].includes(input.status)) {
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': `不能从“${STATUS_LABELS[org.status]['zh-CN']}”变为“${STATUS_LABELS[input.status]['zh-CN']}”。`,
            en: `An organization cannot go from ${STATUS_LABELS[org.status].en} to ${STATUS_LABELS[input.status].en}.`,
          },
          'status',
        );
      }
      const before = trail.snapshot(org);
      org.status = input.status;
      // The public register shows when an organization was deregistered (注销) or revoked (撤销).
      if (input.status === OrganizationStatus.DEREGISTERED) org.deregisteredOn = today(ctx);
      if (input.status === OrganizationStatus.REVOKED) org.revokedOn = today(ctx);
      await trail.record(em, ctx, RegistryActions.changeOrganizationStatus, org, before, { reason });
      return org;
    });
  }

  /**
   * The first failed check of a code. With a written exception reason, only
   * the check characters (positions 17 and 18) may fail (DOMAIN.md): the
   * structure must still be a Shanghai civil-affairs code of the right type.
   */
  private creditCodeFailure(
    code: string,
    type: OrganizationType,
    exceptionReason: string | undefined,
  ): CreditCodeCheck | null {
    const failure = checkCreditCode(code, type);
    const waivable: (CreditCodeCheck | null)[] = ['ORGANIZATION_CODE_CHECK', 'CHECK_CHARACTER'];
    return exceptionReason && waivable.includes(failure) ? null : failure;
  }

  /** A new name for organization `except`, free of look-alikes (a change application checks it when filed). */
  assertNameFree(em: EntityManager, name: string, except: number, field: string): Promise<void> {
    return this.assertUnique(em, { name }, except, field);
  }

  /** Credit code and name are unique; a name also may not look like another's (same confusable skeleton). */
  private async assertUnique(
    em: EntityManager,
    values: { creditCode?: string; name?: string },
    except?: number,
    nameField = 'name',
  ): Promise<void> {
    const taken = new Problems();
    if (values.creditCode && (await em.count(Organization, { creditCode: values.creditCode })) > 0) {
      taken.add(CommonErrorCode.TAKEN, ORGANIZATION_UNIQUE.creditCode.message, 'creditCode');
    }
    if (values.name) {
      const lookAlike = await em.findOne(
        Organization,
        { nameSkeleton: confusableSkeleton(values.name), ...(except ? { id: { $ne: except } } : {}) },
        { fields: ['name'] },
      );
      if (lookAlike) taken.add(CommonErrorCode.TAKEN, lookAlikeName(lookAlike.name), nameField);
    }
    taken.throwIfAny();
  }

  private industryDepartment(
    em: EntityManager,
    check: InputChecker,
    key: number | null | undefined,
  ): Promise<IndustryDepartment | null> {
    return findRef(em, check, IndustryDepartment, key, {
      field: 'industryDepartmentId',
      label: F.industryDepartment.label,
    });
  }
}
