import {
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
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ChangeApplicationStatus } from './change-application.enums.js';
import { Organization } from './organization.entity.js';
import type { RegisteredItem } from './registered-items.js';

export { ChangeApplicationDecision, ChangeApplicationStatus } from './change-application.enums.js';

/**
 * The values of a change as stored: registered items as text, the sponsor
 * unit as its key (null for none). `requested` holds only what changes;
 * `previous` the same keys' values on the record (at filing, then at the decision).
 */
export type StoredChanges = { [K in RegisteredItem]?: string | null } & { sponsorUnitId?: number | null };

/**
 * 变更登记申请: an organization asks to change its registered items; an
 * officer over it approves (the change is applied through the register's
 * own rules) or rejects it, with a comment. One pending application per
 * organization at a time. Accounts are kept as keys: the identity module
 * comes after the register and answers `filedBy` and `decidedBy`.
 */
@Entity({ tableName: 'change_application' })
@Index({ name: 'change_application_status_idx', properties: ['status', 'filedAt', 'id'] })
@Index({ name: 'change_application_organization_idx', properties: ['organization', 'filedAt'] })
@Check({
  name: 'change_application_decided_check',
  expression: `(status = 'PENDING') = (decided_at is null) and (status <> 'REJECTED' or comment is not null)`,
})
@Check({
  name: 'change_application_applied_check',
  expression: `applied_at is null or status = 'APPROVED'`,
})
@ObjectType({
  implements: Node,
  description: '变更登记申请: an organization’s application to change its registered items.',
})
export class ChangeApplication extends Node {
  [OptionalProps]?: 'globalId' | 'status' | 'version' | 'filedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({
    items: () => ChangeApplicationStatus,
    nativeEnumName: 'change_application_status',
    default: 'PENDING',
  })
  @Field(() => ChangeApplicationStatus)
  status: ChangeApplicationStatus = ChangeApplicationStatus.PENDING;

  @Property({ type: 'json' })
  requested!: StoredChanges;

  @Property({ type: 'json' })
  previous!: StoredChanges;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'When the change takes effect (the resolution date).' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  reason!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  filedAt: Date = new Date();

  @Property({ type: 'integer' })
  filedByAccountId!: number;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  decidedByAccountId?: number | null;

  /**
   * When the approved change was put on the record: at the decision, or (approved for a later
   * date) on its effective date by the daily job. Null while it awaits its date.
   */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'When the approved change was put on the record; null while an approved change awaits its effective date.',
  })
  appliedAt?: Date | null;

  /** The officer's comment (审核意见); required with a rejection. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The officer’s comment; required with a rejection.' })
  comment?: string | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Send it back with a decision; a stale one is refused.' })
  version!: number;
}
