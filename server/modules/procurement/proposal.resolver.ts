import { Arg, Args, Ctx, Field, FieldResolver, Float, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { Organization } from '../registry/organization.entity.js';
import type { OrganizationRecord } from '../registry/registry.records.js';
import { evaluationOf } from './evaluation.js';
import type { ProcurementServices } from './index.js';
import { SupplierMatch } from './matching.types.js';
import {
  AwardServiceNeedInput,
  AwardServiceNeedPayload,
  EvaluateProposalInput,
  EvaluateProposalPayload,
  RateContractInput,
  RateContractPayload,
  SubmitProposalInput,
  SubmitProposalPayload,
  WithdrawProposalInput,
  WithdrawProposalPayload,
} from './procurement.inputs.js';
import { procurementScope } from './procurement.scope.js';
import { Proposal, ProposalScore, ServiceContract } from './proposal.entity.js';
import { ServiceNeed } from './service-need.entity.js';

export const ProposalConnection = ConnectionType(Proposal, 'Proposal');

@ObjectType({
  description: '综合评分: the price score by the lowest-price benchmark and the buyer’s scores.',
})
export class ProposalEvaluation {
  @Field(() => Float, {
    description: '(lowest valid price / this price) × 100 × price weight, out of the weight.',
  })
  priceScore!: number;

  @Field(() => [ProposalScore], {
    description: 'The buyer’s scores of the quality factors, with who gave them.',
  })
  scores!: ProposalScore[];

  @Field(() => Float)
  total!: number;

  @Field(() => Boolean, { description: 'Every quality factor of the need is scored.' })
  complete!: boolean;
}

@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(private readonly services: ProcurementServices) {}

  @Query(() => ProposalConnection, {
    description: 'The organization’s own proposals, newest first.',
    complexity: listComplexity,
  })
  async myProposals(@Ctx() ctx: RequestContext, @Args(() => PageArgs) args: PageArgs) {
    return ProposalConnection.from(await this.services.proposals.mine(ctx, args));
  }

  @PayloadMutation(
    () => SubmitProposalPayload,
    '提交响应: an eligible organization, before the deadline, within budget.',
  )
  async submitProposal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmitProposalInput) input: SubmitProposalInput,
  ): Promise<SubmitProposalPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed' });
    return { proposal: await this.services.proposals.submit(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => WithdrawProposalPayload, '撤回响应: before the deadline.')
  async withdrawProposal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WithdrawProposalInput) input: WithdrawProposalInput,
  ): Promise<WithdrawProposalPayload> {
    const keyed = withKeys(input, { proposalId: 'Proposal' });
    return {
      proposal: await this.services.proposals.withdraw(ctx, Number(keyed.proposalId)),
      userErrors: [],
    };
  }

  @PayloadMutation(
    () => EvaluateProposalPayload,
    '评审: the buyer scores the quality factors after the deadline.',
  )
  async evaluateProposal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EvaluateProposalInput) input: EvaluateProposalInput,
  ): Promise<EvaluateProposalPayload> {
    const keyed = withKeys(input, { proposalId: 'Proposal' });
    return { proposal: await this.services.proposals.evaluate(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => AwardServiceNeedPayload,
    '授予: award the need to one proposal (one award per need).',
  )
  async awardServiceNeed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AwardServiceNeedInput) input: AwardServiceNeedInput,
  ): Promise<AwardServiceNeedPayload> {
    const keyed = withKeys(input, { needId: 'ServiceNeed', proposalId: 'Proposal' });
    const { need, contract } = await this.services.proposals.award(ctx, keyed);
    return { serviceNeed: need, contract, userErrors: [] };
  }

  @PayloadMutation(() => RateContractPayload, '履约评价: rate the work 1–5 after the period.')
  async rateContract(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RateContractInput) input: RateContractInput,
  ): Promise<RateContractPayload> {
    const keyed = withKeys(input, { contractId: 'ServiceContract' });
    return { contract: await this.services.proposals.rate(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => ServiceNeed)
  async need(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<ServiceNeed> {
    return (await ctx.loaders.serviceNeed.load(proposal.need.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(proposal.organization.id))!;
  }

  @FieldResolver(() => ProposalEvaluation, {
    nullable: true,
    description: 'The evaluation so far (the need’s buyer and officers).',
  })
  async evaluation(
    @Root() proposal: Proposal,
    @Ctx() ctx: RequestContext,
  ): Promise<ProposalEvaluation | null> {
    const need = (await ctx.loaders.serviceNeed.load(proposal.need.id))!;
    if (!procurementScope.mayViewAllProposals(ctx, need)) return null;
    const [all, scores] = await Promise.all([
      ctx.loaders.needProposals.load(need.id),
      ctx.loaders.proposalScores.load(proposal.id),
    ]);
    return Object.assign(new ProposalEvaluation(), {
      ...evaluationOf(proposal, all, scores, need.weights),
      scores,
    });
  }

  @FieldResolver(() => SupplierMatch, {
    nullable: true,
    description:
      'The proposer’s match against the need (score, reasons, and its rank among all the need’s ' +
      'suppliers as supplierMatches ranks them), for comparing side by side.',
  })
  match(@Root() proposal: Proposal, @Ctx() ctx: RequestContext): Promise<SupplierMatch | null> {
    return this.services.matching.proposerMatch(ctx, proposal.need.id, proposal.organization.id);
  }
}

@Resolver(() => ProposalScore)
export class ProposalScoreResolver {
  @FieldResolver(() => String, { description: 'Who gave the score (display name of the account).' })
  async scoredBy(@Root() score: ProposalScore, @Ctx() ctx: RequestContext): Promise<string> {
    await ctx.em.populate(score, ['scoredBy']);
    return score.scoredBy.displayName;
  }
}

@Resolver(() => ServiceContract)
export class ServiceContractResolver {
  @FieldResolver(() => ServiceNeed)
  async need(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<ServiceNeed> {
    return (await ctx.loaders.serviceNeed.load(contract.need.id))!;
  }

  @FieldResolver(() => Organization)
  async supplier(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(contract.supplier.id))!;
  }

  @FieldResolver(() => String, { description: 'The buying department.' })
  buyer(@Root() contract: ServiceContract): string {
    return contract.department;
  }
}
