import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { decodeId, decodeOptionalId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { District } from '../registry/district.entity.js';
import type { DistrictRecord } from '../registry/registry.records.js';
import { OrganizationType } from '../registry/enums.js';
import { ServiceNeedStatus, StaffQualification } from './enums.js';
import type { ProcurementServices } from './index.js';
import { MatchMethod, SupplierMatch } from './matching.types.js';
import {
  AmendServiceNeedInput,
  AmendServiceNeedPayload,
  CancelServiceNeedInput,
  CancelServiceNeedPayload,
  CloseServiceNeedPayload,
  PublishServiceNeedPayload,
  SaveServiceNeedInput,
  SaveServiceNeedPayload,
  ServiceNeedActionInput,
  ServiceNeedFilter,
} from './procurement.inputs.js';
import { effectiveStatus, procurementScope } from './procurement.scope.js';
import { Proposal, ServiceContract } from './proposal.entity.js';
import { ServiceNeed, ServiceNeedAmendment } from './service-need.entity.js';

export const ServiceNeedConnection = ConnectionType(ServiceNeed, 'ServiceNeed');

@ObjectType({ description: 'The buyer’s requirements, on top of the statutory eligibility.' })
export class NeedRequirements {
  @Field(() => [OrganizationType], { description: 'Empty: every type.' })
  organizationTypes!: OrganizationType[];

  @Field(() => Int, { nullable: true })
  minRating!: number | null;

  @Field(() => Int, { nullable: true })
  minYears!: number | null;

  @Field(() => [StaffQualification])
  qualifications!: StaffQualification[];

  @Field(() => Int, { nullable: true })
  minCapacity!: number | null;

  @Field(() => Boolean)
  recommendedCatalogue!: boolean;
}

@ArgsType()
class ServiceNeedsArgs extends PageArgs {
  @Field(() => ServiceNeedFilter, { nullable: true })
  filter?: ServiceNeedFilter | null;
}

@Resolver(() => ServiceNeed)
export class ServiceNeedResolver {
  constructor(private readonly services: ProcurementServices) {}

  @Query(() => ServiceNeedConnection, {
    description: 'Service needs, newest first: published ones are public; drafts their own department’s.',
    complexity: listComplexity,
  })
  async serviceNeeds(@Ctx() ctx: RequestContext, @Args(() => ServiceNeedsArgs) args: ServiceNeedsArgs) {
    return ServiceNeedConnection.from(await this.services.needs.list(ctx, args));
  }

  @Query(() => ServiceNeed, { nullable: true })
  serviceNeed(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ServiceNeed | null> {
    return this.services.needs.byId(ctx, decodeId(id, 'ServiceNeed'));
  }

  @Query(() => [SupplierMatch], {
    description:
      'Every organization of the city against the need, best first (ties: credit code ascending); ' +
      'with includeIneligible, the ineligible follow with the rules that exclude them. The need’s buyer and officers.',
    complexity: ({ args, childComplexity }) =>
      50 + Math.min(Number(args.first ?? 20), 100) * (childComplexity + 5),
  })
  supplierMatches(
    @Ctx() ctx: RequestContext,
    @Arg('needId', () => ID) needId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('includeIneligible', () => Boolean, { nullable: true }) includeIneligible?: boolean | null,
  ): Promise<SupplierMatch[]> {
    return this.services.matching.supplierMatches(
      ctx,
      decodeId(needId, 'ServiceNeed'),
      first,
      includeIneligible ?? false,
    );
  }

  @Query(() => SupplierMatch, {
    nullable: true,
    description:
      'Readiness advice: one organization against one need, with the blocking rules and from when it becomes eligible. ' +
      'An organization account may leave organizationId out (its own).',
  })
  supplierReadiness(
    @Ctx() ctx: RequestContext,
    @Arg('needId', () => ID) needId: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
  ): Promise<SupplierMatch | null> {
    return this.services.matching.readiness(
      ctx,
      decodeId(needId, 'ServiceNeed'),
      decodeOptionalId(organizationId, 'Organization') ?? null,
    );
  }

  @Query(() => MatchMethod, {
    description: 'The match score’s factors, their weights (configuration) and the tie-break.',
  })
  supplierMatchMethod(@Ctx() ctx: RequestContext): MatchMethod {
    return this.services.matching.method(ctx.locale);
  }

  @PayloadMutation(() => SaveServiceNeedPayload, '起草: save a draft need (new without needId).')
  async saveServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveServiceNeedInput) input: SaveServiceNeedInput,
  ): Promise<SaveServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    return { serviceNeed: await this.services.needs.save(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => PublishServiceNeedPayload, '发布: publish a draft on the public board.')
  async publishServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ServiceNeedActionInput) input: ServiceNeedActionInput,
  ): Promise<PublishServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    return { serviceNeed: await this.services.needs.publish(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => CloseServiceNeedPayload, '截止: close a published need by hand.')
  async closeServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ServiceNeedActionInput) input: ServiceNeedActionInput,
  ): Promise<CloseServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    return { serviceNeed: await this.services.needs.close(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => CancelServiceNeedPayload, '终止: cancel a need, with a reason.')
  async cancelServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelServiceNeedInput) input: CancelServiceNeedInput,
  ): Promise<CancelServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    return { serviceNeed: await this.services.needs.cancel(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => AmendServiceNeedPayload,
    '更正公告: amend a published need (reason, later deadline; public).',
  )
  async amendServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendServiceNeedInput) input: AmendServiceNeedInput,
  ): Promise<AmendServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    const { need, amendment } = await this.services.needs.amend(ctx, keyed);
    return { serviceNeed: need, amendment, userErrors: [] };
  }

  @FieldResolver(() => ServiceNeedStatus, { description: 'A published need past its deadline reads CLOSED.' })
  status(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): ServiceNeedStatus {
    return effectiveStatus(need, ctx.now());
  }

  @FieldResolver(() => String, { description: 'OCDS open contracting ID of this contracting process.' })
  ocid(@Root() need: ServiceNeed): string {
    return this.services.ocds.ocidOf(need.id);
  }

  @FieldResolver(() => [District], { description: 'Where the service is delivered; empty: city-wide.' })
  async districts(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): Promise<DistrictRecord[]> {
    const found = await ctx.loaders.district.loadMany(need.districtCodes);
    return found.filter((d): d is DistrictRecord => d !== null && !(d instanceof Error));
  }

  @FieldResolver(() => NeedRequirements)
  requirements(@Root() need: ServiceNeed): NeedRequirements {
    return {
      organizationTypes: need.allowedTypes,
      minRating: need.minRating ?? null,
      minYears: need.minYears ?? null,
      qualifications: need.requiredQualifications,
      minCapacity: need.minCapacity ?? null,
      recommendedCatalogue: need.recommendedCatalogue,
    };
  }

  @FieldResolver(() => [Proposal], {
    description: 'All proposals for its buyer and officers; an organization sees its own only.',
    complexity: ({ childComplexity }) => 10 * childComplexity,
  })
  proposals(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): Promise<Proposal[]> {
    return this.services.proposals.ofNeed(ctx, need);
  }

  @FieldResolver(() => Int, {
    description: 'Proposals received (not withdrawn); public once the deadline has passed.',
    nullable: true,
  })
  async proposalCount(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): Promise<number | null> {
    const closed = effectiveStatus(need, ctx.now()) !== ServiceNeedStatus.PUBLISHED;
    if (!closed && !procurementScope.mayViewAllProposals(ctx, need)) return null;
    return (await ctx.loaders.needProposals.load(need.id)).filter((p) => p.status !== 'WITHDRAWN').length;
  }

  @FieldResolver(() => [ServiceNeedAmendment], { description: '更正公告, oldest first (public).' })
  amendments(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): Promise<ServiceNeedAmendment[]> {
    return ctx.loaders.needAmendments.load(need.id);
  }

  @FieldResolver(() => ServiceContract, { nullable: true, description: 'The award’s contract (public).' })
  contract(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): Promise<ServiceContract | null> {
    return ctx.loaders.needContract.load(need.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer buys for this need’s department.' })
  viewerIsBuyer(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): boolean {
    return procurementScope.isBuyerOf(ctx, need);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer’s organization may submit now (deadline, role).',
  })
  viewerCanPropose(@Root() need: ServiceNeed, @Ctx() ctx: RequestContext): boolean {
    return (
      procurementScope.ownOrganization(ctx) !== null &&
      effectiveStatus(need, ctx.now()) === ServiceNeedStatus.PUBLISHED
    );
  }
}

@Resolver(() => ServiceNeedAmendment)
export class ServiceNeedAmendmentResolver {
  @FieldResolver(() => ServiceNeed)
  async need(@Root() amendment: ServiceNeedAmendment, @Ctx() ctx: RequestContext): Promise<ServiceNeed> {
    return (await ctx.loaders.serviceNeed.load(amendment.need.id))!;
  }
}
