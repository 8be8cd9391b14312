import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { Organization, Rating } from '../registry/organization.entity.js';
import { ChangeRecord, EvaluationEligibility, SelfInspectionSummary } from './disclosure.types.js';
import type { OversightServices } from './index.js';

/** The public organization page's sections beyond lists: change records, grade validity, eligibility. */
@Resolver(() => Organization)
export class OrganizationDisclosureResolver {
  constructor(private readonly oversight: OversightServices) {}

  @FieldResolver(() => [ChangeRecord], {
    description: 'Changes of its public fields, newest first (from the audit trail).',
    complexity: ({ childComplexity }) => 10 * childComplexity,
  })
  changeRecords(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    return ctx.loaders.changeRecordsOf.load(org.id);
  }

  @FieldResolver(() => EvaluationEligibility, {
    nullable: true,
    description: 'Evaluation eligibility (its managers and own account only).',
  })
  evaluationEligibility(
    @Root() org: Organization,
    @Ctx() ctx: RequestContext,
  ): Promise<EvaluationEligibility> {
    return this.oversight.disclosure.evaluationEligibility(ctx, org);
  }
}

@Resolver(() => Rating)
export class RatingResolver {
  @FieldResolver(() => Boolean, { description: 'Past its five-year validity: shown as expired.' })
  expired(@Root() rating: Rating, @Ctx() ctx: RequestContext): boolean {
    return rating.validUntil < today(ctx);
  }
}

@Resolver(() => SelfInspectionSummary)
export class SelfInspectionResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => [SelfInspectionSummary], {
    description: '自查自纠 campaigns, newest first, found against resolved.',
  })
  selfInspectionCampaigns(@Ctx() ctx: RequestContext): Promise<SelfInspectionSummary[]> {
    return this.oversight.disclosure.campaigns(ctx);
  }
}
