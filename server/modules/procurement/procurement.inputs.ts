import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DecimalScalar, DateScalar } from '../../graphql/scalars.js';
import { OrganizationType } from '../registry/enums.js';
import {
  EvaluationFactor,
  RedFlagKind,
  ServiceCategory,
  ServiceNeedStatus,
  StaffQualification,
} from './enums.js';
import { Proposal, ServiceContract } from './proposal.entity.js';
import { ServiceNeed, ServiceNeedAmendment } from './service-need.entity.js';
import { NeedSubscription, ProcurementNotification, SupplierProfile } from './supplier-profile.entity.js';

@InputType({ description: 'Filters of the service needs; all given filters must match.' })
export class ServiceNeedFilter {
  @Field(() => [ServiceNeedStatus], { nullable: true })
  statuses?: ServiceNeedStatus[] | null;

  @Field(() => [ServiceCategory], { nullable: true })
  categories?: ServiceCategory[] | null;

  @Field(() => [String], { nullable: true, description: 'Needs delivered in any of these districts.' })
  districtCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The buying department (exact name).' })
  department?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Buyers: only their own department’s needs.' })
  mine?: boolean | null;
}

@InputType({ description: 'The weight of one evaluation factor, in percent.' })
export class EvaluationWeightInput {
  @Field(() => EvaluationFactor)
  factor!: EvaluationFactor;

  @Field(() => Int)
  weight!: number;
}

@InputType({ description: 'A staff count for one qualification.' })
export class StaffCountInput {
  @Field(() => StaffQualification)
  qualification!: StaffQualification;

  @Field(() => Int)
  count!: number;
}

@InputType({ description: 'The buyer’s own requirements, on top of the statutory eligibility.' })
export class NeedRequirementsInput {
  @Field(() => [OrganizationType], { nullable: true, description: 'Empty or absent: every type.' })
  organizationTypes?: OrganizationType[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum evaluation grade, 1–5 (5 = 5A).' })
  minRating?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum full years since registration.' })
  minYears?: number | null;

  @Field(() => [StaffQualification], { nullable: true })
  qualifications?: StaffQualification[] | null;

  @Field(() => Int, { nullable: true, description: 'People the supplier serves a year, at least.' })
  minCapacity?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only suppliers meeting the recommended catalogue (推荐目录).',
  })
  recommendedCatalogue?: boolean | null;
}

@InputType({ description: 'Saves a draft need: a new one without needId, else the draft named.' })
export class SaveServiceNeedInput {
  @Field(() => ID, { nullable: true })
  needId?: string | null;

  @Field(() => Int, { nullable: true, description: 'With needId: the version edited.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceCategory, { nullable: true })
  category?: ServiceCategory | null;

  @Field(() => [String], { nullable: true })
  districtCodes?: string[] | null;

  @Field(() => DecimalScalar, { nullable: true })
  budget?: string | null;

  @Field(() => DateScalar, { nullable: true })
  serviceStart?: string | null;

  @Field(() => DateScalar, { nullable: true })
  serviceEnd?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  deadline?: Date | null;

  @Field(() => NeedRequirementsInput, { nullable: true })
  requirements?: NeedRequirementsInput | null;

  @Field(() => [EvaluationWeightInput], {
    nullable: true,
    description: '综合评分法: PRICE and the quality factors, summing to 100.',
  })
  weights?: EvaluationWeightInput[] | null;
}

@InputType()
export class ServiceNeedActionInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class CancelServiceNeedInput extends ServiceNeedActionInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: '更正: change a published need; the deadline must move later.' })
export class AmendServiceNeedInput extends ServiceNeedActionInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'The new deadline, later than the old.' })
  deadline?: Date | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  budget?: string | null;

  @Field(() => NeedRequirementsInput, { nullable: true })
  requirements?: NeedRequirementsInput | null;

  @Field(() => [EvaluationWeightInput], { nullable: true })
  weights?: EvaluationWeightInput[] | null;
}

@InputType()
export class SubmitProposalInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => DecimalScalar, { nullable: true })
  price?: string | null;

  @Field(() => String, { nullable: true })
  plan?: string | null;

  @Field(() => String, { nullable: true })
  team?: string | null;
}

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  proposalId!: string;
}

@InputType({ description: 'Points for one quality factor, from 0 to its weight.' })
export class FactorScoreInput {
  @Field(() => EvaluationFactor)
  factor!: EvaluationFactor;

  @Field(() => DecimalScalar)
  points!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType({ description: 'The buyer scores a proposal’s quality factors (PRICE is computed).' })
export class EvaluateProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => [FactorScoreInput])
  scores!: FactorScoreInput[];
}

@InputType()
export class AwardServiceNeedInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  proposalId!: string;
}

