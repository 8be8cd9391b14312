import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem, required } from '../../common/errors.js';
import { InputChecker, type FieldSpec } from '../../common/input-checker.js';
import { assertCurrentVersion, findRef, lockOrFail } from '../../common/locking.js';
import { listPage, type Page, type PageArguments } from '../../common/pagination.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import { fundsScope as recordsScope } from '../funds/funds.scope.js';
import { SpecialFund } from '../funds/special-fund.entity.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { policyPeriodOf, ReliefProjectStatus } from './enums.js';
import { REGION_BY_COUNTY } from './regions.js';
import { ReliefProgressUpdate, ReliefProject } from './relief-project.entity.js';
import { RELIEF_FIELDS as F } from './relief-project.fields.js';
import type {
  LinkReliefDuplicate,
  RegisterReliefProject,
  ReliefProjectFilterKeys,
  UpdateReliefProject,
} from './relief-project.inputs.js';
import { ReliefErrorCode } from './relief.errors.js';
import { ReliefActions } from './relief.trail.js';

function count(
  check: InputChecker,
  value: number | null | undefined,
  field: string,
  spec: FieldSpec,
): number {
  if (value === null || value === undefined) {
    check.add(CommonErrorCode.REQUIRED, required(spec.label), field);
    return 0;
  }
  if (!Number.isInteger(value) || value < 0)
    check.add(
      CommonErrorCode.INVALID,
      {
        'zh-CN': `${spec.label['zh-CN']}须为非负整数。`,
        en: `${spec.label.en} must be a whole number, zero or more.`,
      },
      field,
    );
  return value;
}

function amount(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  spec: FieldSpec,
): string {
  const clean = check.money(value, field, spec);
  if (clean === undefined) check.add(CommonErrorCode.REQUIRED, required(spec.label), field);
  return clean ?? '0';
}

