import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
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
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { AuditCase } from './audit-case.entity.js';
import { PenaltyKind } from './enums.js';
import { PENALTY_FIELDS as F } from './supervision.fields.js';

/**
 * 行政处罚 from an investigation: a warning, a fine (with its amount),
 * confiscation, suspension for a period, or revocation; each with its legal
 * basis and date. Suspension and revocation change the organization's status
 * through the registry's own rules; penalties are public (信用公示).
 */
@Entity({ tableName: 'penalty' })
@Index({ name: 'penalty_organization_idx', properties: ['organization', 'decidedOn'] })
@Index({ name: 'penalty_kind_decided_idx', properties: ['kind', 'decidedOn'] })
@Check({ name: 'penalty_amount_check', expression: 'amount is null or amount >= 0' })
@Check({
  name: 'penalty_fine_check',
  expression: `kind not in ('FINE', 'CONFISCATION') or (amount is not null and amount > 0)`,
})
@Check({
  name: 'penalty_suspension_check',
  expression: `kind <> 'SUSPENSION' or (suspended_from is not null and suspended_until is not null and suspended_until >= suspended_from)`,
})
@ObjectType({ implements: Node, description: '行政处罚: public, as on the credit publicity platform.' })
export class Penalty extends Node {
  [OptionalProps]?: 'globalId' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  /** The investigation it came from (查处); null for a decision recorded without a case. */
  @ManyToOne(() => AuditCase, { nullable: true })
  auditCase?: Rel<AuditCase> | null;

  @Enum({ items: () => PenaltyKind, nativeEnumName: 'penalty_kind' })
  @Field(() => PenaltyKind)
  kind!: PenaltyKind;

  /** Yuan: the fine, or the value confiscated. */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  suspendedFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  suspendedUntil?: string | null;

  /** When a suspension ended and the organization was restored to ACTIVE. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  restoredOn?: string | null;

  @Property({ type: 'text' })
  @Field(() => String)
  legalBasis!: string;

  @Property({ type: 'string', length: F.decisionNumber.max, nullable: true })
  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  decidedOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  facts?: string | null;

  /** When the penalty was carried out (fine paid, period served); null: unfinished (bars evaluation). */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  completedOn?: string | null;

  @ManyToOne(() => Account, { nullable: true })
  decidedBy?: Rel<Account> | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
