import {
  ArrayType,
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
import { Organization } from '../registry/organization.entity.js';
import { NotificationKind, ServiceCategory, StaffQualification } from './enums.js';
import { ServiceNeed } from './service-need.entity.js';

/** Staff holding each qualification. */
export type StaffCounts = Partial<Record<StaffQualification, number>>;

/**
 * 服务目录: what an organization offers as a supplier. The organization edits it; the track
 * record is computed from its contracts and never stored here.
 */
@Entity({ tableName: 'supplier_profile' })
@ObjectType({ description: '服务目录: an organization’s service catalogue as a supplier.' })
export class SupplierProfile {
  [OptionalProps]?: 'version' | 'updatedAt' | 'staff' | 'pastCases';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Organization, { unique: 'supplier_profile_organization_unique', owner: true })
  organization!: Rel<Organization>;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Index({ name: 'supplier_profile_categories_idx', type: 'gin' })
  @Field(() => [ServiceCategory])
  categories!: ServiceCategory[];

  @Property({ type: ArrayType, columnType: 'text[]' })
  districtCodes!: string[];

  /** People served a year. */
  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'People served a year.' })
  capacity!: number;

  /** Qualification → people holding it. */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  staff: StaffCounts = {};

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  @Property({ type: 'text', defaultRaw: `''` })
  @Field(() => String)
  pastCases: string = '';

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeResolver)
  updatedAt: Date = new Date();
}

/** 订阅: the categories and districts an organization wants to hear about (one per organization). */
@Entity({ tableName: 'need_subscription' })
@ObjectType({ description: 'What an organization is notified about when a need is published.' })
export class NeedSubscription {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Organization, { unique: 'need_subscription_organization_unique', owner: true })
  organization!: Rel<Organization>;

  /** Empty: every category. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [ServiceCategory])
  categories!: ServiceCategory[];

  /** Empty: every district. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String])
  districtCodes!: string[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/** 站内通知: one message in an organization's in-portal inbox. */
@Entity({ tableName: 'procurement_notification' })
@Index({ name: 'procurement_notification_inbox_idx', properties: ['organization', 'id'] })
@Unique({ name: 'procurement_notification_once_unique', properties: ['organization', 'need', 'kind'] })
@ObjectType({ implements: Node, description: '站内通知: a message in an organization’s inbox.' })
export class ProcurementNotification extends Node {
  [OptionalProps]?: 'globalId' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @ManyToOne(() => ServiceNeed)
  need!: Rel<ServiceNeed>;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  readAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
