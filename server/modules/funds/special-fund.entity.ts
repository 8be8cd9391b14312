import {
  ArrayType,
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
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { FundEntryDirection, FundEntryKind, FundPurpose, SpecialFundStatus } from './enums.js';
import { ENTRY_FIELDS as E, FUND_FIELDS as F } from './special-fund.fields.js';

/**
 * 专项基金: a fund under a foundation, without legal personality (DOMAIN.md).
 * There is no parent column: a fund under a fund cannot be stored. The
 * balance is kept by the ledger's insert trigger, never by the application,
 * and `CHECK (balance >= 0)` refuses an overdraft in the database itself.
 */
@Entity({ tableName: 'special_fund' })
@Unique({ name: 'special_fund_foundation_name_unique', properties: ['foundation', 'name'] })
@Index({ name: 'special_fund_name_sort_idx', properties: ['name', 'id'] })
@Check({ name: 'special_fund_balance_check', expression: 'balance >= 0' })
@Check({
  name: 'special_fund_terminated_check',
  expression: `(status = 'TERMINATED') = (terminated_on is not null)`,
})
@ObjectType({ implements: Node, description: '专项基金: a special fund of a foundation.' })
export class SpecialFund extends Node {
  [OptionalProps]?: 'globalId' | 'status' | 'balance' | 'version' | 'createdAt' | 'lastActivityOn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization, { index: true })
  foundation!: Rel<Organization>;

  @Property({ type: 'string', length: F.name.max })
  @Field(() => String)
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  purpose!: string;

  /** The purposes its agreement allows; spending on any other is flagged (OUT_OF_SCOPE). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [FundPurpose])
  scope!: FundPurpose[];

  @Property({ type: 'string', length: F.donor.max })
  @Field(() => String, { description: '捐赠方或发起方' })
  donor!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  startedOn!: string;

  @Property({ type: 'text' })
  @Field(() => String, { nullable: true, description: '管理委员会 (its managers and own foundation only).' })
  committee!: string;

  @Property({ type: 'text' })
  @Field(() => String, { nullable: true, description: '使用规则 (its managers and own foundation only).' })
  rulesOfUse!: string;

  @Enum({ items: () => SpecialFundStatus, nativeEnumName: 'special_fund_status', default: 'ACTIVE' })
  @Index()
  @Field(() => SpecialFundStatus)
  status: SpecialFundStatus = SpecialFundStatus.ACTIVE;

  @Property({ type: 'string', length: F.statusReason.max, nullable: true })
  @Field(() => String, { nullable: true })
  statusReason?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  terminatedOn?: string | null;

  /** Kept by the ledger trigger (fund_ledger_apply): read it, never assign it. */
  @Property({ type: 'decimal', precision: 18, scale: 2, defaultRaw: '0' })
  @Field(() => DecimalScalar, { nullable: true, description: 'The balance, from the ledger.' })
  balance!: string;

  /** The latest ledger date, for the dormant-fund warning; kept by the ledger trigger. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  lastActivityOn?: string | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** The day a list judged its warnings on (its filter's `asOf`); not stored. */
  listedAsOf?: string;
}

/**
 * One line of a fund's ledger. Append-only (a trigger refuses UPDATE and
 * DELETE): a correction is a REVERSAL that names the entry it reverses, at
 * most once (UNIQUE). `balanceAfter` is set by the insert trigger.
 */
@Entity({ tableName: 'fund_ledger_entry' })
@Index({ name: 'fund_ledger_entry_fund_idx', properties: ['fund', 'occurredOn', 'id'] })
@Check({ name: 'fund_ledger_entry_amount_check', expression: 'amount > 0' })
@Check({ name: 'fund_ledger_entry_balance_check', expression: 'balance_after >= 0' })
@Check({
  name: 'fund_ledger_entry_reversal_check',
  expression: `(kind = 'REVERSAL') = (reverses_id is not null)`,
})
@Check({
  name: 'fund_ledger_entry_direction_check',
  expression: `kind = 'REVERSAL' or (kind = 'DONATION') = (direction = 'IN')`,
})
@Check({
  name: 'fund_ledger_entry_purpose_check',
  expression: `kind not in ('CHARITABLE_SPENDING', 'ADMINISTRATIVE_SPENDING') or purpose is not null`,
})
@ObjectType({
  implements: Node,
  description: 'A line of a special fund’s ledger (its managers and own foundation only).',
})
export class FundLedgerEntry extends Node {
  [OptionalProps]?: 'globalId' | 'balanceAfter' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SpecialFund)
  fund!: Rel<SpecialFund>;

  @Enum({ items: () => FundEntryKind, nativeEnumName: 'fund_entry_kind' })
  @Field(() => FundEntryKind)
  kind!: FundEntryKind;

  @Enum({ items: () => FundEntryDirection, nativeEnumName: 'fund_entry_direction' })
  @Field(() => FundEntryDirection)
  direction!: FundEntryDirection;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar)
  amount!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  occurredOn!: string;

  @Property({ type: 'string', length: E.counterparty.max })
  @Field(() => String)
  counterparty!: string;

  @Enum({ items: () => FundPurpose, nativeEnumName: 'fund_purpose', nullable: true })
  @Field(() => FundPurpose, { nullable: true })
  purpose?: FundPurpose | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @OneToOne(() => FundLedgerEntry, { nullable: true, unique: 'fund_ledger_entry_reverses_unique' })
  reverses?: Rel<FundLedgerEntry> | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, defaultRaw: '0' })
  @Field(() => DecimalScalar)
  balanceAfter!: string;

  @ManyToOne(() => Account, { nullable: true })
  recordedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
