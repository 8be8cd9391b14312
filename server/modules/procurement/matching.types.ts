import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Message } from '../../common/errors.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Organization } from '../registry/organization.entity.js';
import type { OrganizationRecord } from '../registry/registry.records.js';
import { EligibilityRuleCode, MatchFactor } from './enums.js';
import { ServiceNeed } from './service-need.entity.js';

@ObjectType({ description: 'One factor of a match score: its points and why.' })
export class MatchReason {
  @Field(() => MatchFactor)
  factor!: MatchFactor;

  @Field(() => Float)
  points!: number;

  @Field(() => Float, { description: 'The factor’s weight: the most points it can give.' })
  maxPoints!: number;

  @Field(() => String, { description: 'In the caller’s language.' })
  detail!: string;
}

@ObjectType({ description: 'A rule that keeps an organization out, and from when it would not.' })
export class EligibilityBlocker {
  @Field(() => EligibilityRuleCode)
  rule!: EligibilityRuleCode;

  @Field(() => Boolean, { description: 'A statutory rule (always applies) or the buyer’s requirement.' })
  statutory!: boolean;

  @Field(() => String, { description: 'The article applied.' })
  article!: string;

  @Field(() => String)
  detail!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Where a date decides it: the day it stops blocking.',
  })
  eligibleFrom?: string | null;

  /** The detail in both languages, with the article (for a refused proposal's userErrors). */
  message!: Message;
}

@ObjectType({
  description: 'An organization against a need: eligible or not (with why), its score and reasons.',
})
export class SupplierMatch {
  @Field(() => Organization)
  organization!: OrganizationRecord;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => Float, { description: 'Sum of the reasons’ points, 0–100.' })
  score!: number;

  @Field(() => Int, { description: 'Its place in this ranking (1 first).' })
  rank!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];

  @Field(() => [EligibilityBlocker], { description: 'Empty when eligible.' })
  blockers!: EligibilityBlocker[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Readiness advice: when every blocker is decided by a date, the day all have passed.',
  })
  eligibleFrom?: string | null;
}

@ObjectType({ description: 'A published need that fits an organization, ranked the same way.' })
export class FittingServiceNeed {
  @Field(() => ServiceNeed)
  need!: ServiceNeed;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => Float)
  score!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];

  @Field(() => [EligibilityBlocker])
  blockers!: EligibilityBlocker[];

  @Field(() => DateScalar, { nullable: true })
  eligibleFrom?: string | null;
}

@ObjectType({
  description: 'A factor of the match score, its weight (configuration) and how it is computed.',
})
export class MatchWeight {
  @Field(() => MatchFactor)
  factor!: MatchFactor;

  @Field(() => Float)
  weight!: number;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  method!: string;
}

@ObjectType({ description: 'How the ranking is made: the weights, and the tie-break rule.' })
export class MatchMethod {
  @Field(() => [MatchWeight])
  weights!: MatchWeight[];

  @Field(() => String)
  tieBreak!: string;
}
