import type { OrganizationRecord, SponsorUnitRecord } from './registry.records.js';
import type { Page } from '../../common/pagination.js';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { RegressionCode } from './decoupling-regressions.js';
import { Decoupling, DecouplingItem, DecouplingState } from './decoupling.entity.js';
import {
  CompleteDecouplingInput,
  CompleteDecouplingPayload,
  DecouplingBucket,
  DecouplingFilter,
  DecouplingProgress,
  RecordDecouplingSeparationInput,
  RecordDecouplingSeparationPayload,
} from './decoupling.inputs.js';
import type { RegistryServices } from './index.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationConnection } from './organization.resolver.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { registerEnumType } from 'type-graphql';

registerEnumType(RegressionCode, { name: 'DecouplingRegressionCode' });

@ObjectType({ description: 'A sign that a decoupled association reattaches, saying why.' })
export class DecouplingRegression {
  @Field(() => RegressionCode) code!: RegressionCode;
  @Field(() => String) message!: string;
}

@ArgsType()
class DecouplingsArgs extends PageArgs {
  @Field(() => DecouplingFilter, { nullable: true })
  filter?: DecouplingFilter | null;
}

/** 脱钩 of industry associations: the checklist, its completion, progress and regressions. */
@Resolver(() => Decoupling)
export class DecouplingResolver {
  constructor(private readonly registry: RegistryServices) {}

  @Query(() => OrganizationConnection, {
    description: 'Industry associations with their decoupling, filtered.',
    complexity: listComplexity,
  })
  async decouplings(@Ctx() ctx: RequestContext, @Args(() => DecouplingsArgs) args: DecouplingsArgs) {
    const filter = args.filter && withKeys(args.filter, { sponsorUnitId: 'SponsorUnit' });
    // Entities of the list answer as Organization like the read model's records do.
    const page = await this.registry.decoupling.list(ctx, { ...args, filter });
    return OrganizationConnection.from(page as unknown as Page<OrganizationRecord>);
  }

  @Query(() => DecouplingProgress, {
    description: 'How many of how many associations are decoupled, by sponsor unit.',
  })
  async decouplingProgress(@Ctx() ctx: RequestContext): Promise<DecouplingProgress> {
    const counts = await this.registry.decoupling.progress(ctx);
    const bySponsorUnit = await Promise.all(
      counts.bySponsorUnit.map(async (b) =>
        Object.assign(new DecouplingBucket(), {
          ...b,
          sponsorUnit: b.sponsorUnitId === null ? null : await ctx.loaders.sponsorUnit.load(b.sponsorUnitId),
        }),
      ),
    );
    return Object.assign(new DecouplingProgress(), { ...counts, bySponsorUnit });
  }

  @PayloadMutation(() => RecordDecouplingSeparationPayload, 'Record one of the five separations as done.')
  async recordDecouplingSeparation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordDecouplingSeparationInput) input: RecordDecouplingSeparationInput,
  ): Promise<RecordDecouplingSeparationPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { organization: await this.registry.decoupling.recordSeparation(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => CompleteDecouplingPayload,
    'Complete the decoupling: no sponsor unit, an industry department.',
  )
  async completeDecoupling(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompleteDecouplingInput) input: CompleteDecouplingInput,
  ): Promise<CompleteDecouplingPayload> {
    const keyed = withKeys(input, {
      organizationId: 'Organization',
      industryDepartmentId: 'IndustryDepartment',
    });
    return { organization: await this.registry.decoupling.complete(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => [DecouplingItem], { description: 'The separations done so far.' })
  items(@Root() d: Decoupling, @Ctx() ctx: RequestContext): Promise<DecouplingItem[]> {
    return d.id ? ctx.loaders.decouplingItems.load(d.id) : Promise.resolve([]);
  }

  @FieldResolver(() => SponsorUnit, { nullable: true })
  async formerSponsorUnit(
    @Root() d: Decoupling,
    @Ctx() ctx: RequestContext,
  ): Promise<SponsorUnitRecord | null> {
    return d.formerSponsorUnit ? ctx.loaders.sponsorUnit.load(d.formerSponsorUnit.id) : null;
  }

  @FieldResolver(() => IndustryDepartment, { nullable: true })
  async industryDepartment(
    @Root() d: Decoupling,
    @Ctx() ctx: RequestContext,
  ): Promise<IndustryDepartment | null> {
    return d.industryDepartment ? ctx.loaders.industryDepartment.load(d.industryDepartment.id) : null;
  }

  @FieldResolver(() => [DecouplingRegression], { description: 'Signs of reattaching, once decoupled.' })
  async regressions(@Root() d: Decoupling, @Ctx() ctx: RequestContext): Promise<DecouplingRegression[]> {
    if (d.state !== DecouplingState.DECOUPLED) return [];
    const list = await ctx.loaders.decouplingRegressions.load(d.organization.id);
    return list.map((r) => ({ code: r.code, message: r.message[ctx.locale] }));
  }
}

@Resolver(() => Organization)
export class OrganizationDecouplingResolver {
  @FieldResolver(() => Decoupling, {
    nullable: true,
    description:
      '脱钩 of an industry association (its managers and own account only); null for other organizations.',
  })
  async decoupling(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Decoupling | null> {
    if (!org.isIndustryAssociation) return null;
    const found = await ctx.loaders.decoupling.load(org.id);
    return (
      found ??
      Object.assign(new Decoupling(), { id: 0, organization: org, state: DecouplingState.NOT_STARTED })
    );
  }
}
