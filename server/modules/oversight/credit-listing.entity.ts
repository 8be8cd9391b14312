import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import {
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
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditList, ListingSource, RemovalApplicationStatus, RemovalKind } from './enums.js';
import { LISTING_FIELDS as F } from './supervision.fields.js';

/** The facts that fired a rule (a report year and its deadline, a fine and its amount …). */
export type ListingFacts = Record<string, unknown>;

/**
 * 活动异常名录 / 严重违法失信名单 (社会组织信用信息管理办法, 2018): one stay
 * of one organization on one list. An organization may be listed many times
 * over the years, but is on each list at most once at a time (a partial
 * unique index). Listings are public, with their reasons and dates.
 */
@Entity({ tableName: 'credit_listing' })
@Index({ name: 'credit_listing_organization_idx', properties: ['organization', 'since'] })
@Index({ name: 'credit_listing_list_since_idx', properties: ['list', 'since', 'id'] })
@Check({ name: 'credit_listing_removed_check', expression: 'removed_on is null or removed_on >= since' })
@Check({
  name: 'credit_listing_removal_check',
  expression: '(removed_on is null) = (removal_kind is null)',
})
@Check({
  name: 'credit_listing_source_check',
  expression: `(source <> 'RULE' or source_rule is not null) and (source <> 'OFFICER' or listed_by_id is not null)`,
})
@Check({ name: 'credit_listing_clock_check', expression: 'clock_started_on >= since' })
@ObjectType({ implements: Node, description: '信用名单: one stay of one organization on one list (public).' })
export class CreditListing extends Node {
  [OptionalProps]?: 'globalId' | 'facts' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({ items: () => CreditList, nativeEnumName: 'credit_list' })
  @Field(() => CreditList)
  list!: CreditList;

  /** The rule's code, e.g. ABNORMAL_ANNUAL_REPORT. */
  @Property({ type: 'string', length: F.reasonCode.max })
  @Field(() => String)
  reasonCode!: string;

  /** The article it cites, e.g. 《社会组织信用信息管理办法》第十条第（一）项. */
  @Property({ type: 'string', length: F.article.max })
  @Field(() => String)
  article!: string;

  /** What the public page says ("annual report for 2024 not filed by 2025-05-31"). */
  @Property({ type: 'text' })
  @Field(() => String)
  reason!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  since!: string;

  /** Where the removal clock runs from: `since`, restarted by a new cause while listed. */
  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Where the removal clock runs from (restarted by a new cause).' })
  clockStartedOn!: string;

  /** From when it may leave (six months, two years …), as last computed; public. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'From when it may leave the list, as last computed.',
  })
  removableFrom?: string | null;

  @Enum({ items: () => ListingSource, nativeEnumName: 'listing_source' })
  @Field(() => ListingSource)
  source!: ListingSource;

  /** The sweep rule that listed it (source RULE). */
  @Property({ type: 'string', length: F.sourceRule.max, nullable: true })
  @Field(() => String, { nullable: true })
  sourceRule?: string | null;

  /** The officer who listed it (source OFFICER). */
  @ManyToOne(() => Account, { nullable: true })
  listedBy?: Rel<Account> | null;

  @ManyToOne(() => ComplianceSweepRun, { nullable: true })
  sweepRun?: Rel<ComplianceSweepRun> | null;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  @Field(() => GraphQLJSONObject)
  facts: ListingFacts = {};

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  removedOn?: string | null;

  @Enum({ items: () => RemovalKind, nativeEnumName: 'removal_kind', nullable: true })
  @Field(() => RemovalKind, { nullable: true })
  removalKind?: RemovalKind | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  removalReason?: string | null;

  /** The officer who removed it; null when the sweep did. */
  @ManyToOne(() => Account, { nullable: true })
  removedBy?: Rel<Account> | null;

  @ManyToOne(() => ComplianceSweepRun, { nullable: true })
  removalSweepRun?: Rel<ComplianceSweepRun> | null;

  /** The serious-violation listing this one was escalated to (two years on the abnormal list). */
  @ManyToOne(() => CreditListing, { nullable: true })
  escalatedTo?: Rel<CreditListing> | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * Each cause of a listing: the first, and any new one while listed (which
 * restarts the abnormal-list clock). `causeKey` names the cause (e.g.
 * "annual-report:2024") so a second sweep on the same facts adds nothing.
 */
@Entity({ tableName: 'credit_listing_cause' })
@Unique({ name: 'credit_listing_cause_unique', properties: ['listing', 'causeKey'] })
export class CreditListingCause {
  [OptionalProps]?: 'facts' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CreditListing)
  listing!: Rel<CreditListing>;

  @Property({ type: 'string', length: 100 })
  causeKey!: string;

  @Property({ type: 'string', length: F.reasonCode.max })
  reasonCode!: string;

  @Property({ type: 'string', length: F.article.max })
  article!: string;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  facts: ListingFacts = {};

  @ManyToOne(() => ComplianceSweepRun, { nullable: true })
  sweepRun?: Rel<ComplianceSweepRun> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * 移出申请: after correcting the cause, the organization applies; an officer
 * approves (the listing is removed) or refuses, with reasons. One pending
 * application per listing at a time.
 */
@Entity({ tableName: 'removal_application' })
@Index({ name: 'removal_application_status_idx', properties: ['status', 'filedAt'] })
@Index({ name: 'removal_application_organization_idx', properties: ['organization'] })
@Check({
  name: 'removal_application_decided_check',
  expression: `(status = 'PENDING') = (decided_at is null) and (status = 'PENDING' or decision_reason is not null)`,
})
@ObjectType({ implements: Node, description: '移出申请: an organization asks to leave a list.' })
export class RemovalApplication extends Node {
  [OptionalProps]?: 'globalId' | 'status' | 'version' | 'filedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CreditListing)
  listing!: Rel<CreditListing>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({
    items: () => RemovalApplicationStatus,
    nativeEnumName: 'removal_application_status',
    default: 'PENDING',
  })
  @Field(() => RemovalApplicationStatus)
  status: RemovalApplicationStatus = RemovalApplicationStatus.PENDING;

  @Property({ type: 'text' })
  @Field(() => String)
  statement!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  evidence?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  filedAt: Date = new Date();

  @ManyToOne(() => Account, { nullable: true })
  filedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true })
  decidedBy?: Rel<Account> | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisionReason?: string | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;
}
