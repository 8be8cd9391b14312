import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { decodeId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { District } from './district.entity.js';
import type { RegistryServices } from './index.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import {
  ChangeOrganizationStatusInput,
  ChangeOrganizationStatusPayload,
  ChangeSponsorUnitInput,
  ChangeSponsorUnitPayload,
  CorrectSponsorshipPeriodInput,
  CorrectSponsorshipPeriodPayload,
  OrganizationFilter,
  OrganizationOrder,
  RegisterOrganizationInput,
  RegisterOrganizationPayload,
  TransferSponsorUnitInput,
  TransferSponsorUnitPayload,
  UpdateOrganizationInput,
  UpdateOrganizationPayload,
} from './organization.inputs.js';
import { registrationAuthorityOf } from './registry.labels.js';
import { mayViewOrganizationDetails } from './registry.policy.js';
import type {
  DistrictRecord,
  IndustryDepartmentRecord,
  OrganizationRecord,
  OrganizationView,
  SponsorshipPeriodRecord,
  SponsorUnitRecord,
} from './registry.records.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';
import { RegistryStatistics } from './statistics.types.js';

/** Lists answer plain records (registry.records.ts); mutations' payloads, entities. */
export const OrganizationConnection = ConnectionType<Organization, OrganizationRecord>(
  Organization,
  'Organization',
);

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { nullable: true })
  orderBy?: OrganizationOrder | null;
}

