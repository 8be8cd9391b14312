import type { OrganizationView } from '../registry/registry.records.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, ForbiddenError, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { OrganizationStatus, OrganizationType } from '../registry/enums.js';
import { Organization } from '../registry/organization.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { checkContent, REQUIRED_TO_SUBMIT } from './annual-report.content.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import { ANNUAL_REPORT_FIELDS as F } from './annual-report.fields.js';
import type {
  ApproveAnnualReports,
  ReviewAnnualReport,
  SaveAnnualReport,
  SubmitAnnualReport,
} from './annual-report.inputs.js';
import { crossCheck } from './cross-checks.js';
import { AnnualReportStatus, ReviewDecision } from './enums.js';
import { OversightErrorCode } from './oversight.errors.js';
import type { OversightSettings } from './oversight.settings.js';
import { OversightActions } from './oversight.trail.js';
import { reportDueOn, reportExempt } from './reporting.js';

const REPORT_REF = (field: string) => ({ field, label: F.report.label });
const EDITABLE = [AnnualReportStatus.DRAFT, AnnualReportStatus.RETURNED];
const MAX_BULK = 100;

/** Who may see a report's figures and comments: its organization's account and the officers over it. */
export function mayViewReport(ctx: RequestContext, org: OrganizationView): boolean {
  if (ctx.viewer?.role === Role.ORGANIZATION) return ctx.viewer.organizationId === org.id;
  return managedOrganizations.covers(ctx, registrarOf(org));
}

/** 年度报告: filing by the organization's account, review by the officers over it. */
export class AnnualReportService {
  constructor(private readonly settings: OversightSettings) {}

