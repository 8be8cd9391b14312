import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { listComplexity } from '../../graphql/limits.js';
import type { RegistryServices } from './index.js';
import { managedOrganizations } from './registry.scope.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorUnitFilter } from './sponsor-unit.inputs.js';

export const SponsorUnitConnection = ConnectionType(SponsorUnit, 'SponsorUnit');

@ArgsType()
class SponsorUnitsArgs extends PageArgs {
  @Field(() => SponsorUnitFilter, { nullable: true })
  filter?: SponsorUnitFilter | null;
}

@Resolver(() => SponsorUnit)
export class SponsorUnitResolver {
  constructor(private readonly registry: RegistryServices) {}

  @Query(() => SponsorUnitConnection, { description: '业务主管单位, by name.', complexity: listComplexity })
  async sponsorUnits(@Ctx() ctx: RequestContext, @Args(() => SponsorUnitsArgs) args: SponsorUnitsArgs) {
    return SponsorUnitConnection.from(await this.registry.sponsorUnits.list(ctx, args));
  }

  @FieldResolver(() => Int, { description: 'Organizations on the register that this unit sponsors now.' })
  organizationCount(@Root() unit: SponsorUnit, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.sponsoredCount.load(unit.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may transfer this unit's organizations (municipal officers and admins).",
  })
  viewerCanTransfer(@Ctx() ctx: RequestContext): boolean {
    return managedOrganizations.of(ctx).kind === 'CITY';
  }
}