/** Public reads are open to anyone; writes name their roles (registry.policy.ts); rules live in the services. */
@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly registry: RegistryServices) {}

  @Query(() => OrganizationConnection, {
    description: 'The register, filtered and ordered.',
    complexity: listComplexity,
  })
  async organizations(@Ctx() ctx: RequestContext, @Args(() => OrganizationsArgs) args: OrganizationsArgs) {
    const filter = args.filter && withKeys(args.filter, { sponsorUnitId: 'SponsorUnit' });
    return OrganizationConnection.from(await this.registry.search.list(ctx, { ...args, filter }));
  }

  @Query(() => Organization, { nullable: true })
  organization(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<OrganizationRecord | null> {
    return this.registry.search.byId(ctx, decodeId(id, 'Organization'));
  }

  @Query(() => Organization, { nullable: true })
  organizationByCreditCode(
    @Ctx() ctx: RequestContext,
    @Arg('creditCode', () => String) creditCode: string,
  ): Promise<Organization | null> {
    return this.registry.search.byCreditCode(ctx, creditCode);
  }

  @Query(() => [IndustryDepartment], { description: '行业管理部门, by name.' })
  industryDepartments(@Ctx() ctx: RequestContext): Promise<IndustryDepartment[]> {
    return this.registry.reference.industryDepartments(ctx);
  }

  @Query(() => [District], { description: 'The 16 districts of Shanghai, by code.' })
  districts(@Ctx() ctx: RequestContext): Promise<District[]> {
    return this.registry.reference.districts(ctx);
  }

  @Query(() => RegistryStatistics, {
    description: "Totals of the register; a district officer's cover what its district registered.",
  })
  registryStatistics(@Ctx() ctx: RequestContext): Promise<RegistryStatistics> {
    return this.registry.statistics.totals(ctx);
  }

  @PayloadMutation(() => RegisterOrganizationPayload, '成立登记: register a new organization.')
  async registerOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
  ): Promise<RegisterOrganizationPayload> {
    const keyed = withKeys(input, {
      sponsorUnitId: 'SponsorUnit',
      industryDepartmentId: 'IndustryDepartment',
    });
    return { organization: await this.registry.organizations.register(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => UpdateOrganizationPayload, '变更登记: change the record; send the version you read.')
  async updateOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ): Promise<UpdateOrganizationPayload> {
    const keyed = withKeys(input, { id: 'Organization', industryDepartmentId: 'IndustryDepartment' });
    return { organization: await this.registry.organizations.update(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => ChangeOrganizationStatusPayload,
    'Suspend, resume, deregister (注销) or revoke (撤销).',
  )
  async changeOrganizationStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeOrganizationStatusInput) input: ChangeOrganizationStatusInput,
  ): Promise<ChangeOrganizationStatusPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { organization: await this.registry.organizations.changeStatus(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => ChangeSponsorUnitPayload,
    'Change the sponsor unit; a null unit records a decoupling.',
  )
  async changeSponsorUnit(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeSponsorUnitInput) input: ChangeSponsorUnitInput,
  ): Promise<ChangeSponsorUnitPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization', sponsorUnitId: 'SponsorUnit' });
    return { organization: await this.registry.sponsorship.changeSponsorUnit(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => CorrectSponsorshipPeriodPayload,
    'Correct the current sponsorship period (a mistaken date or unit), with a reason; traced.',
  )
  async correctSponsorshipPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CorrectSponsorshipPeriodInput) input: CorrectSponsorshipPeriodInput,
  ): Promise<CorrectSponsorshipPeriodPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization', sponsorUnitId: 'SponsorUnit' });
    return { organization: await this.registry.sponsorship.correctPeriod(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => TransferSponsorUnitPayload,
    'Move every organization of one unit to another, in one transaction.',
  )
  async transferSponsorUnit(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferSponsorUnitInput) input: TransferSponsorUnitInput,
  ): Promise<TransferSponsorUnitPayload> {
    const keyed = withKeys(input, { fromSponsorUnitId: 'SponsorUnit', toSponsorUnitId: 'SponsorUnit' });
    const { from, to, count } = await this.registry.sponsorship.transferSponsorUnit(ctx, keyed);
    return { fromSponsorUnit: from, toSponsorUnit: to, transferredCount: count, userErrors: [] };
  }

  // ---- relations, batched per request ----

  @FieldResolver(() => District)
  async district(@Root() org: OrganizationView, @Ctx() ctx: RequestContext): Promise<DistrictRecord> {
    return (await ctx.loaders.district.load(org.district.code))!;
  }

  @FieldResolver(() => SponsorUnit, {
    nullable: true,
    description: '业务主管单位 now; null after decoupling.',
  })
  async sponsorUnit(
    @Root() org: OrganizationView,
    @Ctx() ctx: RequestContext,
  ): Promise<SponsorUnitRecord | null> {
    return org.sponsorUnit ? ctx.loaders.sponsorUnit.load(org.sponsorUnit.id) : null;
  }

  @FieldResolver(() => IndustryDepartment, {
    nullable: true,
    description: '行业管理部门 (its managers and own account only).',
  })
  async industryDepartment(
    @Root() org: OrganizationView,
    @Ctx() ctx: RequestContext,
  ): Promise<IndustryDepartmentRecord | null> {
    return org.industryDepartment ? ctx.loaders.industryDepartment.load(org.industryDepartment.id) : null;
  }

  @FieldResolver(() => [SponsorshipPeriod], {
    complexity: ({ childComplexity }) => 5 * childComplexity,
    nullable: true,
    description: 'Sponsorship periods, oldest first (its managers and own account only).',
  })
  async sponsorHistory(
    @Root() org: OrganizationView,
    @Ctx() ctx: RequestContext,
  ): Promise<SponsorshipPeriodRecord[]> {
    return ctx.loaders.sponsorHistory.load(org.id);
  }

  @FieldResolver(() => String, {
    description: "登记管理机关: the bureau that registered it, named in the caller's language.",
  })
  registrationAuthority(@Root() org: OrganizationView, @Ctx() ctx: RequestContext): string {
    return registrationAuthorityOf(registrarOf(org))[ctx.locale];
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may change this record (GitHub-style hint).',
  })
  viewerCanUpdate(@Root() org: OrganizationView, @Ctx() ctx: RequestContext): boolean {
    return managedOrganizations.covers(ctx, registrarOf(org));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may read the internal fields of this record.',
  })
  viewerCanSeeDetails(@Root() org: OrganizationView, @Ctx() ctx: RequestContext): boolean {
    return mayViewOrganizationDetails(ctx, org);
  }
}

@Resolver(() => SponsorshipPeriod)
export class SponsorshipPeriodResolver {
  @FieldResolver(() => SponsorUnit, {
    nullable: true,
    description: 'Null for a period after decoupling (脱钩).',
  })
  async sponsorUnit(
    @Root() period: { sponsorUnit?: { id: number } | null },
    @Ctx() ctx: RequestContext,
  ): Promise<SponsorUnitRecord | null> {
    return period.sponsorUnit ? ctx.loaders.sponsorUnit.load(period.sponsorUnit.id) : null;
  }
}
