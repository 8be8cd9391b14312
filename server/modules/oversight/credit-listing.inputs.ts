import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditListing, RemovalApplication } from './credit-listing.entity.js';
import { CreditList, RemovalApplicationStatus } from './enums.js';

@InputType()
export class CreditListingFilter {
  @Field(() => CreditList, { nullable: true }) list?: CreditList | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Current listings only (true) or removed ones (false).',
  })
  active?: boolean | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@InputType({ description: "列入: an officer's listing decision, for a ground the sweep cannot see." })
export class PlaceOnCreditListInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => CreditList) list!: CreditList;
  @Field(() => String, { nullable: true, description: 'e.g. ADDRESS_UNREACHABLE' }) reasonCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'The article it cites.' }) article?: string | null;
  @Field(() => String, { nullable: true, description: 'What the public page says.' }) reason?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) since?: string | null;
}

@InputType()
export class RemoveFromCreditListInput {
  @Field(() => ID) listingId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) removedOn?: string | null;
  @Field(() => Int) version!: number;
}

@InputType({ description: '移出申请: filed by the organization after correcting the cause.' })
export class ApplyForCreditListRemovalInput {
  @Field(() => ID) listingId!: string;
  @Field(() => String, { nullable: true }) statement?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType()
export class DecideCreditListRemovalInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class RemovalApplicationFilter {
  @Field(() => [RemovalApplicationStatus], { nullable: true }) statuses?: RemovalApplicationStatus[] | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@InputType({ description: "What-if values for one dry run; the configured policy's when absent." })
export class ComplianceThresholdsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Fines from this amount (yuan) go to the serious list.',
  })
  largeFineYuan?: string | null;
  @Field(() => Int, { nullable: true }) abnormalAutoRemovalMonths?: number | null;
  @Field(() => Int, { nullable: true }) escalationYears?: number | null;
  @Field(() => Int, { nullable: true }) seriousCleanYears?: number | null;
  @Field(() => Int, { nullable: true }) repeatCount?: number | null;
  @Field(() => Int, { nullable: true }) repeatWindowYears?: number | null;
  @Field(() => Int, { nullable: true }) reportLookbackYears?: number | null;
}

@InputType()
export class RunComplianceSweepInput {
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) asOf?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) dryRun?: boolean | null;
  @Field(() => ComplianceThresholdsInput, { nullable: true }) thresholds?: ComplianceThresholdsInput | null;
}

@InputType()
export class EnqueueComplianceSweepInput {
  @Field(() => DateScalar, { nullable: true }) asOf?: string | null;
}

@ObjectType({ description: 'What a sweep did (or would do) to one organization, and why.' })
export class SweepAction {
  /** Its organization, loaded only when asked for (SweepActionResolver). */
  organizationId!: number;
  @Field(() => CreditList) list!: CreditList;
  @Field(() => String) rule!: string;
  @Field(() => String) article!: string;
  @Field(() => GraphQLJSONObject) facts!: Record<string, unknown>;
  @Field(() => String, { description: "In the viewer's language." }) reason!: string;
  @Field(() => DateScalar, { description: 'Listed since, removed on, or the restarted clock.' }) on!: string;
}

/** Its lists and counts are resolved by ComplianceSweepPayloadResolver (empty after userErrors). */
@ObjectType()
export class ComplianceSweepPayload extends MutationPayload {
  listed: SweepAction[] = [];
  removed: SweepAction[] = [];
  escalated: SweepAction[] = [];
  restarted: SweepAction[] = [];
  overdueRectifications = 0;
  dryRun = false;
  @Field(() => DateScalar, { nullable: true }) asOf?: string | null;
  @Field(() => ComplianceSweepRun, { nullable: true, description: 'The recorded run (real runs).' })
  run?: ComplianceSweepRun | null;
}

@ObjectType()
export class EnqueueComplianceSweepPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'The queued job; null when one is already waiting.' })
  jobId?: string | null;
}

@ObjectType()
export class CreditListingPayload extends MutationPayload {
  @Field(() => CreditListing, { nullable: true }) listing?: CreditListing | null;
}
@ObjectType()
export class PlaceOnCreditListPayload extends CreditListingPayload {}
@ObjectType()
export class RemoveFromCreditListPayload extends CreditListingPayload {}

@ObjectType()
export class RemovalApplicationPayload extends MutationPayload {
  @Field(() => RemovalApplication, { nullable: true }) application?: RemovalApplication | null;
}
@ObjectType()
export class ApplyForCreditListRemovalPayload extends RemovalApplicationPayload {}
@ObjectType()
export class DecideCreditListRemovalPayload extends RemovalApplicationPayload {}

export type CreditListingFilterKeys = Keyed<CreditListingFilter, 'organizationId'>;
export type PlaceOnCreditList = Keyed<PlaceOnCreditListInput, 'organizationId'>;
export type RemoveFromCreditList = Keyed<RemoveFromCreditListInput, 'listingId'>;
export type ApplyForCreditListRemoval = Keyed<ApplyForCreditListRemovalInput, 'listingId'>;
export type DecideCreditListRemoval = Keyed<DecideCreditListRemovalInput, 'applicationId'>;
export type RemovalApplicationFilterKeys = Keyed<RemovalApplicationFilter, 'organizationId'>;