  /** Saves a draft (new, or an existing DRAFT or RETURNED report) and its cross-checks. */
  async save(ctx: RequestContext, input: SaveAnnualReport): Promise<AnnualReport> {
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      const content = checkContent(check, input);
      let report: AnnualReport;
      let before: ReturnType<typeof trail.snapshot> | null = null;
      if (input.reportId !== null && input.reportId !== undefined) {
        check.throwIfAny();
        report = await lockOrFail(em, AnnualReport, input.reportId, REPORT_REF('reportId'));
        await em.populate(report, ['organization']);
        this.assertOwnOrganization(ctx, report.organization);
        if (input.version === null || input.version === undefined)
          throw problem(CommonErrorCode.REQUIRED, required(F.version.label), 'version');
        assertCurrentVersion(report, input.version);
        this.assertEditable(report);
        before = trail.snapshot(report);
      } else {
        const org = await this.organizationFor(ctx, em, input.organizationId);
        const year = this.checkYear(ctx, check, input.year, org);
        check.throwIfAny();
        if ((await em.count(AnnualReport, { organization: org, year })) > 0)
          throw problem(
            OversightErrorCode.REPORT_NOT_DUE,
            {
              'zh-CN': `${year} 年度报告已存在，请打开后继续填写。`,
              en: `A report for ${year} exists already; open it to go on.`,
            },
            'year',
          );
        report = em.create(AnnualReport, {
          organization: org,
          year,
          dueOn: reportDueOn(year, this.settings),
        });
      }
      check.throwIfAny();
      em.assign(report, content as Partial<AnnualReport>);
      await this.refreshWarnings(em, report);
      await trail.record(em, ctx, OversightActions.saveAnnualReport, report, before);
      return report;
    });
  }

  /** DRAFT or RETURNED → SUBMITTED, once the required figures are there. */
  async submit(ctx: RequestContext, input: SubmitAnnualReport): Promise<AnnualReport> {
    return ctx.em.transactional(async (em) => {
      const report = await lockOrFail(em, AnnualReport, input.reportId, REPORT_REF('reportId'));
      await em.populate(report, ['organization']);
      this.assertOwnOrganization(ctx, report.organization);
      if (input.version !== null && input.version !== undefined) assertCurrentVersion(report, input.version);
      this.assertEditable(report);
      const missing = new InputChecker();
      const needed: string[] = [...REQUIRED_TO_SUBMIT];
      if (report.organization.type === OrganizationType.FOUNDATION)
        needed.push('publicFundraising', 'auditFirm');
      for (const field of needed) {
        const value = (report as unknown as Record<string, unknown>)[field];
        if (value === null || value === undefined)
          missing.add(
            OversightErrorCode.REPORT_INCOMPLETE,
            required(F[field as keyof typeof F].label),
            field,
          );
      }
      missing.throwIfAny();
      const before = trail.snapshot(report);
      report.status = AnnualReportStatus.SUBMITTED;
      report.submittedAt = ctx.now();
      report.receivedOn ??= today(ctx);
      await this.refreshWarnings(em, report);
      await trail.record(em, ctx, OversightActions.submitAnnualReport, report, before);
      return report;
    });
  }

  /** An officer approves (with the inspection result) or returns (with comments) a submitted report. */
  async review(ctx: RequestContext, input: ReviewAnnualReport): Promise<AnnualReport> {
    return ctx.em.transactional(async (em) => {
      const report = await lockOrFail(em, AnnualReport, input.reportId, REPORT_REF('reportId'));
      await em.populate(report, ['organization']);
      managedOrganizations.assert(ctx, registrarOf(report.organization));
      assertCurrentVersion(report, input.version);
      const check = new InputChecker();
      const comment = check.nullableText(input.comment, 'comment', { ...F.comment, multiline: true }) ?? null;
      if (input.decision === ReviewDecision.APPROVE && !input.result)
        check.add(CommonErrorCode.REQUIRED, required(F.result.label), 'result');
      if (input.decision === ReviewDecision.RETURN && !comment)
        check.add(CommonErrorCode.REQUIRED, required(F.comment.label), 'comment');
      check.throwIfAny();
      this.assertSubmitted(report);
      const before = trail.snapshot(report);
      this.decide(
        ctx,
        em,
        report,
        input.decision,
        input.decision === ReviewDecision.APPROVE ? input.result! : null,
        comment,
      );
      await trail.record(em, ctx, OversightActions.reviewAnnualReport, report, before, {
        decision: input.decision,
      });
      return report;
    });
  }

  /** Approves many submitted reports without warnings in one transaction, one trail event each. */
  async approveMany(ctx: RequestContext, input: ApproveAnnualReports): Promise<AnnualReport[]> {
    return ctx.em.transactional(async (em) => {
      const ids = [...new Set(input.reportIds)];
      if (ids.length === 0 || ids.length > MAX_BULK)
        throw problem(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `一次可批量通过 1 到 ${MAX_BULK} 份报告。`,
            en: `Approve 1 to ${MAX_BULK} reports at once.`,
          },
          'reportIds',
        );
      const reports = await em.find(
        AnnualReport,
        { id: { $in: ids } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const byId = new Map(reports.map((r) => [r.id, r]));
      const check = new InputChecker();
      const ordered: AnnualReport[] = [];
      for (const [i, id] of ids.entries()) {
        const report = byId.get(id);
        if (!report) {
          check.add(
            CommonErrorCode.NOT_FOUND,
            { 'zh-CN': '找不到该年度报告。', en: 'Annual report was not found.' },
            `reportIds.${i}`,
          );
          continue;
        }
        await em.populate(report, ['organization']);
        managedOrganizations.assert(ctx, registrarOf(report.organization));
        if (report.status !== AnnualReportStatus.SUBMITTED || report.warningCodes.length > 0)
          check.add(
            OversightErrorCode.REPORT_HAS_WARNINGS,
            {
              'zh-CN': `${report.organization.name} ${report.year} 年度报告有校验提示或不在待审状态，请逐份审查。`,
              en: `The ${report.year} report of ${report.organization.name} has warnings or is not waiting; review it on its own.`,
            },
            `reportIds.${i}`,
          );
        ordered.push(report);
      }
      check.throwIfAny();
      const changes = ordered.map((report) => {
        const before = trail.snapshot(report);
        this.decide(ctx, em, report, ReviewDecision.APPROVE, input.result, null);
        return { record: report, before, extra: { decision: ReviewDecision.APPROVE, bulk: true } };
      });
      await trail.recordMany(em, ctx, OversightActions.reviewAnnualReport, changes);
      return ordered;
    });
  }

  private decide(
    ctx: RequestContext,
    em: EntityManager,
    report: AnnualReport,
    decision: ReviewDecision,
    result: AnnualReport['result'],
    comment: string | null,
  ): void {
    const now = ctx.now();
    const reviewer = ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null;
    report.status =
      decision === ReviewDecision.APPROVE ? AnnualReportStatus.APPROVED : AnnualReportStatus.RETURNED;
    report.result = decision === ReviewDecision.APPROVE ? result : null;
    report.reviewedAt = now;
    report.reviewer = reviewer;
    report.reviewComment = comment;
    em.create(AnnualReportReview, {
      report,
      decision,
      result: report.result,
      comment,
      reviewer,
      reviewedAt: now,
    });
  }

  /** Recomputes the cross-checks against the organization's three previous reports. */
  private async refreshWarnings(em: EntityManager, report: AnnualReport): Promise<void> {
    const earlier = await em.find(AnnualReport, {
      organization: report.organization,
      year: { $gte: report.year - 3, $lt: report.year },
    });
    const warnings = crossCheck(report, report.organization.type, earlier, this.settings);
    report.warnings = warnings;
    report.warningCodes = [...new Set(warnings.map((w) => w.code))];
  }

  private async organizationFor(
    ctx: RequestContext,
    em: EntityManager,
    organizationId: number | null | undefined,
  ): Promise<Organization> {
    const own = ctx.viewer?.role === Role.ORGANIZATION ? ctx.viewer.organizationId : null;
    if (own === null) throw new ForbiddenError();
    if (organizationId !== null && organizationId !== undefined && organizationId !== own)
      throw new ForbiddenError();
    return lockOrFail(em, Organization, own, { field: 'organizationId', label: F.organization.label });
  }

  private checkYear(
    ctx: RequestContext,
    check: InputChecker,
    year: number | null | undefined,
    org: Organization,
  ): number {
    const lastYear = Number(today(ctx).slice(0, 4)) - 1;
    if (year === null || year === undefined) {
      check.add(CommonErrorCode.REQUIRED, required(F.year.label), 'year');
      return 0;
    }
    const firstYear = Number(org.registeredOn.slice(0, 4));
    if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
      check.add(
        OversightErrorCode.REPORT_NOT_DUE,
        {
          'zh-CN': `报告年度应在 ${firstYear} 至 ${lastYear} 年之间。`,
          en: `The report year must be from ${firstYear} to ${lastYear}.`,
        },
        'year',
      );
    } else if (reportExempt(org.registeredOn, year, this.settings)) {
      check.add(
        OversightErrorCode.REPORT_NOT_DUE,
        {
          'zh-CN': `成立登记不满六个月的组织免报 ${year} 年度报告。`,
          en: `Registered less than six months before the end of ${year}: no report is due for it.`,
        },
        'year',
      );
    }
    if (org.status !== OrganizationStatus.ACTIVE && org.status !== OrganizationStatus.SUSPENDED)
      check.add(
        OversightErrorCode.REPORT_NOT_DUE,
        { 'zh-CN': '该组织已注销或被撤销登记。', en: 'The organization is no longer on the register.' },
        'organizationId',
      );
    return year;
  }

  private assertOwnOrganization(ctx: RequestContext, org: Organization): void {
    if (ctx.viewer?.role !== Role.ORGANIZATION || ctx.viewer.organizationId !== org.id)
      throw new ForbiddenError();
  }

  private assertEditable(report: AnnualReport): void {
    if (!EDITABLE.includes(report.status))
      throw problem(
        CommonErrorCode.INVALID_TRANSITION,
        {
          'zh-CN': '该报告已提交，只有草稿或退回修改的报告可以编辑或提交。',
          en: 'This report has been submitted; only drafts and returned reports can be edited or submitted.',
        },
        'reportId',
      );
  }

  private assertSubmitted(report: AnnualReport): void {
    if (report.status !== AnnualReportStatus.SUBMITTED)
      throw problem(
        CommonErrorCode.INVALID_TRANSITION,
        {
          'zh-CN': '只有已提交待审的报告可以审查（可能已被其他人审查）。',
          en: 'Only a submitted report can be reviewed (someone may have reviewed it meanwhile).',
        },
        'reportId',
      );
  }
}
