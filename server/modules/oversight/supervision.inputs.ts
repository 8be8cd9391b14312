import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar } from '../../graphql/scalars.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import {
  AuditCaseKind,
  FindingCategory,
  FindingSeverity,
  PenaltyKind,
  RectificationStatus,
} from './enums.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';

const MONEY = 'Yuan as a string, at most two decimals.';

@InputType({ description: '立案: open an audit, evaluation, interview or investigation of an organization.' })
export class OpenAuditCaseInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => AuditCaseKind) kind!: AuditCaseKind;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) scope?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodTo?: string | null;
  @Field(() => String, { nullable: true }) auditor?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) openedOn?: string | null;
  @Field(() => String, { nullable: true, description: '工作底稿: internal.' }) workingNotes?: string | null;
}

@InputType({
  description: 'What must be fixed, by a date or within working days (China’s official calendar).',
})
export class RectificationOrderInput {
  @Field(() => String, { nullable: true }) requirement?: string | null;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) workingDays?: number | null;
}

@InputType()
export class RecordAuditFindingInput {
  @Field(() => ID) auditCaseId!: string;
  @Field(() => FindingCategory) category!: FindingCategory;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: MONEY }) amount?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) foundOn?: string | null;
  @Field(() => RectificationOrderInput, { nullable: true, description: 'Orders a rectification.' })
  rectification?: RectificationOrderInput | null;
}

@InputType()
export class CloseAuditCaseInput {
  @Field(() => ID) auditCaseId!: string;
  @Field(() => String, { nullable: true }) conclusion?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) closedOn?: string | null;
  @Field(() => String, { nullable: true }) workingNotes?: string | null;
  @Field(() => Int) version!: number;
}

@InputType({ description: "The organization's response to a rectification, with its evidence." })
export class ResolveRectificationInput {
  @Field(() => ID) rectificationId!: string;
  @Field(() => String, { nullable: true }) response?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

@InputType({ description: "The officer's check of a response: accepted, or sent back with a new deadline." })
export class VerifyRectificationInput {
  @Field(() => ID) rectificationId!: string;
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => Int, { nullable: true, description: 'Sent back: working days for the new deadline.' })
  workingDays?: number | null;
  @Field(() => Int) version!: number;
}

@InputType({ description: '行政处罚: a decision, with its legal basis and date.' })
export class ImposePenaltyInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { nullable: true, description: 'The investigation (查处) it came from.' })
  auditCaseId?: string | null;
  @Field(() => PenaltyKind) kind!: PenaltyKind;
  @Field(() => String, { nullable: true, description: `Fine or value confiscated. ${MONEY}` })
  amount?: string | null;
  @Field(() => DateScalar, { nullable: true }) suspendedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) suspendedUntil?: string | null;
  @Field(() => String, { nullable: true }) legalBasis?: string | null;
  @Field(() => String, { nullable: true }) decisionNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => String, { nullable: true }) facts?: string | null;
}

@InputType()
export class AuditCaseFilter {
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => [AuditCaseKind], { nullable: true }) kinds?: AuditCaseKind[] | null;
  @Field(() => Boolean, { nullable: true }) open?: boolean | null;
}

@InputType()
export class RectificationFilter {
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => [RectificationStatus], { nullable: true }) statuses?: RectificationStatus[] | null;
}

@InputType()
export class PenaltyFilter {
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => [PenaltyKind], { nullable: true }) kinds?: PenaltyKind[] | null;
}

@ObjectType()
export class AuditCasePayload extends MutationPayload {
  @Field(() => AuditCase, { nullable: true }) auditCase?: AuditCase | null;
}
@ObjectType()
export class OpenAuditCasePayload extends AuditCasePayload {}
@ObjectType()
export class CloseAuditCasePayload extends AuditCasePayload {}

@ObjectType()
export class RecordAuditFindingPayload extends MutationPayload {
  @Field(() => AuditFinding, { nullable: true }) finding?: AuditFinding | null;
  @Field(() => Rectification, { nullable: true }) rectification?: Rectification | null;
}

@ObjectType()
export class RectificationPayload extends MutationPayload {
  @Field(() => Rectification, { nullable: true }) rectification?: Rectification | null;
}
@ObjectType()
export class ResolveRectificationPayload extends RectificationPayload {}
@ObjectType()
export class VerifyRectificationPayload extends RectificationPayload {}

@ObjectType()
export class ImposePenaltyPayload extends MutationPayload {
  @Field(() => Penalty, { nullable: true }) penalty?: Penalty | null;
}

export type OpenAuditCase = Keyed<OpenAuditCaseInput, 'organizationId'>;
export type RecordAuditFinding = Keyed<RecordAuditFindingInput, 'auditCaseId'>;
export type CloseAuditCase = Keyed<CloseAuditCaseInput, 'auditCaseId'>;
export type ResolveRectification = Keyed<ResolveRectificationInput, 'rectificationId'>;
export type VerifyRectification = Keyed<VerifyRectificationInput, 'rectificationId'>;
export type ImposePenalty = Keyed<ImposePenaltyInput, 'organizationId' | 'auditCaseId'>;
export type AuditCaseFilterKeys = Keyed<AuditCaseFilter, 'organizationId'>;
export type RectificationFilterKeys = Keyed<RectificationFilter, 'organizationId'>;
export type PenaltyFilterKeys = Keyed<PenaltyFilter, 'organizationId'>;
