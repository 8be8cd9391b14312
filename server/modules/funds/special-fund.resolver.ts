import type { OrganizationRecord } from '../registry/registry.records.js';
import DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { decodeId, toGlobalId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Organization } from '../registry/organization.entity.js';
import { FundWarningCode } from './enums.js';
import type { FundWarningShape } from './fund-monitor.js';
import type { FundsServices } from './index.js';
import { FundLedgerEntry, SpecialFund } from './special-fund.entity.js';
import {
  ChangeSpecialFundStatusInput,
  ChangeSpecialFundStatusPayload,
  EstablishSpecialFundInput,
  EstablishSpecialFundPayload,
  RecordFundTransactionInput,
  RecordFundTransactionPayload,
  SpecialFundFilter,
} from './special-fund.inputs.js';

export const SpecialFundConnection = ConnectionType(SpecialFund, 'SpecialFund');
export const FundLedgerEntryConnection = ConnectionType(FundLedgerEntry, 'FundLedgerEntry');

@ObjectType({ description: 'A monitoring warning on a fund, saying why it is listed.' })
export class FundWarning {
  @Field(() => FundWarningCode)
  code!: FundWarningCode;

  @Field(() => String, { description: 'In the caller’s language, naming the rule.' })
  message!: string;

  @Field(() => GraphQLJSONObject, { description: 'The figures behind it.' })
  facts!: Record<string, string | number>;
}

@ArgsType()
class SpecialFundsArgs extends PageArgs {
  @Field(() => SpecialFundFilter, { nullable: true })
  filter?: SpecialFundFilter | null;
}

/** Per-request batching of warnings, by day and fund. */
const warningLoaders = new WeakMap<RequestContext, DataLoader<string, FundWarningShape[]>>();

@Resolver(() => SpecialFund)
export class SpecialFundResolver {
  constructor(private readonly funds: FundsServices) {}

  @Query(() => SpecialFundConnection, {
    description: 'Special funds: a foundation’s own, or those of the foundations an officer manages.',
    complexity: listComplexity,
  })
  async specialFunds(@Ctx() ctx: RequestContext, @Args(() => SpecialFundsArgs) args: SpecialFundsArgs) {
    const filter = args.filter && withKeys(args.filter, { foundationId: 'Organization' });
    return SpecialFundConnection.from(await this.funds.funds.list(ctx, { ...args, filter }));
  }

  @Query(() => SpecialFund, { nullable: true })
  specialFund(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SpecialFund | null> {
    return this.funds.funds.byId(ctx, decodeId(id, 'SpecialFund'));
  }

  @PayloadMutation(
    () => EstablishSpecialFundPayload,
    '设立专项基金: set up a special fund under a foundation.',
  )
  async establishSpecialFund(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EstablishSpecialFundInput) input: EstablishSpecialFundInput,
  ): Promise<EstablishSpecialFundPayload> {
    const keyed = withKeys(input, { foundationId: 'Organization', parentFundId: 'SpecialFund' });
    return { specialFund: await this.funds.funds.establish(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => RecordFundTransactionPayload, 'Record income, spending or a reversing entry.')
  async recordFundTransaction(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordFundTransactionInput) input: RecordFundTransactionInput,
  ): Promise<RecordFundTransactionPayload> {
    const keyed = withKeys(input, { fundId: 'SpecialFund', reversesEntryId: 'FundLedgerEntry' });
    const { fund, entry } = await this.funds.ledger.record(ctx, keyed);
    return { specialFund: fund, entry, userErrors: [] };
  }

  @PayloadMutation(() => ChangeSpecialFundStatusPayload, 'Suspend, resume or terminate a special fund.')
  async changeSpecialFundStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeSpecialFundStatusInput) input: ChangeSpecialFundStatusInput,
  ): Promise<ChangeSpecialFundStatusPayload> {
    const keyed = withKeys(input, { fundId: 'SpecialFund' });
    const { fund, entry } = await this.funds.funds.changeStatus(ctx, keyed);
    return { specialFund: fund, entry, userErrors: [] };
  }

  @FieldResolver(() => Organization)
  async foundation(@Root() fund: SpecialFund, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(fund.foundation.id))!;
  }

  @FieldResolver(() => FundLedgerEntryConnection, {
    nullable: true,
    complexity: listComplexity,
    description: 'The ledger, newest first (its managers and own foundation only).',
  })
  async ledger(@Root() fund: SpecialFund, @Ctx() ctx: RequestContext, @Args(() => PageArgs) args: PageArgs) {
    return FundLedgerEntryConnection.from(await this.funds.ledger.entries(ctx, fund, args));
  }

  @FieldResolver(() => [FundWarning], {
    description: 'Monitoring warnings as of a day (by default the list’s `asOf`, else today).',
  })
  async warnings(
    @Root() fund: SpecialFund,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<FundWarning[]> {
    let loader = warningLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (keys: readonly string[]) => {
        const byDay = new Map<string, number[]>();
        for (const key of keys) {
          const [day, id] = key.split('|');
          byDay.set(day, [...(byDay.get(day) ?? []), Number(id)]);
        }
        const found = new Map<string, FundWarningShape[]>();
        for (const [day, ids] of byDay)
          for (const [id, list] of await this.funds.warnings.of(ctx, day, ids))
            found.set(`${day}|${id}`, list);
        return keys.map((k) => found.get(k) ?? []);
      });
      warningLoaders.set(ctx, loader);
    }
    const list = await loader.load(`${asOf ?? fund.listedAsOf ?? today(ctx)}|${fund.id}`);
    return list.map((w) => Object.assign(new FundWarning(), { ...w, message: w.message[ctx.locale] }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may record entries in this fund.' })
  viewerCanRecord(@Root() fund: SpecialFund, @Ctx() ctx: RequestContext): boolean {
    return ctx.viewer?.role === 'ORGANIZATION' && ctx.viewer.organizationId === fund.foundation.id;
  }
}

@Resolver(() => FundLedgerEntry)
export class FundLedgerEntryResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'For a reversal: the entry it reverses.' })
  reversesEntryId(@Root() entry: FundLedgerEntry): string | null {
    return entry.reverses ? toGlobalId('FundLedgerEntry', entry.reverses.id) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationFundsResolver {
  constructor(private readonly funds: FundsServices) {}

  @FieldResolver(() => [SpecialFund], {
    nullable: true,
    complexity: ({ childComplexity }) => 5 * childComplexity,
    description: '专项基金 of a foundation (its managers and own account only).',
  })
  async specialFunds(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<SpecialFund[]> {
    const page = await this.funds.funds.list(ctx, { first: 100, filter: { foundationId: org.id } });
    return page.items;
  }
}
