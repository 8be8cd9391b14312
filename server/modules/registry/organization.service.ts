import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { listPage, OrderDirection, type Page } from '../../graphql/connection.js';
import { badInput, problem, Problems, UserErrorCode, type Message } from '../../graphql/errors.js';
import { keyOf, toGlobalId } from '../../graphql/node.js';
import { assertCurrentVersion, InputChecker, notFound, required } from '../../graphql/validate.js';
import { assertMayManageOrganization, assertMunicipal, scopeOf, trailScopeOf } from '../identity/policy.js';
import { appendTrail, diffFields, type TrailEntry } from '../trail/trail.service.js';
import { checkCreditCode, normalizeCreditCode, type CreditCodeCheck } from './credit-code.js';
import { District } from './district.entity.js';
import { MUNICIPAL_DIVISION, OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import { Organization } from './organization.entity.js';
import {
  OrganizationOrderField,
  type ChangeOrganizationStatusInput,
  type ChangeSponsorUnitInput,
  type OrganizationFilter,
  type OrganizationOrder,
  type RegisterOrganizationInput,
  type TransferSponsorUnitInput,
  type UpdateOrganizationInput,
} from './organization.inputs.js';
import { LABELS, STATUS_LABELS } from './registry.labels.js';
import { IndustryDepartment, SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';

/** Organizations "on the register" (the 1.7万 of the source document). */
export const ON_REGISTER = [OrganizationStatus.ACTIVE, OrganizationStatus.SUSPENDED];

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

const CREDIT_CODE_FAILURES: Record<CreditCodeCheck, Message> = {
  LENGTH: { 'zh-CN': '统一社会信用代码应为 18 位。', en: 'A credit code has 18 characters.' },
  CHARACTERS: {
    'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。',
    en: 'A credit code uses only digits and capital letters other than I, O, S, V and Z.',
  },
  AUTHORITY: {
    'zh-CN': '第 1 位登记管理部门代码应为 5（民政）。',
    en: 'Position 1 (registering authority) must be 5, civil affairs.',
  },
  CATEGORY: {
    'zh-CN': '第 2 位机构类别代码与组织类型不符（社会团体 1、社会服务机构 2、基金会 3）。',
    en: 'Position 2 (category) does not match the type: 1 social group, 2 social service institution, 3 foundation.',
  },
  DIVISION: {
    'zh-CN': '第 3–8 位登记管理机关行政区划码不是上海市或其所辖区。',
    en: 'Positions 3–8 (division) are not Shanghai or one of its districts.',
  },
  ORGANIZATION_CODE_CHECK: {
    'zh-CN': '第 17 位组织机构代码校验码错误（GB 11714）。',
    en: 'Position 17, the organization-code check digit (GB 11714), is wrong.',
  },
  CHECK_CHARACTER: {
    'zh-CN': '第 18 位校验码错误（GB 32100）。',
    en: 'Position 18, the check character (GB 32100), is wrong.',
  },
};

const MIN_SEARCH_LENGTH = 2;
const MAX_SEARCH_LENGTH = 60;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function orgSubject(id: number): string {
  return toGlobalId('Organization', id);
}

/** The fields of an organization that the trail records before and after a change. */
function snapshot(org: Organization) {
  return {
    creditCode: org.creditCode,
    name: org.name,
    englishName: org.englishName,
    type: org.type,
    status: org.status,
    registrationLevel: org.registrationLevel,
    districtCode: org.district.code,
    registeredOn: org.registeredOn,
    legalRepresentative: org.legalRepresentative,
    domicile: org.domicile,
    businessScope: org.businessScope,
    registeredCapital: org.registeredCapital,
    isIndustryAssociation: org.isIndustryAssociation,
    sponsorUnitId: org.sponsorUnit ? toGlobalId('SponsorUnit', org.sponsorUnit.id) : null,
    industryDepartmentId: org.industryDepartment
      ? toGlobalId('IndustryDepartment', org.industryDepartment.id)
      : null,
  };
}

/** 登记管理: the register of social organizations. The only code that writes organizations. */
export class OrganizationService {
  // ---- reading ---------------------------------------------------------------

  async list(
    ctx: RequestContext,
    args: {
      first?: number | null;
      after?: string | null;
      filter?: OrganizationFilter | null;
      orderBy?: OrganizationOrder | null;
    },
  ): Promise<Page<Organization>> {
    const filter = args.filter ?? {};
    const term = this.searchTerm(ctx, filter.search);
    const field =
      args.orderBy?.field ?? (term ? OrganizationOrderField.RELEVANCE : OrganizationOrderField.NAME);
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const sponsorUnitId = filter.sponsorUnitId ? (keyOf(filter.sponsorUnitId, 'SponsorUnit') ?? -1) : null;
    return listPage(ctx, {
      from: 'organization as o',
      entity: Organization,
      keyColumns: this.orderColumns(ctx.em.getKnex(), field, term),
      direction,
      args,
      scope: (query) => this.applyFilter(query, filter, term, sponsorUnitId),
    });
  }

  async findById(ctx: RequestContext, id: number): Promise<Organization | null> {
    return ctx.loaders.organization.load(id);
  }

  async findByCreditCode(ctx: RequestContext, creditCode: string): Promise<Organization | null> {
    return ctx.em.findOne(Organization, { creditCode: normalizeCreditCode(creditCode) });
  }

  /** Trims the term and refuses ones too short to be served by the index. */
  private searchTerm(ctx: RequestContext, search: string | null | undefined): string | null {
    if (search === undefined || search === null) return null;
    const term = search.trim().replace(/\s+/g, ' ').toLowerCase();
    if (term === '') return null;
    if ([...term].length < MIN_SEARCH_LENGTH || [...term].length > MAX_SEARCH_LENGTH) {
      throw badInput(
        {
          'zh-CN': `搜索词须为 ${MIN_SEARCH_LENGTH} 到 ${MAX_SEARCH_LENGTH} 个字符。`,
          en: `A search term needs ${MIN_SEARCH_LENGTH} to ${MAX_SEARCH_LENGTH} characters.`,
        },
        ctx.locale,
      );
    }
    return term;
  }

  private orderColumns(knex: Knex, field: OrganizationOrderField, term: string | null): string[] {
    switch (field) {
      case OrganizationOrderField.REGISTERED_ON:
        return ['o.registered_on', 'o.id'];
      case OrganizationOrderField.CREDIT_CODE:
        return ['o.credit_code', 'o.id'];
      case OrganizationOrderField.RELEVANCE:
        if (term) {
          // 0: the whole name, English name or code; 1: a prefix of one; 2: elsewhere.
          const rank = knex
            .raw(
              `(case when lower(o.name) = :t or lower(o.english_name) = :t or lower(o.credit_code) = :t then 0
                 when starts_with(lower(o.name), :t) or starts_with(lower(o.english_name), :t)
                   or starts_with(lower(o.credit_code), :t) then 1 else 2 end)`,
              { t: term },
            )
            .toQuery();
          return [rank, 'o.name', 'o.id'];
        }
        return ['o.name', 'o.id'];
      case OrganizationOrderField.NAME:
      default:
        return ['o.name', 'o.id'];
    }
  }

  private applyFilter(
    query: Knex.QueryBuilder,
    filter: OrganizationFilter,
    term: string | null,
    sponsorUnitId: number | null,
  ): Knex.QueryBuilder {
    if (term) {
      // The bigram index narrows to rows holding every pair of the term's characters;
      // the substring check then keeps the rows that contain the term itself.
      query.whereRaw(
        'organization_search_bigrams(o.name, o.english_name, o.credit_code) @> text_bigrams(?)',
        [term],
      );
      query.whereRaw(
        '(strpos(lower(o.name), ?) > 0 or strpos(lower(o.english_name), ?) > 0 or strpos(lower(o.credit_code), ?) > 0)',
        [term, term, term],
      );
    }
    if (filter.types?.length) query.whereIn('o.type', filter.types);
    if (filter.statuses?.length) query.whereIn('o.status', filter.statuses);
    if (filter.registrationLevel) query.where('o.registration_level', filter.registrationLevel);
    if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
    if (sponsorUnitId !== null) query.where('o.sponsor_unit_id', sponsorUnitId);
    if (filter.minRating) query.where('o.rating_grade', '>=', filter.minRating);
    if (typeof filter.isIndustryAssociation === 'boolean')
      query.where('o.is_industry_association', filter.isIndustryAssociation);
    if (typeof filter.isBrand === 'boolean') query.where('o.is_brand', filter.isBrand);
    // Credit lists arrive with the oversight module; until then nobody is listed.
    if (filter.onCreditList === true) query.whereRaw('false');
    return query;
  }

  // ---- registration ------------------------------------------------------------

  /** 成立登记: checks every field, then writes the organization, its first sponsorship period and the trail. */
  async register(ctx: RequestContext, input: RegisterOrganizationInput): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const creditCode = normalizeCreditCode(input.creditCode ?? '');
      const exceptionReason = check.optionalText(
        input.creditCodeExceptionReason,
        'creditCodeExceptionReason',
        LABELS.creditCodeExceptionReason,
        500,
      );
      const codeFailure = this.creditCodeFailure(creditCode, input.type, exceptionReason);
      if (!creditCode) check.add(UserErrorCode.REQUIRED, required(LABELS.creditCode), 'creditCode');
      else if (codeFailure)
        check.add(UserErrorCode.INVALID_CREDIT_CODE, CREDIT_CODE_FAILURES[codeFailure], 'creditCode');
      const name = check.text(input.name, 'name', LABELS.name, 100);
      const englishName = check.text(input.englishName, 'englishName', LABELS.englishName, 300);
      const legalRepresentative = check.text(
        input.legalRepresentative,
        'legalRepresentative',
        LABELS.legalRepresentative,
        50,
      );
      const domicile = check.text(input.domicile, 'domicile', LABELS.domicile, 200);
      const businessScope = check.text(input.businessScope, 'businessScope', LABELS.businessScope, 2000);
      const registeredOn = check.date(input.registeredOn, 'registeredOn', LABELS.registeredOn);
      const registeredCapital =
        check.money(input.registeredCapital ?? '0', 'registeredCapital', LABELS.registeredCapital) ?? '0';
      if (registeredOn && registeredOn > new Date().toISOString().slice(0, 10)) {
        check.add(
          UserErrorCode.INVALID,
          { 'zh-CN': '成立登记日期不能晚于今天。', en: 'The registration date cannot be in the future.' },
          'registeredOn',
        );
      }

      const district = input.districtCode ? await em.findOne(District, { code: input.districtCode }) : null;
      if (!district)
        check.add(
          input.districtCode ? UserErrorCode.NOT_FOUND : UserErrorCode.REQUIRED,
          notFound(LABELS.districtCode),
          'districtCode',
        );
      // Positions 3–8 name the registrar: the city bureau or the district's.
      const expectedDivision =
        input.registrationLevel === RegistrationLevel.MUNICIPAL ? MUNICIPAL_DIVISION : district?.code;
      if (!codeFailure && creditCode && expectedDivision && creditCode.slice(2, 8) !== expectedDivision) {
        check.add(
          UserErrorCode.INVALID_CREDIT_CODE,
          {
            'zh-CN': `第 3–8 位登记管理机关行政区划码应为 ${expectedDivision}。`,
            en: `Positions 3–8 (registrar division) should be ${expectedDivision}.`,
          },
          'creditCode',
        );
      }
      const sponsorUnit = await this.findActiveSponsorUnit(em, check, input.sponsorUnitId, 'sponsorUnitId');
      const industryDepartment = await this.findIndustryDepartment(em, check, input.industryDepartmentId);
      check.throwIfAny();

      if (district)
        assertMayManageOrganization(ctx, {
          registrationLevel: input.registrationLevel,
          districtCode: district.code,
        });
      await this.assertUnique(em, { creditCode, name });

      const org = em.create(Organization, {
        creditCode,
        name,
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
      await em.flush();
      await appendTrail(em, ctx, [
        {
          action: 'registerOrganization',
          subjectId: orgSubject(org.id),
          scopeDistrictCode: trailScopeOf(org),
          changes: diffFields({}, { ...snapshot(org), creditCodeExceptionReason: exceptionReason }),
        },
      ]);
      return org;
    });
  }

  /** 变更登记: changes the descriptive fields; a stale `version` is refused. */
  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await this.lockOrganization(em, input.id);
      assertMayManageOrganization(ctx, scopeOf(org));
      assertCurrentVersion(org, input.version);
      const check = new InputChecker();
      const changes = {
        name: check.optionalText(input.name, 'name', LABELS.name, 100),
        englishName: check.optionalText(input.englishName, 'englishName', LABELS.englishName, 300),
        legalRepresentative: check.optionalText(
          input.legalRepresentative,
          'legalRepresentative',
          LABELS.legalRepresentative,
          50,
        ),
        domicile: check.optionalText(input.domicile, 'domicile', LABELS.domicile, 200),
        businessScope: check.optionalText(input.businessScope, 'businessScope', LABELS.businessScope, 2000),
        registeredCapital: check.money(
          input.registeredCapital,
          'registeredCapital',
          LABELS.registeredCapital,
        ),
        isIndustryAssociation: input.isIndustryAssociation ?? undefined,
      };
      const industryDepartment =
        input.industryDepartmentId === undefined
          ? undefined
          : await this.findIndustryDepartment(em, check, input.industryDepartmentId);
      check.throwIfAny();
      if (changes.name && changes.name !== org.name) await this.assertUnique(em, { name: changes.name });

      const before = snapshot(org);
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) Object.assign(org, { [key]: value });
      }
      if (industryDepartment !== undefined) org.industryDepartment = industryDepartment;
      const diff = diffFields(before, snapshot(org));
      if (Object.keys(diff).length > 0) {
        await em.flush();
        await appendTrail(em, ctx, [
          {
            action: 'updateOrganization',
            subjectId: orgSubject(org.id),
            scopeDistrictCode: trailScopeOf(org),
            changes: diff,
          },
        ]);
      }
      return org;
    });
  }

  async changeStatus(ctx: RequestContext, input: ChangeOrganizationStatusInput): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await this.lockOrganization(em, input.organizationId);
      assertMayManageOrganization(ctx, scopeOf(org));
      if (input.version !== undefined && input.version !== null) assertCurrentVersion(org, input.version);
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', LABELS.reason, 500);
      check.throwIfAny();
      if (!STATUS_TRANSITIONS[org.status].includes(input.status)) {
        throw problem(
          UserErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': `不能从“${STATUS_LABELS[org.status]['zh-CN']}”变为“${STATUS_LABELS[input.status]['zh-CN']}”。`,
            en: `An organization cannot go from ${STATUS_LABELS[org.status].en} to ${STATUS_LABELS[input.status].en}.`,
          },
          'status',
        );
      }
      const before = org.status;
      org.status = input.status;
      await em.flush();
      await appendTrail(em, ctx, [
        {
          action: 'changeOrganizationStatus',
          subjectId: orgSubject(org.id),
          scopeDistrictCode: trailScopeOf(org),
          changes: { status: { before, after: org.status }, reason: { before: null, after: reason } },
        },
      ]);
      return org;
    });
  }

  // ---- sponsor units -----------------------------------------------------------

  /** 变更业务主管单位 (or, with no unit, 脱钩): closes the current period and opens the next. */
  async changeSponsorUnit(ctx: RequestContext, input: ChangeSponsorUnitInput): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await this.lockOrganization(em, input.organizationId);
      assertMayManageOrganization(ctx, scopeOf(org));
      const check = new InputChecker();
      const effectiveOn = check.date(input.effectiveOn, 'effectiveOn', LABELS.effectiveOn);
      const reason = check.text(input.reason, 'reason', LABELS.reason, 500);
      const unit = await this.findActiveSponsorUnit(em, check, input.sponsorUnitId, 'sponsorUnitId');
      check.throwIfAny();
      if ((unit?.id ?? null) === (org.sponsorUnit?.id ?? null)) {
        throw problem(
          UserErrorCode.INVALID,
          {
            'zh-CN': '新的业务主管单位与现在的相同。',
            en: 'The organization already has this sponsor unit.',
          },
          'sponsorUnitId',
        );
      }
      const entries = await this.moveToSponsor(em, [org], unit, effectiveOn, reason, 'changeSponsorUnit');
      await appendTrail(em, ctx, entries);
      return org;
    });
  }

  /**
   * 机构改革: moves every organization on the register from one unit to
   * another in one transaction, each with a closed period and a new one.
   */
  async transferSponsorUnit(
    ctx: RequestContext,
    input: TransferSponsorUnitInput,
  ): Promise<{ from: SponsorUnit; to: SponsorUnit; count: number }> {
    assertMunicipal(ctx);
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const effectiveOn = check.date(input.effectiveOn, 'effectiveOn', LABELS.effectiveOn);
      const reason = check.text(input.reason, 'reason', LABELS.reason, 500);
      const fromKey = keyOf(input.fromSponsorUnitId, 'SponsorUnit');
      const from = fromKey === null ? null : await em.findOne(SponsorUnit, fromKey);
      if (!from) check.add(UserErrorCode.NOT_FOUND, notFound(LABELS.sponsorUnit), 'fromSponsorUnitId');
      const to = await this.findActiveSponsorUnit(em, check, input.toSponsorUnitId, 'toSponsorUnitId');
      check.throwIfAny();
      if (from!.id === to!.id) {
        throw problem(
          UserErrorCode.INVALID,
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
          UserErrorCode.NOTHING_TO_TRANSFER,
          {
            'zh-CN': `“${from!.name}”没有主管的社会组织，无需转移。`,
            en: `${from!.englishName} sponsors no organization; there is nothing to transfer.`,
          },
          'fromSponsorUnitId',
        );
      }
      const entries = await this.moveToSponsor(em, orgs, to!, effectiveOn, reason, 'transferSponsorUnit');
      await appendTrail(em, ctx, entries);
      return { from: from!, to: to!, count: orgs.length };
    });
  }

  /** Closes each organization's current period the day before `effectiveOn` and opens one under `unit`. */
  private async moveToSponsor(
    em: EntityManager,
    orgs: Organization[],
    unit: SponsorUnit | null,
    effectiveOn: string,
    reason: string,
    action: string,
  ): Promise<TrailEntry[]> {
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
        UserErrorCode.INVALID,
        {
          'zh-CN': `生效日期须晚于现任主管期间的开始日期（${names}${tooEarly.length > 3 ? ' 等' : ''}）。`,
          en: `The effective date must come after the start of the current sponsorship (${names}${tooEarly.length > 3 ? ' and others' : ''}).`,
        },
        'effectiveOn',
      );
    }
    const validTo = dayBefore(effectiveOn);
    const entries: TrailEntry[] = [];
    for (const org of orgs) {
      const period = currentByOrg.get(org.id);
      if (period) period.validTo = validTo;
      em.create(SponsorshipPeriod, {
        organization: org,
        sponsorUnit: unit,
        validFrom: effectiveOn,
        validTo: null,
        reason,
      });
      const before = org.sponsorUnit ? toGlobalId('SponsorUnit', org.sponsorUnit.id) : null;
      org.sponsorUnit = unit;
      entries.push({
        action,
        subjectId: orgSubject(org.id),
        scopeDistrictCode: trailScopeOf(org),
        changes: {
          sponsorUnitId: { before, after: unit ? toGlobalId('SponsorUnit', unit.id) : null },
          effectiveOn: { before: null, after: effectiveOn },
          reason: { before: null, after: reason },
        },
      });
    }
    await em.flush();
    return entries;
  }

  // ---- shared checks -------------------------------------------------------------

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

  private async lockOrganization(em: EntityManager, globalId: string): Promise<Organization> {
    const id = keyOf(globalId, 'Organization');
    const org =
      id === null ? null : await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!org) throw problem(UserErrorCode.NOT_FOUND, notFound(LABELS.organization), 'id');
    return org;
  }

  private async assertUnique(
    em: EntityManager,
    values: { creditCode?: string; name?: string },
  ): Promise<void> {
    const taken = new Problems();
    if (values.creditCode && (await em.count(Organization, { creditCode: values.creditCode })) > 0) {
      taken.add(
        UserErrorCode.TAKEN,
        { 'zh-CN': '该统一社会信用代码已登记。', en: 'This credit code is already on the register.' },
        'creditCode',
      );
    }
    if (values.name && (await em.count(Organization, { name: values.name })) > 0) {
      taken.add(
        UserErrorCode.TAKEN,
        { 'zh-CN': '该名称已被其他社会组织使用。', en: 'Another organization already has this name.' },
        'name',
      );
    }
    taken.throwIfAny();
  }

  private async findActiveSponsorUnit(
    em: EntityManager,
    check: InputChecker,
    globalId: string | null | undefined,
    field: string,
  ): Promise<SponsorUnit | null> {
    if (!globalId) return null;
    const id = keyOf(globalId, 'SponsorUnit');
    const unit = id === null ? null : await em.findOne(SponsorUnit, id);
    if (!unit) check.add(UserErrorCode.NOT_FOUND, notFound(LABELS.sponsorUnit), field);
    else if (!unit.active) {
      check.add(
        UserErrorCode.INACTIVE_SPONSOR_UNIT,
        {
          'zh-CN': `“${unit.name}”已撤销，不能再作为业务主管单位。`,
          en: `${unit.englishName} has been abolished and cannot sponsor organizations.`,
        },
        field,
      );
    }
    return unit;
  }

  private async findIndustryDepartment(
    em: EntityManager,
    check: InputChecker,
    globalId: string | null | undefined,
  ): Promise<IndustryDepartment | null> {
    if (!globalId) return null;
    const id = keyOf(globalId, 'IndustryDepartment');
    const department = id === null ? null : await em.findOne(IndustryDepartment, id);
    if (!department)
      check.add(UserErrorCode.NOT_FOUND, notFound(LABELS.industryDepartment), 'industryDepartmentId');
    return department;
  }
}
