import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { EvaluationFactor, ProposalStatus } from './enums.js';
import { ServiceNeed } from './service-need.entity.js';

/**
 * 响应方案: an organization's proposal for a need. One row per need and organization: a
 * withdrawn proposal may be submitted again before the deadline (the same row).
 */
@Entity({ tableName: 'proposal' })
@Unique({ name: 'proposal_need_organization_unique', properties: ['need', 'organization'] })
@Index({ name: 'proposal_organization_idx', properties: ['organization', 'id'] })
@Check({ name: 'proposal_price_check', expression: 'price > 0' })
@ObjectType({
  implements: Node,
  description: '响应方案: a proposal (its organization, the buyer and officers).',
})
export class Proposal extends Node {
  [OptionalProps]?: 'globalId' | 'status' | 'version' | 'submittedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ServiceNeed)
  need!: Rel<ServiceNeed>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar)
  price!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  plan!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  team!: string;

  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status', default: 'SUBMITTED' })
  @Field(() => ProposalStatus)
  status: ProposalStatus = ProposalStatus.SUBMITTED;

  @ManyToOne(() => Account, { nullable: true })
  submittedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  submittedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;
}

/** A buyer's score of one quality factor of a proposal, with who gave it (every score is kept). */
@Entity({ tableName: 'proposal_score' })
@Unique({ name: 'proposal_score_factor_unique', properties: ['proposal', 'factor'] })
@Check({ name: 'proposal_score_points_check', expression: 'points >= 0' })
@ObjectType({ description: 'A buyer’s score of one evaluation factor.' })
export class ProposalScore {
  [OptionalProps]?: 'scoredAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Proposal)
  proposal!: Rel<Proposal>;

  @Enum({ items: () => EvaluationFactor, nativeEnumName: 'evaluation_factor' })
  @Field(() => EvaluationFactor)
  factor!: EvaluationFactor;

  /** Out of the factor's weight (a factor weighted 30% scores 0–30). */
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar)
  points!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comment?: string | null;

  @ManyToOne(() => Account)
  scoredBy!: Rel<Account>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  scoredAt: Date = new Date();
}

/**
 * 合同: the award of a need to one proposal. `need` is unique: one award per need, even when
 * two awards race (the need row is locked too). The rating after the period feeds the
 * supplier's track record.
 */
@Entity({ tableName: 'service_contract' })
@Index({ name: 'service_contract_supplier_idx', properties: ['supplier', 'awardedAt'] })
@Index({ name: 'service_contract_department_idx', properties: ['department', 'awardedAt'] })
@Check({ name: 'service_contract_amount_check', expression: 'amount > 0' })
@Check({ name: 'service_contract_rating_check', expression: 'rating is null or rating between 1 and 5' })
@ObjectType({ implements: Node, description: '合同: an awarded need’s contract (public).' })
export class ServiceContract extends Node {
  [OptionalProps]?: 'globalId' | 'awardedAt' | 'version';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => ServiceNeed, { unique: 'service_contract_need_unique', owner: true })
  need!: Rel<ServiceNeed>;

  @OneToOne(() => Proposal, { unique: 'service_contract_proposal_unique', owner: true })
  proposal!: Rel<Proposal>;

  @ManyToOne(() => Organization)
  supplier!: Rel<Organization>;

  /** The buyer's department, copied from the need (red flags and fairness read it). */
  @Property({ type: 'string', length: 100 })
  department!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar)
  amount!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  periodStart!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  periodEnd!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  awardedAt: Date = new Date();

  @ManyToOne(() => Account, { nullable: true })
  awardedBy?: Rel<Account> | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '1–5, given by the buyer after the period.' })
  rating?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Delivered within the period (the buyer says).' })
  deliveredOnTime?: boolean | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  ratedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true })
  ratedBy?: Rel<Account> | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;
}
