import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { OrganizationType } from '../registry/enums.js';
import { AnnualReport } from './annual-report.entity.js';
import { AnnualReportStatus, InspectionResult, ReviewDecision } from './enums.js';

/** Money in inputs is a string of yuan, checked by the service so a bad amount is a userError. */
const MONEY = 'Yuan as a string, at most two decimals, e.g. "1250000.00".';

/**
 * The contents of a report as the organization fills them in. Every field is
 * optional: a draft is saved as often as the organization likes; absent
 * fields keep their value, null clears one. Submitting requires the figures.
 */
@InputType()
export class AnnualReportContentInput {
  @Field(() => String, { nullable: true }) basicInfoChanges?: string | null;
  @Field(() => Int, { nullable: true }) generalAssemblies?: number | null;
  @Field(() => Int, { nullable: true }) boardMeetings?: number | null;
  @Field(() => String, { nullable: true }) responsiblePersonChanges?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) incomeTotal?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) incomeDonations?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) incomeGovernment?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) incomeServices?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) incomeOther?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) expenseTotal?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) expenseCharitable?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) expenseManagement?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) expenseStaff?: string | null;
  @Field(() => String, { nullable: true, description: `${MONEY} May be negative.` })
  netAssetsStart?: string | null;
  @Field(() => String, { nullable: true, description: `${MONEY} May be negative.` })
  netAssetsEnd?: string | null;
  @Field(() => Int, { nullable: true }) fullTimeStaff?: number | null;
  @Field(() => Int, { nullable: true }) certifiedSocialWorkers?: number | null;
  @Field(() => Int, { nullable: true }) volunteers?: number | null;
  @Field(() => Int, { nullable: true }) volunteerHours?: number | null;
  @Field(() => String, { nullable: true }) activities?: string | null;
  @Field(() => Int, { nullable: true }) activityCount?: number | null;
  @Field(() => String, { nullable: true }) majorEvents?: string | null;
  @Field(() => Boolean, { nullable: true }) publicFundraising?: boolean | null;
  @Field(() => Int, { nullable: true }) specialFundCount?: number | null;
  @Field(() => String, { nullable: true, description: MONEY }) specialFundIncome?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) specialFundExpense?: string | null;
  @Field(() => String, { nullable: true }) specialFundsSummary?: string | null;
  @Field(() => String, { nullable: true }) auditFirm?: string | null;
}

@InputType({
  description:
    'Saves a draft: a new one (organizationId and year) or an existing one (reportId and version).',
})
export class SaveAnnualReportInput extends AnnualReportContentInput {
  @Field(() => ID, { nullable: true })
  reportId?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the account's own organization." })
  organizationId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version the change is based on (existing reports).' })
  version?: number | null;
}

@InputType()
export class SubmitAnnualReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class ReviewAnnualReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => InspectionResult, { nullable: true, description: 'Required to approve.' })
  result?: InspectionResult | null;

  @Field(() => String, { nullable: true, description: 'Required to return; for the organization only.' })
  comment?: string | null;

  @Field(() => Int, { description: 'The version the officer reviewed; a stale one is refused.' })
  version!: number;
}

@InputType({ description: 'Bulk approval of reports without warnings, in one transaction.' })
export class ApproveAnnualReportsInput {
  @Field(() => [ID])
  reportIds!: string[];

  @Field(() => InspectionResult, { defaultValue: InspectionResult.PASS })
  result: InspectionResult = InspectionResult.PASS;
}

@InputType()
export class AnnualReportFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => [AnnualReportStatus], { nullable: true }) statuses?: AnnualReportStatus[] | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => [String], { nullable: true }) districtCodes?: string[] | null;
  @Field(() => [OrganizationType], { nullable: true }) types?: OrganizationType[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Not received and past its deadline.' })
  overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true }) hasWarnings?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Any of these cross-check codes.' })
  warningCodes?: string[] | null;
}

@ObjectType()
export class AnnualReportPayload extends MutationPayload {
  @Field(() => AnnualReport, { nullable: true })
  report?: AnnualReport | null;
}
@ObjectType()
export class SaveAnnualReportPayload extends AnnualReportPayload {}
@ObjectType()
export class SubmitAnnualReportPayload extends AnnualReportPayload {}
@ObjectType()
export class ReviewAnnualReportPayload extends AnnualReportPayload {}

@ObjectType()
export class ApproveAnnualReportsPayload extends MutationPayload {
  @Field(() => [AnnualReport], { nullable: true })
  reports?: AnnualReport[] | null;
}

export type SaveAnnualReport = Keyed<SaveAnnualReportInput, 'reportId' | 'organizationId'>;
export type SubmitAnnualReport = Keyed<SubmitAnnualReportInput, 'reportId'>;
export type ReviewAnnualReport = Keyed<ReviewAnnualReportInput, 'reportId'>;
export type AnnualReportFilterKeys = Keyed<AnnualReportFilter, 'organizationId'>;
export interface ApproveAnnualReports {
  reportIds: number[];
  result: InspectionResult;
}