/** 扶贫项目: registering, progress updates, and linking duplicates so they count once. */
export class ReliefProjectService {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: ReliefProjectFilterKeys | null },
  ): Promise<Page<ReliefProject>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'relief_project as p',
      entity: ReliefProject,
      keyColumns: ['p.title', 'p.id'],
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'p.organization_id');
        recordsScope.whereFoundation(ctx, query, 'o');
        const search = filter.search?.trim().toLowerCase();
        if (search)
          query.where((q) =>
            q
              .whereRaw('strpos(lower(p.title), ?) > 0', [search])
              .orWhereRaw('strpos(lower(o.name), ?) > 0', [search]),
          );
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('p.organization_id', filter.organizationId);
        if (filter.years?.length) query.whereIn('p.year', filter.years);
        if (filter.categories?.length) query.whereIn('p.category', filter.categories);
        if (filter.policyPeriods?.length) query.whereIn('p.policy_period', filter.policyPeriods);
        if (filter.statuses?.length) query.whereIn('p.status', filter.statuses);
        if (filter.provinceCodes?.length) query.whereIn('p.province_code', filter.provinceCodes);
        if (filter.prefectureCodes?.length) query.whereIn('p.prefecture_code', filter.prefectureCodes);
        if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
        if (filter.linkedAsDuplicate === true) query.whereNotNull('p.duplicate_of_id');
        if (filter.linkedAsDuplicate === false) query.whereNull('p.duplicate_of_id');
        return query;
      },
    });
  }

  async byId(ctx: RequestContext, key: number): Promise<ReliefProject | null> {
    const project = ctx.viewer
      ? await ctx.em.findOne(ReliefProject, key, { populate: ['organization'] })
      : null;
    return project && recordsScope.covers(ctx, project.organization) ? project : null;
  }

  async register(ctx: RequestContext, input: RegisterReliefProject): Promise<ReliefProject> {
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const orgKey =
        input.organizationId ?? (ctx.viewer?.role === Role.ORGANIZATION ? ctx.viewer.organizationId : null);
      if (orgKey === null || orgKey === undefined)
        check.add(CommonErrorCode.REQUIRED, required(F.organization.label), 'organizationId');
      const org = await findRef(em, check, Organization, orgKey, {
        field: 'organizationId',
        label: F.organization.label,
      });
      if (org) recordsScope.assert(ctx, org);
      const fund = await findRef(em, check, SpecialFund, input.specialFundId, {
        field: 'specialFundId',
        label: F.specialFund.label,
      });
      if (fund && org && fund.foundation.id !== org.id)
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '该专项基金不属于这个组织。', en: 'The special fund belongs to another organization.' },
          'specialFundId',
        );
      const title = check.text(input.title, 'title', F.title);
      const region = this.region(check, input.countyCode);
      if (!input.category) check.add(CommonErrorCode.REQUIRED, required(F.category.label), 'category');
      const committedAmount = amount(check, input.committedAmount, 'committedAmount', F.committedAmount);
      const investedAmount = amount(check, input.investedAmount, 'investedAmount', F.investedAmount);
      const beneficiaryPeople = count(
        check,
        input.beneficiaryPeople,
        'beneficiaryPeople',
        F.beneficiaryPeople,
      );
      const beneficiaryHouseholds = count(
        check,
        input.beneficiaryHouseholds,
        'beneficiaryHouseholds',
        F.beneficiaryHouseholds,
      );
      const startsOn = check.date(input.startsOn, 'startsOn', F.startsOn);
      const endsOn = input.endsOn ? check.date(input.endsOn, 'endsOn', F.endsOn) : null;
      this.checkPeriod(check, startsOn, endsOn);
      const partners = check.nullableText(input.partners, 'partners', F.partners) ?? null;
      check.throwIfAny();
      const project = em.create(ReliefProject, {
        organization: org!,
        specialFund: fund,
        title,
        provinceCode: region!.provinceCode,
        prefectureCode: region!.prefectureCode,
        countyCode: region!.countyCode,
        category: input.category!,
        policyPeriod: policyPeriodOf(startsOn),
        year: Number(startsOn.slice(0, 4)),
        committedAmount,
        investedAmount,
        beneficiaryPeople,
        beneficiaryHouseholds,
        startsOn,
        endsOn,
        partners,
        status: input.status ?? ReliefProjectStatus.PLANNED,
      });
      await trail.record(em, ctx, ReliefActions.registerReliefProject, project, null);
      return project;
    });
  }

  /** 进展: new figures and status as of a day, kept as an update and on the trail. */
  async update(
    ctx: RequestContext,
    input: UpdateReliefProject,
  ): Promise<{ project: ReliefProject; update: ReliefProgressUpdate }> {
    return ctx.em.transactional(async (em) => {
      const project = await this.locked(em, ctx, input.projectId ?? 0, 'projectId');
      assertCurrentVersion(project, input.version);
      const check = new InputChecker();
      const before = trail.snapshot(project);
      const reportedOn = check.date(input.reportedOn ?? today(ctx), 'reportedOn', F.reportedOn);
      if (input.committedAmount != null)
        project.committedAmount = amount(check, input.committedAmount, 'committedAmount', F.committedAmount);
      if (input.investedAmount != null)
        project.investedAmount = amount(check, input.investedAmount, 'investedAmount', F.investedAmount);
      if (input.beneficiaryPeople != null)
        project.beneficiaryPeople = count(
          check,
          input.beneficiaryPeople,
          'beneficiaryPeople',
          F.beneficiaryPeople,
        );
      if (input.beneficiaryHouseholds != null)
        project.beneficiaryHouseholds = count(
          check,
          input.beneficiaryHouseholds,
          'beneficiaryHouseholds',
          F.beneficiaryHouseholds,
        );
      if (input.endsOn !== undefined) {
        project.endsOn = input.endsOn ? check.date(input.endsOn, 'endsOn', F.endsOn) : null;
        this.checkPeriod(check, project.startsOn, project.endsOn ?? null);
      }
      if (input.status) project.status = input.status;
      const note = check.nullableText(input.note, 'note', F.note) ?? null;
      check.throwIfAny();
      const update = em.create(ReliefProgressUpdate, {
        project,
        reportedOn,
        status: project.status,
        investedAmount: project.investedAmount,
        beneficiaryPeople: project.beneficiaryPeople,
        note,
        recordedBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
      });
      await trail.record(em, ctx, ReliefActions.updateReliefProject, project, before, { reportedOn, note });
      return { project, update };
    });
  }

  /** Links (or, with no other, unlinks) a possible duplicate: the statistics count the other only. */
  async linkDuplicate(ctx: RequestContext, input: LinkReliefDuplicate): Promise<ReliefProject> {
    return ctx.em.transactional(async (em) => {
      const project = await this.locked(em, ctx, input.projectId ?? 0, 'projectId');
      const before = trail.snapshot(project);
      if (input.duplicateOfId === null || input.duplicateOfId === undefined) {
        project.duplicateOf = null;
      } else {
        const other = await this.locked(em, ctx, input.duplicateOfId, 'duplicateOfId');
        const problemWith =
          other.id === project.id
            ? { 'zh-CN': '项目不能与自己重复。', en: 'A project cannot duplicate itself.' }
            : other.duplicateOf
              ? {
                  'zh-CN': '所选项目本身已标记为重复，请选择其原项目。',
                  en: 'That project is itself a duplicate; link to the one it duplicates.',
                }
              : (await em.count(ReliefProject, { duplicateOf: project })) > 0
                ? {
                    'zh-CN': '已有项目标记为本项目的重复，不能再把它标为重复。',
                    en: 'Other projects are linked to this one as duplicates; it cannot become one.',
                  }
                : null;
        if (problemWith) throw problem(ReliefErrorCode.NOT_A_DUPLICATE, problemWith, 'duplicateOfId');
        project.duplicateOf = other;
      }
      await trail.record(em, ctx, ReliefActions.linkReliefDuplicate, project, before);
      return project;
    });
  }

  private async locked(
    em: EntityManager,
    ctx: RequestContext,
    key: number,
    field: string,
  ): Promise<ReliefProject> {
    const project = await lockOrFail(em, ReliefProject, key, { field, label: F.project.label });
    await em.populate(project, ['organization']);
    recordsScope.assert(ctx, project.organization);
    return project;
  }

  private region(check: InputChecker, countyCode: string | null | undefined) {
    if (!countyCode) {
      check.add(CommonErrorCode.REQUIRED, required(F.countyCode.label), 'countyCode');
      return null;
    }
    const region = REGION_BY_COUNTY.get(countyCode);
    if (!region)
      check.add(
        ReliefErrorCode.UNKNOWN_REGION,
        {
          'zh-CN': '帮扶地区须为上海对口支援地区中的县（见 reliefRegions）。',
          en: "The county must be one of Shanghai's paired-assistance counties (see reliefRegions).",
        },
        'countyCode',
      );
    return region ?? null;
  }

  private checkPeriod(check: InputChecker, startsOn: string, endsOn: string | null): void {
    if (startsOn && endsOn && endsOn < startsOn)
      check.add(
        CommonErrorCode.INVALID,
        { 'zh-CN': '结束日期不能早于开始日期。', en: 'The end date cannot come before the start date.' },
        'endsOn',
      );
  }
}
