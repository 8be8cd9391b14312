import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import {
  BalanceDestination,
  FundEntryKind,
  FundPurpose,
  FundWarningCode,
  SpecialFundStatus,
} from './enums.js';
import { FundLedgerEntry, SpecialFund } from './special-fund.entity.js';

@InputType({ description: 'Filters of the special funds; all given filters must match.' })
export class SpecialFundFilter {
  @Field(() => String, { nullable: true, description: 'Part of the fund’s or the foundation’s name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  foundationId?: string | null;

  @Field(() => [SpecialFundStatus], { nullable: true })
  statuses?: SpecialFundStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Districts of the foundations, e.g. ["310115"].' })
  districtCodes?: string[] | null;

  @Field(() => [FundWarningCode], {
    nullable: true,
    description: 'Only funds with at least one of these warnings (as of `asOf`).',
  })
  warnings?: FundWarningCode[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day warnings are judged on; today by default.',
  })
  asOf?: string | null;
}

@InputType({ description: '设立专项基金: set up a special fund under a foundation.' })
export class EstablishSpecialFundInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The foundation; a foundation’s own account may leave it out.',
  })
  foundationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Always refused: a special fund cannot hold sub-funds (DOMAIN.md).',
  })
  parentFundId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => [FundPurpose], { nullable: true, description: 'The purposes spending may go to.' })
  scope?: FundPurpose[] | null;

  @Field(() => String, { nullable: true })
  donor?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startedOn?: string | null;

  @Field(() => String, { nullable: true })
  committee?: string | null;

  @Field(() => String, { nullable: true })
  rulesOfUse?: string | null;
}

@InputType({ description: 'A ledger entry: income, spending or a reversing entry.' })
export class RecordFundTransactionInput {
  @Field(() => ID)
  fundId!: string;

  @Field(() => FundEntryKind)
  kind!: FundEntryKind;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Positive; a reversal may leave it out (it takes the reversed amount).',
  })
  amount?: string | null;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The donor, payee or beneficiary.' })
  counterparty?: string | null;

  @Field(() => FundPurpose, { nullable: true, description: 'Required for spending.' })
  purpose?: FundPurpose | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a REVERSAL: the entry it corrects.' })
  reversesEntryId?: string | null;
}

@InputType()
export class ChangeSpecialFundStatusInput {
  @Field(() => ID)
  fundId!: string;

  @Field(() => SpecialFundStatus)
  status!: SpecialFundStatus;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Termination date; today by default.' })
  effectiveOn?: string | null;

  @Field(() => BalanceDestination, {
    nullable: true,
    description: 'On termination: where the balance goes (the foundation by default).',
  })
  balanceDestination?: BalanceDestination | null;

  @Field(() => String, { nullable: true, description: 'With NAMED_PURPOSE: the purpose named.' })
  destinationPurpose?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@ObjectType()
export class SpecialFundPayload extends MutationPayload {
  @Field(() => SpecialFund, { nullable: true })
  specialFund?: SpecialFund | null;
}

@ObjectType()
export class EstablishSpecialFundPayload extends SpecialFundPayload {}
@ObjectType()
export class ChangeSpecialFundStatusPayload extends SpecialFundPayload {
  @Field(() => FundLedgerEntry, { nullable: true, description: 'The balance transfer, on termination.' })
  entry?: FundLedgerEntry | null;
}
@ObjectType()
export class RecordFundTransactionPayload extends SpecialFundPayload {
  @Field(() => FundLedgerEntry, { nullable: true })
  entry?: FundLedgerEntry | null;
}

export type SpecialFundFilterKeys = Keyed<SpecialFundFilter, 'foundationId'>;
export type EstablishSpecialFund = Keyed<EstablishSpecialFundInput, 'foundationId' | 'parentFundId'>;
export type RecordFundTransaction = Keyed<RecordFundTransactionInput, 'fundId' | 'reversesEntryId'>;
export type ChangeSpecialFundStatus = Keyed<ChangeSpecialFundStatusInput, 'fundId'>;
