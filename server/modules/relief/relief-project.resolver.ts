import type { OrganizationRecord } from '../registry/registry.records.js';
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
import { decodeId, toGlobalId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { SpecialFund } from '../funds/special-fund.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { PolicyPeriod, ReliefCategory } from './enums.js';
import type { ReliefServices } from './index.js';
import { REGION_BY_COUNTY, RELIEF_REGIONS } from './regions.js';
import { ReliefProgressUpdate, ReliefProject } from './relief-project.entity.js';
import {
  LinkReliefDuplicateInput,
  LinkReliefDuplicatePayload,
  RegisterReliefProjectInput,
  RegisterReliefProjectPayload,
  ReliefDuplicateCandidate,
  ReliefProjectFilter,
  UpdateReliefProjectInput,
  UpdateReliefProjectPayload,
} from './relief-project.inputs.js';
import { ReliefStatistics } from './relief-statistics.types.js';

export const ReliefProjectConnection = ConnectionType(ReliefProject, 'ReliefProject');

@ObjectType('ReliefRegion', {
  description: 'A paired-assistance county with its prefecture and province (GB/T 2260).',
})
export class ReliefRegionType {
  @Field(() => String) provinceCode!: string;
  @Field(() => String) province!: string;
  @Field(() => String) provinceEn!: string;
  @Field(() => String) prefectureCode!: string;
  @Field(() => String) prefecture!: string;
  @Field(() => String) prefectureEn!: string;
  @Field(() => String) countyCode!: string;
  @Field(() => String) county!: string;
  @Field(() => String) countyEn!: string;
}

@ObjectType()
export class Beneficiaries {
  @Field(() => Int) people!: number;
  @Field(() => Int) households!: number;
}

@ArgsType()
class ReliefProjectsArgs extends PageArgs {
  @Field(() => ReliefProjectFilter, { nullable: true })
  filter?: ReliefProjectFilter | null;
}

@ArgsType()
class ReliefStatisticsArgs {
  @Field(() => Int, { nullable: true, description: 'The statistics year (the year projects start).' })
  year?: number | null;

  @Field(() => [String], { nullable: true, description: 'Districts of the organizations.' })
  districtCodes?: string[] | null;

  @Field(() => [ReliefCategory], { nullable: true })
  categories?: ReliefCategory[] | null;

  @Field(() => [PolicyPeriod], { nullable: true })
  policyPeriods?: PolicyPeriod[] | null;

  @Field(() => [String], { nullable: true, description: 'Target provinces.' })
  provinceCodes?: string[] | null;
}

@Resolver(() => ReliefProject)
export class ReliefProjectResolver {
  constructor(private readonly relief: ReliefServices) {}

  @Query(() => [ReliefRegionType], { description: "Shanghai's paired-assistance counties." })
  reliefRegions(): ReliefRegionType[] {
    return RELIEF_REGIONS.map((r) => Object.assign(new ReliefRegionType(), r));
  }

  @Query(() => ReliefProjectConnection, { complexity: listComplexity })
  async reliefProjects(@Ctx() ctx: RequestContext, @Args(() => ReliefProjectsArgs) args: ReliefProjectsArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return ReliefProjectConnection.from(await this.relief.projects.list(ctx, { ...args, filter }));
  }

  @Query(() => ReliefProject, { nullable: true })
  reliefProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ReliefProject | null> {
    return this.relief.projects.byId(ctx, decodeId(id, 'ReliefProject'));
  }

  @Query(() => ReliefStatistics, { description: 'Organizations, projects and investment, with breakdowns.' })
  reliefStatistics(@Ctx() ctx: RequestContext, @Args(() => ReliefStatisticsArgs) args: ReliefStatisticsArgs) {
    return this.relief.statistics.of(ctx, args);
  }

  @Query(() => [ReliefDuplicateCandidate], { description: 'Possible duplicates for officers to link.' })
  reliefDuplicateCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    return this.relief.duplicates.candidates(ctx, { year, first });
  }

  @PayloadMutation(() => RegisterReliefProjectPayload, 'Register a poverty-relief project.')
  async registerReliefProject(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterReliefProjectInput) input: RegisterReliefProjectInput,
  ): Promise<RegisterReliefProjectPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization', specialFundId: 'SpecialFund' });
    return { reliefProject: await this.relief.projects.register(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => UpdateReliefProjectPayload, 'A progress update; send the version you read.')
  async updateReliefProject(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateReliefProjectInput) input: UpdateReliefProjectInput,
  ): Promise<UpdateReliefProjectPayload> {
    const keyed = withKeys(input, { projectId: 'ReliefProject' });
    const { project, update } = await this.relief.projects.update(ctx, keyed);
    return { reliefProject: project, progressUpdate: update, userErrors: [] };
  }

  @PayloadMutation(
    () => LinkReliefDuplicatePayload,
    'Link a project as a duplicate of another; null unlinks.',
  )
  async linkReliefDuplicate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LinkReliefDuplicateInput) input: LinkReliefDuplicateInput,
  ): Promise<LinkReliefDuplicatePayload> {
    const keyed = withKeys(input, { projectId: 'ReliefProject', duplicateOfId: 'ReliefProject' });
    return { reliefProject: await this.relief.projects.linkDuplicate(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  async organization(@Root() p: ReliefProject, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(p.organization.id))!;
  }

  @FieldResolver(() => SpecialFund, { nullable: true, description: 'The special fund that runs it, if any.' })
  async specialFund(@Root() p: ReliefProject, @Ctx() ctx: RequestContext): Promise<SpecialFund | null> {
    return p.specialFund ? ctx.loaders.specialFund.load(p.specialFund.id) : null;
  }

  @FieldResolver(() => ReliefRegionType)
  region(@Root() p: ReliefProject): ReliefRegionType {
    return Object.assign(new ReliefRegionType(), REGION_BY_COUNTY.get(p.countyCode));
  }

  @FieldResolver(() => Beneficiaries)
  beneficiaries(@Root() p: ReliefProject): Beneficiaries {
    return { people: p.beneficiaryPeople, households: p.beneficiaryHouseholds };
  }

  @FieldResolver(() => [ReliefProgressUpdate], { description: 'Its progress updates, oldest first.' })
  progressUpdates(@Root() p: ReliefProject, @Ctx() ctx: RequestContext): Promise<ReliefProgressUpdate[]> {
    return ctx.loaders.reliefProgressUpdates.load(p.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The project this one duplicates, once linked.' })
  duplicateOfId(@Root() p: ReliefProject): string | null {
    return p.duplicateOf ? toGlobalId('ReliefProject', p.duplicateOf.id) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationReliefResolver {
  constructor(private readonly relief: ReliefServices) {}

  @FieldResolver(() => [ReliefProject], {
    nullable: true,
    complexity: ({ childComplexity }) => 5 * childComplexity,
    description: 'Its relief projects (its managers and own account only), the first 100.',
  })
  async reliefProjects(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<ReliefProject[]> {
    return (await this.relief.projects.list(ctx, { first: 100, filter: { organizationId: org.id } })).items;
  }
}
