import type { OrganizationRecord } from '../registry/registry.records.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { Organization } from '../registry/organization.entity.js';
import type { SweepActionData, SweepResult } from './compliance-sweep.service.js';
import { ListingRule, removalCondition, ruleReason, RULES } from './credit-list.rules.js';
import { CreditListing, RemovalApplication } from './credit-listing.entity.js';
import {
  ApplyForCreditListRemovalInput,
  ApplyForCreditListRemovalPayload,
  ComplianceSweepPayload,
  CreditListingFilter,
  DecideCreditListRemovalInput,
  DecideCreditListRemovalPayload,
  EnqueueComplianceSweepInput,
  EnqueueComplianceSweepPayload,
  PlaceOnCreditListInput,
  PlaceOnCreditListPayload,
  RemovalApplicationFilter,
  RemoveFromCreditListInput,
  RemoveFromCreditListPayload,
  RunComplianceSweepInput,
  SweepAction,
} from './credit-listing.inputs.js';
import type { OversightServices } from './index.js';

export const CreditListingConnection = ConnectionType(CreditListing, 'CreditListing');
export const RemovalApplicationConnection = ConnectionType(RemovalApplication, 'RemovalApplication');

@ArgsType()
class CreditListingsArgs extends PageArgs {
  @Field(() => CreditListingFilter, { nullable: true }) filter?: CreditListingFilter | null;
}
@ArgsType()
class RemovalApplicationsArgs extends PageArgs {
  @Field(() => RemovalApplicationFilter, { nullable: true }) filter?: RemovalApplicationFilter | null;
}

