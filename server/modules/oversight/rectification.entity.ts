import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
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
  type Rel,
} from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { AuditFinding } from './audit-case.entity.js';
import { RectificationStatus } from './enums.js';

/**
 * 整改: what a finding requires the organization to fix by a deadline (in
 * working days where the rules say so), its response with evidence and the
 * officer's verification. OPEN → RESPONDED → VERIFIED, or OVERDUE when the
 * deadline passes unanswered (the sweep lists the organization for it).
 */
@Entity({ tableName: 'rectification' })
@Index({ name: 'rectification_status_deadline_idx', properties: ['status', 'deadline'] })
@Index({ name: 'rectification_organization_idx', properties: ['organization', 'status'] })
@Check({ name: 'rectification_deadline_check', expression: 'deadline >= ordered_on' })
@Check({ name: 'rectification_working_days_check', expression: 'working_days is null or working_days > 0' })
@Check({
  name: 'rectification_responded_check',
  expression: `status not in ('RESPONDED', 'VERIFIED') or (responded_at is not null and response is not null)`,
})
@Check({
  name: 'rectification_verified_check',
  expression: `(status = 'VERIFIED') = (verified_at is not null)`,
})
@ObjectType({
  implements: Node,
  description: '整改: what a finding requires, the response and its verification.',
})
export class Rectification extends Node {
  [OptionalProps]?: 'globalId' | 'status' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** A finding requires at most one rectification. */
  @OneToOne(() => AuditFinding, { owner: true, unique: 'rectification_finding_unique' })
  finding!: Rel<AuditFinding>;

  /** The finding's organization, kept here for jurisdiction filters and the sweep. */
  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({ items: () => RectificationStatus, nativeEnumName: 'rectification_status', default: 'OPEN' })
  @Field(() => RectificationStatus)
  status: RectificationStatus = RectificationStatus.OPEN;

  @Property({ type: 'text' })
  @Field(() => String)
  requirement!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  orderedOn!: string;

  /** The last day to respond; computed from `workingDays` on China's official calendar when given. */
  @Property({ type: 'date' })
  @Field(() => DateScalar)
  deadline!: string;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true })
  workingDays?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  response?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  evidence?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  respondedAt?: Date | null;

  /** When the sweep (or an officer) found the deadline passed unanswered. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  overdueOn?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  verifiedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true })
  verifiedBy?: Rel<Account> | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  verificationComment?: string | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
