import type { OrganizationRecord } from '../registry/registry.records.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { decodeId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { Organization } from '../registry/organization.entity.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import {
  AnnualReportFilter,
  ApproveAnnualReportsInput,
  ApproveAnnualReportsPayload,
  ReviewAnnualReportInput,
  ReviewAnnualReportPayload,
  SaveAnnualReportInput,
  SaveAnnualReportPayload,
  SubmitAnnualReportInput,
  SubmitAnnualReportPayload,
} from './annual-report.inputs.js';
import { AnnualReportWarning, ReportingYear } from './annual-report.types.js';
import { warningMessage } from './cross-checks.js';
import { AnnualReportStatus } from './enums.js';
import type { OversightServices } from './index.js';
import { filingStatus, FilingStatus } from './reporting.js';

export const AnnualReportConnection = ConnectionType(AnnualReport, 'AnnualReport');

@ArgsType()
class AnnualReportsArgs extends PageArgs {
  @Field(() => AnnualReportFilter, { nullable: true })
  filter?: AnnualReportFilter | null;
}

/** 年度报告: the worklist, filing and review. Rules live in AnnualReportService. */
@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => AnnualReportConnection, {
    description: "Officers: their jurisdiction's reports, oldest first; organizations: their own.",
    complexity: listComplexity,
  })
  async annualReports(@Ctx() ctx: RequestContext, @Args(() => AnnualReportsArgs) args: AnnualReportsArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return AnnualReportConnection.from(await this.oversight.reportList.list(ctx, { ...args, filter }));
  }

  @PayloadMutation(() => SaveAnnualReportPayload, 'Saves a draft annual report (as often as you like).')
  async saveAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveAnnualReportInput) input: SaveAnnualReportInput,
  ): Promise<SaveAnnualReportPayload> {
    const keyed = withKeys(input, { reportId: 'AnnualReport', organizationId: 'Organization' });
    return { report: await this.oversight.reports.save(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => SubmitAnnualReportPayload, 'Submits a draft or returned report for review.')
  async submitAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmitAnnualReportInput) input: SubmitAnnualReportInput,
  ): Promise<SubmitAnnualReportPayload> {
    const keyed = withKeys(input, { reportId: 'AnnualReport' });
    return { report: await this.oversight.reports.submit(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => ReviewAnnualReportPayload,
    'Approves (with the inspection result) or returns a report.',
  )
  async reviewAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewAnnualReportInput) input: ReviewAnnualReportInput,
  ): Promise<ReviewAnnualReportPayload> {
    const keyed = withKeys(input, { reportId: 'AnnualReport' });
    return { report: await this.oversight.reports.review(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => ApproveAnnualReportsPayload,
    'Approves submitted reports without warnings, all or none.',
  )
  async approveAnnualReports(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApproveAnnualReportsInput) input: ApproveAnnualReportsInput,
  ): Promise<ApproveAnnualReportsPayload> {
    const reportIds = input.reportIds.map((id) => decodeId(id, 'AnnualReport'));
    return {
      reports: await this.oversight.reports.approveMany(ctx, { reportIds, result: input.result }),
      userErrors: [],
    };
  }

  // ---- relations and computed fields

  @FieldResolver(() => Organization)
  async organization(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(report.organization.id))!;
  }

  @FieldResolver(() => [AnnualReportWarning], { description: 'The cross-checks that fired when last saved.' })
  warnings(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): AnnualReportWarning[] {
    return report.warnings.map((w) => ({
      code: w.code,
      figures: w.figures,
      message: warningMessage(w)[ctx.locale],
    }));
  }

  @FieldResolver(() => [AnnualReportReview], {
    description: 'Every review round, oldest first, with the officer’s comments.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  reviews(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): Promise<AnnualReportReview[]> {
    return ctx.loaders.reviewsOfReport.load(report.id);
  }

  @FieldResolver(() => AnnualReport, { nullable: true, description: "Last year's report, for comparison." })
  async previousYear(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): Promise<AnnualReport | null> {
    return ctx.loaders.reportOfYear.load(`${report.organization.id}:${report.year - 1}`);
  }

  @FieldResolver(() => FilingStatus)
  filingStatus(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): FilingStatus {
    return filingStatus(report.dueOn, report.receivedOn, today(ctx));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit and submit it now.' })
  viewerCanEdit(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): boolean {
    return (
      ctx.viewer?.organizationId === report.organization.id &&
      [AnnualReportStatus.DRAFT, AnnualReportStatus.RETURNED].includes(report.status)
    );
  }
}

/** An organization's reports (internal) and each year's reporting status (public). */
@Resolver(() => Organization)
export class OrganizationReportsResolver {
  constructor(private readonly oversight: OversightServices) {}

  @FieldResolver(() => [AnnualReport], {
    nullable: true,
    description: 'Its annual reports, newest first (its managers and own account only).',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  annualReports(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<AnnualReport[]> {
    return ctx.loaders.annualReportsOf.load(org.id);
  }

  @FieldResolver(() => [ReportingYear], {
    description:
      'Each year’s reporting duty: due date, received date, on time / late / overdue, and the inspection result (public).',
    complexity: ({ childComplexity }) => 10 * childComplexity,
  })
  reportingHistory(
    @Root() org: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('years', () => Int, { defaultValue: 5, description: 'The latest years to show, 1 to 10.' })
    years: number,
  ): Promise<ReportingYear[]> {
    return this.oversight.disclosure.reportingHistory(ctx, org, years);
  }
}
