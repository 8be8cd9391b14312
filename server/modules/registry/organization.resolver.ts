import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { keyOf } from '../../graphql/node.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { mayManageOrganization, mayViewOrganizationDetails, scopeOf } from '../identity/policy.js';
import { District } from './district.entity.js';
import { Organization } from './organization.entity.js';
import {
  ChangeOrganizationStatusInput,
  ChangeOrganizationStatusPayload,
  ChangeSponsorUnitInput,
  ChangeSponsorUnitPayload,
  OrganizationFilter,
  OrganizationOrder,
  RegisterOrganizationInput,
  RegisterOrganizationPayload,
  TransferSponsorUnitInput,
  TransferSponsorUnitPayload,
  UpdateOrganizationInput,
  UpdateOrganizationPayload,
} from './organization.inputs.js';
import { OrganizationService } from './organization.service.js';
import { IndustryDepartment, SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';
import { RegistryStatistics, registryStatistics } from './statistics.js';

export const OrganizationConnection = ConnectionType(Organization, 'Organization');

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { nullable: true })
  orderBy?: OrganizationOrder | null;
}

const organizations = new OrganizationService();

/** Public reads are open to anyone; writes name their roles; rules live in the service. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    description: 'The register, filtered and ordered.',
    complexity: listComplexity,
  })
  async organizations(@Ctx() ctx: RequestContext, @Args(() => OrganizationsArgs) args: OrganizationsArgs) {
    return OrganizationConnection.from(await organizations.list(ctx, args));
  }

  @Query(() => Organization, { nullable: true })
  async organization(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Organization | null> {
    const key = keyOf(id, 'Organization');
    return key === null ? null : organizations.findById(ctx, key);
  }

  @Query(() => Organization, { nullable: true })
  async organizationByCreditCode(
    @Ctx() ctx: RequestContext,
    @Arg('creditCode', () => String) creditCode: string,
  ): Promise<Organization | null> {
    return organizations.findByCreditCode(ctx, creditCode);
  }

  @Query(() => [IndustryDepartment], { description: '行业管理部门, by name.' })
  async industryDepartments(@Ctx() ctx: RequestContext): Promise<IndustryDepartment[]> {
    return ctx.em.find(IndustryDepartment, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [District], { description: 'The 16 districts of Shanghai, by code.' })
  async districts(@Ctx() ctx: RequestContext): Promise<District[]> {
    return ctx.em.find(District, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => RegistryStatistics, {
    description: "Totals of the register; a district officer's cover what its district registered.",
  })
  async registryStatistics(@Ctx() ctx: RequestContext): Promise<RegistryStatistics> {
    return registryStatistics(ctx);
  }

  @PayloadMutation(() => RegisterOrganizationPayload, '成立登记: register a new organization.')
  async registerOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
  ): Promise<RegisterOrganizationPayload> {
    return { organization: await organizations.register(ctx, input), userErrors: [] };
  }

  @PayloadMutation(() => UpdateOrganizationPayload, '变更登记: change the record; send the version you read.')
  async updateOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ): Promise<UpdateOrganizationPayload> {
    return { organization: await organizations.update(ctx, input), userErrors: [] };
  }

  @PayloadMutation(
    () => ChangeOrganizationStatusPayload,
    'Suspend, resume, deregister (注销) or revoke (撤销).',
  )
  async changeOrganizationStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeOrganizationStatusInput) input: ChangeOrganizationStatusInput,
  ): Promise<ChangeOrganizationStatusPayload> {
    return { organization: await organizations.changeStatus(ctx, input), userErrors: [] };
  }

  @PayloadMutation(
    () => ChangeSponsorUnitPayload,
    'Change the sponsor unit; a null unit records a decoupling.',
  )
  async changeSponsorUnit(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeSponsorUnitInput) input: ChangeSponsorUnitInput,
  ): Promise<ChangeSponsorUnitPayload> {
    return { organization: await organizations.changeSponsorUnit(ctx, input), userErrors: [] };
  }

  @PayloadMutation(
    () => TransferSponsorUnitPayload,
    'Move every organization of one unit to another, in one transaction.',
  )
  async transferSponsorUnit(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferSponsorUnitInput) input: TransferSponsorUnitInput,
  ): Promise<TransferSponsorUnitPayload> {
    const { from, to, count } = await organizations.transferSponsorUnit(ctx, input);
    return { fromSponsorUnit: from, toSponsorUnit: to, transferredCount: count, userErrors: [] };
  }

  // ---- relations, batched per request ----

  @FieldResolver(() => District)
  async district(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<District> {
    return (await ctx.loaders.district.load(org.district.code))!;
  }

  @FieldResolver(() => SponsorUnit, {
    nullable: true,
    description: '业务主管单位 now; null after decoupling.',
  })
  async sponsorUnit(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<SponsorUnit | null> {
    return org.sponsorUnit ? ctx.loaders.sponsorUnit.load(org.sponsorUnit.id) : null;
  }

  @FieldResolver(() => IndustryDepartment, {
    nullable: true,
    description: '行业管理部门 (its managers and own account only).',
  })
  async industryDepartment(
    @Root() org: Organization,
    @Ctx() ctx: RequestContext,
  ): Promise<IndustryDepartment | null> {
    return org.industryDepartment ? ctx.loaders.industryDepartment.load(org.industryDepartment.id) : null;
  }

  @FieldResolver(() => [SponsorshipPeriod], {
    complexity: ({ childComplexity }) => 5 * childComplexity,
    nullable: true,
    description: 'Sponsorship periods, oldest first (its managers and own account only).',
  })
  async sponsorHistory(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<SponsorshipPeriod[]> {
    return ctx.loaders.sponsorHistory.load(org.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may change this record (GitHub-style hint).',
  })
  viewerCanUpdate(@Root() org: Organization, @Ctx() ctx: RequestContext): boolean {
    return mayManageOrganization(ctx, scopeOf(org));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may read the internal fields of this record.',
  })
  viewerCanSeeDetails(@Root() org: Organization, @Ctx() ctx: RequestContext): boolean {
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
    @Root() period: SponsorshipPeriod,
    @Ctx() ctx: RequestContext,
  ): Promise<SponsorUnit | null> {
    return period.sponsorUnit ? ctx.loaders.sponsorUnit.load(period.sponsorUnit.id) : null;
  }
}