/** 信用名单 and the compliance sweep (合规扫描). */
@Resolver(() => CreditListing)
export class CreditListingResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => CreditListingConnection, {
    description: 'Listings, newest first: public.',
    complexity: listComplexity,
  })
  async creditListings(@Ctx() ctx: RequestContext, @Args(() => CreditListingsArgs) args: CreditListingsArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return CreditListingConnection.from(await this.oversight.listings.list(ctx, { ...args, filter }));
  }

  @Query(() => RemovalApplicationConnection, {
    description: 'Removal applications, oldest first.',
    complexity: listComplexity,
  })
  async creditListRemovalApplications(
    @Ctx() ctx: RequestContext,
    @Args(() => RemovalApplicationsArgs) args: RemovalApplicationsArgs,
  ) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return RemovalApplicationConnection.from(
      await this.oversight.listings.applications(ctx, { ...args, filter }),
    );
  }

  @PayloadMutation(() => PlaceOnCreditListPayload, "列入名单 by an officer's decision.")
  async placeOnCreditList(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PlaceOnCreditListInput) input: PlaceOnCreditListInput,
  ): Promise<PlaceOnCreditListPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { listing: await this.oversight.listings.place(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => RemoveFromCreditListPayload, "移出名单 by an officer's decision.")
  async removeFromCreditList(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RemoveFromCreditListInput) input: RemoveFromCreditListInput,
  ): Promise<RemoveFromCreditListPayload> {
    const keyed = withKeys(input, { listingId: 'CreditListing' });
    return { listing: await this.oversight.listings.remove(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => ApplyForCreditListRemovalPayload, '移出申请 by the organization.')
  async applyForCreditListRemoval(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApplyForCreditListRemovalInput) input: ApplyForCreditListRemovalInput,
  ): Promise<ApplyForCreditListRemovalPayload> {
    const keyed = withKeys(input, { listingId: 'CreditListing' });
    return { application: await this.oversight.listings.apply(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => DecideCreditListRemovalPayload,
    'An officer approves or refuses a removal application, with reasons.',
  )
  async decideCreditListRemoval(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideCreditListRemovalInput) input: DecideCreditListRemovalInput,
  ): Promise<DecideCreditListRemovalPayload> {
    const keyed = withKeys(input, { applicationId: 'RemovalApplication' });
    return { application: await this.oversight.listings.decide(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => ComplianceSweepPayload,
    'Applies the credit-list rules as of a date; dryRun changes nothing.',
  )
  async runComplianceSweep(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RunComplianceSweepInput) input: RunComplianceSweepInput,
  ): Promise<ComplianceSweepPayload> {
    return toPayload(ctx, await this.oversight.sweep.run(ctx, input));
  }

  @PayloadMutation(
    () => EnqueueComplianceSweepPayload,
    'Queues the scheduled sweep for a day now (background job, once per day).',
  )
  async enqueueComplianceSweep(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EnqueueComplianceSweepInput) input: EnqueueComplianceSweepInput,
  ): Promise<EnqueueComplianceSweepPayload> {
    return { jobId: await this.oversight.sweep.enqueue(ctx, input), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() listing: CreditListing,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(listing.organization.id))!;
  }

  @FieldResolver(() => String, { description: "Why it is listed, in the viewer's language." })
  explanation(@Root() listing: CreditListing, @Ctx() ctx: RequestContext): string {
    const causes =
      (listing.facts.causes as ({ rule: ListingRule } & Record<string, unknown>)[] | undefined) ?? [];
    if (listing.source !== 'RULE' || causes.length === 0) return listing.reason;
    return causes.map((c) => ruleReason(c.rule, c)[ctx.locale]).join(ctx.locale === 'en' ? '; ' : '；');
  }

  @FieldResolver(() => String, { description: 'How and from when it may leave the list.' })
  removalCondition(@Root() listing: CreditListing, @Ctx() ctx: RequestContext): string {
    const rule = listing.reasonCode as ListingRule;
    const automatic =
      listing.removableFrom !== null &&
      listing.removableFrom !== undefined &&
      RULES[rule] !== undefined &&
      !RULES[rule].needsCorrection;
    return removalCondition(listing.list, automatic, listing.removableFrom ?? null)[ctx.locale];
  }
}

/** A refused sweep answers only `userErrors`: its lists stay lists (empty), as API.md types them. */
@Resolver(() => ComplianceSweepPayload)
export class ComplianceSweepPayloadResolver {
  @FieldResolver(() => [SweepAction])
  listed(@Root() payload: Partial<ComplianceSweepPayload>): SweepAction[] {
    return payload.listed ?? [];
  }

  @FieldResolver(() => [SweepAction])
  removed(@Root() payload: Partial<ComplianceSweepPayload>): SweepAction[] {
    return payload.removed ?? [];
  }

  @FieldResolver(() => [SweepAction])
  escalated(@Root() payload: Partial<ComplianceSweepPayload>): SweepAction[] {
    return payload.escalated ?? [];
  }

  @FieldResolver(() => [SweepAction], { description: 'Listed already: a new cause restarted the clock.' })
  restarted(@Root() payload: Partial<ComplianceSweepPayload>): SweepAction[] {
    return payload.restarted ?? [];
  }

  @FieldResolver(() => Int, { description: 'Rectifications found past their deadline.' })
  overdueRectifications(@Root() payload: Partial<ComplianceSweepPayload>): number {
    return payload.overdueRectifications ?? 0;
  }

  @FieldResolver(() => Boolean)
  dryRun(@Root() payload: Partial<ComplianceSweepPayload>): boolean {
    return payload.dryRun ?? false;
  }
}

/** A sweep's actions name thousands of organizations: each is loaded only when asked for, in one batch. */
@Resolver(() => SweepAction)
export class SweepActionResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() action: SweepAction, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(action.organizationId))!;
  }
}

@Resolver(() => RemovalApplication)
export class RemovalApplicationResolver {
  @FieldResolver(() => CreditListing)
  async listing(@Root() application: RemovalApplication, @Ctx() ctx: RequestContext): Promise<CreditListing> {
    return (await ctx.loaders.creditListing.load(application.listing.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() application: RemovalApplication,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(application.organization.id))!;
  }
}

@Resolver(() => Organization)
export class OrganizationListingsResolver {
  @FieldResolver(() => [CreditListing], {
    description: 'Current and past listings, newest first (public).',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  creditListings(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<CreditListing[]> {
    return ctx.loaders.creditListingsOf.load(org.id);
  }
}

function toPayload(ctx: RequestContext, result: SweepResult): ComplianceSweepPayload {
  const shape = (list: SweepActionData[]): SweepAction[] =>
    list.map((a) => ({ ...a, reason: a.reason[ctx.locale] }));
  return Object.assign(new ComplianceSweepPayload(), {
    listed: shape(result.listed),
    removed: shape(result.removed),
    escalated: shape(result.escalated),
    restarted: shape(result.restarted),
    overdueRectifications: result.overdueRectifications,
    dryRun: result.dryRun,
    asOf: result.asOf,
    run: result.run,
    userErrors: [],
  });
}
