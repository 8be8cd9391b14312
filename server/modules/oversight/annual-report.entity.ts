import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { ANNUAL_REPORT_FIELDS as F } from './annual-report.fields.js';
import { AnnualReportStatus, InspectionResult, ReviewDecision } from './enums.js';

/** A cross-check that fired, with the figures behind it (kept with the report for the worklist). */
export interface StoredWarning {
  code: string;
  /** The numbers the check compared, as exact strings (money) or numbers (counts, ratios). */
  figures: Record<string, string | number | boolean | null>;
}

/** Column options, made afresh for each property (MikroORM keeps and fills in the object it is given). */
const money = () => ({ type: 'decimal', precision: 18, scale: 2, nullable: true }) as const;
const count = () => ({ type: 'integer', nullable: true }) as const;

/**
 * 年度报告 / 年检: one per organization and year, due by the configured
 * deadline of the following year (DOMAIN.md). Figures stay nullable while
 * the report is a draft; submitting requires them.
 */
@Entity({ tableName: 'annual_report' })
@Unique({ name: 'annual_report_organization_year_unique', properties: ['organization', 'year'] })
@Index({ name: 'annual_report_worklist_idx', properties: ['status', 'submittedAt', 'id'] })
@Index({ name: 'annual_report_year_status_idx', properties: ['year', 'status'] })
@Check({ name: 'annual_report_year_check', expression: 'year between 1980 and 2200' })
@Check({
  name: 'annual_report_result_check',
  expression: `(status = 'APPROVED') = (result is not null and reviewed_at is not null)`,
})
@Check({
  name: 'annual_report_submitted_check',
  expression: `status = 'DRAFT' or (submitted_at is not null and received_on is not null)`,
})
@Check({
  name: 'annual_report_returned_check',
  expression: `status <> 'RETURNED' or (review_comment is not null and reviewed_at is not null)`,
})
@Check({
  name: 'annual_report_amounts_check',
  expression: `coalesce(income_total, 0) >= 0 and coalesce(income_donations, 0) >= 0
    and coalesce(income_government, 0) >= 0 and coalesce(income_services, 0) >= 0
    and coalesce(income_other, 0) >= 0 and coalesce(expense_total, 0) >= 0
    and coalesce(expense_charitable, 0) >= 0 and coalesce(expense_management, 0) >= 0
    and coalesce(expense_staff, 0) >= 0 and coalesce(special_fund_income, 0) >= 0
    and coalesce(special_fund_expense, 0) >= 0`,
})
@Check({
  name: 'annual_report_counts_check',
  expression: `coalesce(general_assemblies, 0) >= 0 and coalesce(board_meetings, 0) >= 0
    and coalesce(full_time_staff, 0) >= 0 and coalesce(certified_social_workers, 0) >= 0
    and coalesce(volunteers, 0) >= 0 and coalesce(volunteer_hours, 0) >= 0
    and coalesce(activity_count, 0) >= 0 and coalesce(special_fund_count, 0) >= 0`,
})
@ObjectType({
  implements: Node,
  description: '年度报告: one organization, one year. Figures and comments are internal.',
})
export class AnnualReport extends Node {
  [OptionalProps]?:
    'globalId' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'warnings' | 'warningCodes';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  /** The calendar year reported on. */
  @Property({ type: 'smallint' })
  @Field(() => Int)
  year!: number;

  @Enum({ items: () => AnnualReportStatus, nativeEnumName: 'annual_report_status', default: 'DRAFT' })
  @Field(() => AnnualReportStatus)
  status: AnnualReportStatus = AnnualReportStatus.DRAFT;

  /** 年检结论, set when approved. */
  @Enum({ items: () => InspectionResult, nativeEnumName: 'inspection_result', nullable: true })
  @Field(() => InspectionResult, { nullable: true, description: '年检结论, public once approved.' })
  result?: InspectionResult | null;

  /** The deadline as configured when the report was opened (e.g. 31 May of the following year). */
  @Property({ type: 'date' })
  @Field(() => DateScalar)
  dueOn!: string;

  /** Shanghai date of the first submission: what "on time" and "late" are measured by. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  receivedOn?: string | null;

  /** The latest submission (again after a return). */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true })
  reviewer?: Rel<Account> | null;

  /** The officer's latest comment: for the organization and its officers, never public. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  // ---- 基本信息变更 ----
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  basicInfoChanges?: string | null;

  // ---- 内部治理 ----
  @Field(() => Int, { nullable: true })
  @Property(count())
  generalAssemblies?: number | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  boardMeetings?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  responsiblePersonChanges?: string | null;

  // ---- 财务 (yuan) ----
  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  incomeTotal?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  incomeDonations?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  incomeGovernment?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  incomeServices?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  incomeOther?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  expenseTotal?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  expenseCharitable?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  expenseManagement?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  expenseStaff?: string | null;

  /** Net assets may be negative (an organization in deficit). */
  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  netAssetsStart?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  netAssetsEnd?: string | null;

  // ---- 人员 ----
  @Field(() => Int, { nullable: true })
  @Property(count())
  fullTimeStaff?: number | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  certifiedSocialWorkers?: number | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  volunteers?: number | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  volunteerHours?: number | null;

  // ---- 活动 ----
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  activities?: string | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  activityCount?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  majorEvents?: string | null;

  // ---- 基金会: 专项基金 and the spending-ratio base ----
  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', nullable: true })
  publicFundraising?: boolean | null;

  @Field(() => Int, { nullable: true })
  @Property(count())
  specialFundCount?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  specialFundIncome?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property(money())
  specialFundExpense?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  specialFundsSummary?: string | null;

  /** Foundations attach a certified accountant's audit report (DOMAIN.md). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: F.auditFirm.max, nullable: true })
  auditFirm?: string | null;

  /** The cross-checks that fired when it was last saved (cross-checks.ts), with their figures. */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  warnings: StoredWarning[] = [];

  /** Their codes, for the worklist's warning filters (GIN-indexed). */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  @Index({ name: 'annual_report_warning_codes_idx', type: 'gin' })
  warningCodes: string[] = [];

  /** Optimistic lock: two officers reviewing at once, one wins (API.md STALE_VERSION). */
  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Each review of a report (return or approval), so the organization sees every round's comment. */
@Entity({ tableName: 'annual_report_review' })
@Index({ name: 'annual_report_review_report_idx', properties: ['report', 'reviewedAt'] })
@Check({
  name: 'annual_report_review_result_check',
  expression: `(decision = 'APPROVE') = (result is not null)`,
})
@ObjectType({ description: 'One review round of a report: a return with comments, or the approval.' })
export class AnnualReportReview {
  [OptionalProps]?: 'reviewedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AnnualReport)
  report!: Rel<AnnualReport>;

  @Enum({ items: () => ReviewDecision, nativeEnumName: 'review_decision' })
  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Enum({ items: () => InspectionResult, nativeEnumName: 'inspection_result', nullable: true })
  @Field(() => InspectionResult, { nullable: true })
  result?: InspectionResult | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comment?: string | null;

  @ManyToOne(() => Account, { nullable: true })
  reviewer?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  reviewedAt: Date = new Date();
}
