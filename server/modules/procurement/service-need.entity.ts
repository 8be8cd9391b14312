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
  type Rel,
} from '@mikro-orm/core';
import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Account } from '../identity/account.entity.js';
import { OrganizationType } from '../registry/enums.js';
import { EvaluationFactor, ServiceCategory, ServiceNeedStatus, StaffQualification } from './enums.js';
import { NEED_FIELDS as F } from './procurement.fields.js';

/** The weight of each evaluation factor, in percent, summing to 100 (PRICE at least the configured minimum). */
export type EvaluationWeights = Partial<Record<EvaluationFactor, number>>;

/**
 * 服务需求: what a buying department (a state organ, 财政部令第102号) wants to buy, its
 * requirements and its evaluation method (综合评分法). Drafts are the department's own;
 * from publication it is public, and its requirements and weights change only by an
 * amendment (reason, new deadline, shown publicly), as in Prozorro.
 */
@Entity({ tableName: 'service_need' })
@Index({ name: 'service_need_status_idx', properties: ['status', 'deadline', 'id'] })
@Index({ name: 'service_need_department_idx', properties: ['department', 'id'] })
@Check({ name: 'service_need_budget_check', expression: 'budget > 0' })
@Check({ name: 'service_need_period_check', expression: 'service_end >= service_start' })
@Check({
  name: 'service_need_cancelled_check',
  expression: `(status = 'CANCELLED') = (cancel_reason is not null)`,
})
@ObjectType({ implements: Node, description: '服务需求: a department’s need for a purchased service.' })
export class ServiceNeed extends Node {
  [OptionalProps]?:
    | 'globalId'
    | 'status'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'allowedTypes'
    | 'requiredQualifications'
    | 'recommendedCatalogue';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: F.title.max })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  @Enum({ items: () => ServiceCategory, nativeEnumName: 'service_category' })
  @Field(() => ServiceCategory)
  category!: ServiceCategory;

  /** GB/T 2260 codes of the districts where the service is delivered. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  districtCodes!: string[];

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar)
  budget!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  serviceStart!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  serviceEnd!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'Proposals are taken until this instant.' })
  deadline!: Date;

  /** Requirements (the buyer's own, on top of the statutory ones); empty list: every type. */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  allowedTypes: OrganizationType[] = [];

  @Property({ type: 'smallint', nullable: true })
  minRating?: number | null;

  @Property({ type: 'smallint', nullable: true })
  minYears?: number | null;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  requiredQualifications: StaffQualification[] = [];

  @Property({ type: 'integer', nullable: true })
  minCapacity?: number | null;

  /** Only suppliers meeting Shanghai's recommended-catalogue conditions (推荐目录). */
  @Property({ type: 'boolean', default: false })
  recommendedCatalogue: boolean = false;

  /** 综合评分法: percent per factor (PRICE ≥ the configured minimum, 87号令 Art. 55). */
  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'Percent per EvaluationFactor, summing to 100.' })
  weights!: EvaluationWeights;

  /** The buying department (the BUYER account's department). */
  @Property({ type: 'string', length: F.department.max })
  @Field(() => String)
  department!: string;

  @ManyToOne(() => Account, { nullable: true })
  createdBy?: Rel<Account> | null;

  @Enum({ items: () => ServiceNeedStatus, nativeEnumName: 'service_need_status', default: 'DRAFT' })
  status: ServiceNeedStatus = ServiceNeedStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  awardedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Send it back with an edit; a stale one is refused.' })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeResolver)
  updatedAt: Date = new Date();
}

/** 更正公告: a change after publication, with its reason and the extended deadline; public. */
@Entity({ tableName: 'service_need_amendment' })
@Index({ name: 'service_need_amendment_need_idx', properties: ['need', 'id'] })
@ObjectType({ implements: Node, description: '更正公告: an amendment of a published need.' })
export class ServiceNeedAmendment extends Node {
  [OptionalProps]?: 'globalId' | 'amendedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ServiceNeed)
  need!: Rel<ServiceNeed>;

  @Property({ type: 'text' })
  @Field(() => String)
  reason!: string;

  /** Field → { before, after }. */
  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'What changed: field → { before, after }.' })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  previousDeadline!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  newDeadline!: Date;

  @ManyToOne(() => Account, { nullable: true })
  amendedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  amendedAt: Date = new Date();
}
