import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { listComplexity } from '../../graphql/limits.js';
import { SponsorUnitFilter } from './organization.inputs.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorUnitService } from './sponsor-unit.service.js';

export const SponsorUnitConnection = ConnectionType(SponsorUnit, 'SponsorUnit');

@ArgsType()
class SponsorUnitsArgs extends PageArgs {
  @Field(() => SponsorUnitFilter, { nullable: true })
  filter?: SponsorUnitFilter | null;
}

const sponsorUnits = new SponsorUnitService();

@Resolver(() => SponsorUnit)
export class SponsorUnitResolver {
  @Query(() => SponsorUnitConnection, { description: '业务主管单位, by name.', complexity: listComplexity })
  async sponsorUnits(@Ctx() ctx: RequestContext, @Args(() => SponsorUnitsArgs) args: SponsorUnitsArgs) {
    return SponsorUnitConnection.from(await sponsorUnits.list(ctx, args));
  }

  @FieldResolver(() => Int, { description: 'Organizations on the register that this unit sponsors now.' })
  async organizationCount(@Root() unit: SponsorUnit, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.sponsoredCount.load(unit.id);
  }
}