@InputType({ description: '履约评价: the buyer rates the work after the period.' })
export class RateContractInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => Int)
  rating!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Delivered within the period (true by default).' })
  deliveredOnTime?: boolean | null;
}

@InputType({ description: 'An organization’s own service catalogue (all fields replace the stored ones).' })
export class UpdateSupplierProfileInput {
  @Field(() => ID, { nullable: true, description: 'An organization account may leave it out (its own).' })
  organizationId?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field(() => [ServiceCategory], { nullable: true })
  categories?: ServiceCategory[] | null;

  @Field(() => [String], { nullable: true })
  districtCodes?: string[] | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => [StaffCountInput], { nullable: true })
  staff?: StaffCountInput[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  pastCases?: string | null;
}

@InputType({ description: 'Subscribe to needs of these categories and districts (empty: all).' })
export class SubscribeToNeedsInput {
  @Field(() => [ServiceCategory], { nullable: true })
  categories?: ServiceCategory[] | null;

  @Field(() => [String], { nullable: true })
  districtCodes?: string[] | null;
}

@InputType()
export class UnsubscribeFromNeedsInput {
  @Field(() => Boolean, { nullable: true, description: 'Ignored; GraphQL wants a field.' })
  confirm?: boolean | null;
}

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID)
  notificationId!: string;
}

@InputType({ description: 'Filters of the red flags.' })
export class RedFlagFilter {
  @Field(() => [RedFlagKind], { nullable: true })
  kinds?: RedFlagKind[] | null;

  @Field(() => String, { nullable: true, description: 'The buying department (exact name).' })
  department?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

@ObjectType()
export class ServiceNeedPayload extends MutationPayload {
  @Field(() => ServiceNeed, { nullable: true })
  serviceNeed?: ServiceNeed | null;
}
@ObjectType()
export class SaveServiceNeedPayload extends ServiceNeedPayload {}
@ObjectType()
export class PublishServiceNeedPayload extends ServiceNeedPayload {}
@ObjectType()
export class CloseServiceNeedPayload extends ServiceNeedPayload {}
@ObjectType()
export class CancelServiceNeedPayload extends ServiceNeedPayload {}
@ObjectType()
export class AmendServiceNeedPayload extends ServiceNeedPayload {
  @Field(() => ServiceNeedAmendment, { nullable: true })
  amendment?: ServiceNeedAmendment | null;
}

@ObjectType()
export class ProposalPayload extends MutationPayload {
  @Field(() => Proposal, { nullable: true })
  proposal?: Proposal | null;
}
@ObjectType()
export class SubmitProposalPayload extends ProposalPayload {}
@ObjectType()
export class WithdrawProposalPayload extends ProposalPayload {}
@ObjectType()
export class EvaluateProposalPayload extends ProposalPayload {}

@ObjectType()
export class AwardServiceNeedPayload extends MutationPayload {
  @Field(() => ServiceNeed, { nullable: true })
  serviceNeed?: ServiceNeed | null;

  @Field(() => ServiceContract, { nullable: true })
  contract?: ServiceContract | null;
}

@ObjectType()
export class RateContractPayload extends MutationPayload {
  @Field(() => ServiceContract, { nullable: true })
  contract?: ServiceContract | null;
}

@ObjectType()
export class UpdateSupplierProfilePayload extends MutationPayload {
  @Field(() => SupplierProfile, { nullable: true })
  supplierProfile?: SupplierProfile | null;
}

@ObjectType()
export class SubscribeToNeedsPayload extends MutationPayload {
  @Field(() => NeedSubscription, { nullable: true })
  subscription?: NeedSubscription | null;
}
@ObjectType()
export class UnsubscribeFromNeedsPayload extends MutationPayload {
  @Field(() => Boolean)
  removed!: boolean;
}

@ObjectType()
export class MarkNotificationReadPayload extends MutationPayload {
  @Field(() => ProcurementNotification, { nullable: true })
  notification?: ProcurementNotification | null;
}

export type SaveServiceNeed = Keyed<SaveServiceNeedInput, 'needId'>;
export type ServiceNeedAction = Keyed<ServiceNeedActionInput, 'needId'>;
export type CancelServiceNeed = Keyed<CancelServiceNeedInput, 'needId'>;
export type AmendServiceNeed = Keyed<AmendServiceNeedInput, 'needId'>;
export type SubmitProposal = Keyed<SubmitProposalInput, 'needId'>;
export type EvaluateProposal = Keyed<EvaluateProposalInput, 'proposalId'>;
export type AwardServiceNeed = Keyed<AwardServiceNeedInput, 'needId' | 'proposalId'>;
export type RateContract = Keyed<RateContractInput, 'contractId'>;
export type UpdateSupplierProfile = Keyed<UpdateSupplierProfileInput, 'organizationId'>;
export type RedFlagFilterKeys = Keyed<RedFlagFilter, 'organizationId'>;
