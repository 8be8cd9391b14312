import { Field, Int, ObjectType } from 'type-graphql';
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
import { AuditCaseKind, FindingCategory, FindingSeverity } from './enums.js';
import { SelfInspectionCampaign } from './self-inspection.entity.js';
import { AUDIT_CASE_FIELDS as C } from './supervision.fields.js';

/**
 * 专项审计 and daily supervision (评估、访谈、审计、查处): one case about one
 * organization, opened and later closed. Working notes are internal, never public.
 */
@Entity({ tableName: 'audit_case' })
@Index({ name: 'audit_case_organization_idx', properties: ['organization', 'openedOn'] })
@Index({ name: 'audit_case_opened_idx', properties: ['openedOn', 'id'] })
@Check({ name: 'audit_case_period_check', expression: 'period_to is null or period_to >= period_from' })
@Check({ name: 'audit_case_closed_check', expression: 'closed_on is null or closed_on >= opened_on' })
@ObjectType({
  implements: Node,
  description: '专项审计 and daily supervision: one case about one organization.',
})
export class AuditCase extends Node {
  [OptionalProps]?: 'globalId' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({ items: () => AuditCaseKind, nativeEnumName: 'audit_case_kind' })
  @Field(() => AuditCaseKind)
  kind!: AuditCaseKind;

  @Property({ type: 'string', length: C.title.max })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  scope!: string;

  /** The period audited (e.g. the last three financial years). */
  @Property({ type: 'date' })
  @Field(() => DateScalar)
  periodFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  periodTo?: string | null;

  /** The officer, the audit firm or the evaluation body doing the work. */
  @Property({ type: 'string', length: C.auditor.max })
  @Field(() => String)
  auditor!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  openedOn!: string;

  /** Null while the case is open (an open investigation bars evaluation, DOMAIN.md). */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  closedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  conclusion?: string | null;

  /** 工作底稿: internal, never public. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '工作底稿: officers over the organization only.' })
  workingNotes?: string | null;

  /** The self-inspection campaign it follows up, if any. */
  @ManyToOne(() => SelfInspectionCampaign, { nullable: true })
  campaign?: Rel<SelfInspectionCampaign> | null;

  @ManyToOne(() => Account, { nullable: true })
  openedBy?: Rel<Account> | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** What a case found: category, severity, description and the amount involved. */
@Entity({ tableName: 'audit_finding' })
@Index({ name: 'audit_finding_case_idx', properties: ['auditCase', 'id'] })
@Check({ name: 'audit_finding_amount_check', expression: 'amount is null or amount >= 0' })
@ObjectType({ implements: Node, description: 'What a case found.' })
export class AuditFinding extends Node {
  [OptionalProps]?: 'globalId' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AuditCase)
  auditCase!: Rel<AuditCase>;

  @Enum({ items: () => FindingCategory, nativeEnumName: 'finding_category' })
  @Field(() => FindingCategory)
  category!: FindingCategory;

  @Enum({ items: () => FindingSeverity, nativeEnumName: 'finding_severity' })
  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  /** 涉及金额, yuan; null when no money is involved. */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  foundOn!: string;

  @ManyToOne(() => Account, { nullable: true })
  recordedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
