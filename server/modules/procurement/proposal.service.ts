import type { RequestContext } from '../../common/context.js';
import { today } from '../../common/clock.js';
import { CommonErrorCode, DomainError, ForbiddenError, notFound, problem } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import type { JobQueue } from '../../common/jobs.js';
import { lockOrFail } from '../../common/locking.js';
import { toFen } from '../../common/money.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { EvaluationFactor, ProposalStatus, ServiceNeedStatus } from './enums.js';
import type { MatchingService } from './matching.service.js';
import { checkPositiveMoney } from './need-checks.js';
import type { NotifyJob } from './notification.service.js';
import type {
  AwardServiceNeed,
  EvaluateProposal,
  RateContract,
  SubmitProposal,
} from './procurement.inputs.js';
import { ProcurementErrorCode } from './procurement.errors.js';
import { NEED_FIELDS, PROPOSAL_FIELDS as F } from './procurement.fields.js';
import { effectiveStatus, procurementScope } from './procurement.scope.js';
import { ProcurementActions } from './procurement.trail.js';
import { Proposal, ProposalScore, ServiceContract } from './proposal.entity.js';
import { ServiceNeed } from './service-need.entity.js';

const NEED_REF = { field: 'needId', label: NEED_FIELDS.need.label };
const PROPOSAL_REF = { field: 'proposalId', label: F.proposal.label };

const deadlinePassed = () =>
  problem(
    ProcurementErrorCode.DEADLINE_PASSED,
    {
      'zh-CN': '响应截止时间已过，不能再提交或撤回。',
      en: 'The deadline has passed: nothing can change now.',
    },
    'needId',
  );

/** 响应、评审、授予与履约评价: proposals, their evaluation, the award and the rating. */
export class ProposalService {
  constructor(
    private readonly matching: MatchingService,
    private readonly jobs: JobQueue,
    private readonly notify: () => NotifyJob,
  ) {}

  /** A need's proposals as the viewer may see them: all (buyer, officers) or its own. */
  async ofNeed(ctx: RequestContext, need: ServiceNeed): Promise<Proposal[]> {
    const all = await ctx.loaders.needProposals.load(need.id);
    if (procurementScope.mayViewAllProposals(ctx, need)) return all;
    const own = procurementScope.ownOrganization(ctx);
    return all.filter((p) => p.organization.id === own);
  }

  async byId(ctx: RequestContext, key: number): Promise<Proposal | null> {
    const proposal = await ctx.em.findOne(Proposal, key);
    if (!proposal) return null;
    const need = (await ctx.loaders.serviceNeed.load(proposal.need.id))!;
    const visible =
      procurementScope.mayViewAllProposals(ctx, need) ||
      procurementScope.ownOrganization(ctx) === proposal.organization.id;
    return visible ? proposal : null;
  }

  /** An organization's own proposals, newest first. */
  async mine(ctx: RequestContext, args: PageArguments): Promise<Page<Proposal>> {
    const own = procurementScope.ownOrganization(ctx);
    if (own === null) throw new ForbiddenError();
    return listPage(ctx, {
      from: 'proposal as p',
      entity: Proposal,
      keyColumns: ['p.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => query.where('p.organization_id', own),
    });
  }

  /** 提交响应: an eligible organization, before the deadline, within the budget. */
  async submit(ctx: RequestContext, input: SubmitProposal): Promise<Proposal> {
    return ctx.em.transactional(async (em) => {
      const own = procurementScope.ownOrganization(ctx);
      if (own === null) throw new ForbiddenError();
      const need = await lockOrFail(em, ServiceNeed, input.needId, NEED_REF);
      if (need.status === ServiceNeedStatus.DRAFT)
        throw problem(CommonErrorCode.NOT_FOUND, notFound(NEED_REF.label), 'needId');
      if (effectiveStatus(need, ctx.now()) !== ServiceNeedStatus.PUBLISHED) throw deadlinePassed();
      const check = new InputChecker();
      const price = checkPositiveMoney(check, input.price, 'price', F.price.label);
      if (price === undefined)
        check.add(CommonErrorCode.REQUIRED, { 'zh-CN': '请填写报价。', en: 'Price is required.' }, 'price');
      const plan = check.text(input.plan, 'plan', F.plan);
      const team = check.text(input.team, 'team', F.team);
      check.throwIfAny();
      if (toFen(price!) > toFen(need.budget))
        throw problem(
          ProcurementErrorCode.OVER_BUDGET,
          {
            'zh-CN': `报价 ${price} 元超过预算 ${need.budget} 元，不予受理。`,
            en: `The price ${price} yuan is above the budget of ${need.budget} yuan.`,
          },
          'price',
        );
      const match = await this.matching.blockersOf(em, ctx, need, own);
      if (!match?.eligible) {
        const blockers = match?.blockers ?? [];
        throw new DomainError(
          blockers.map((b) => ({
            code: ProcurementErrorCode.NOT_ELIGIBLE,
            message: b.message,
            field: ['input', 'needId'],
          })),
        );
      }
      let proposal = await em.findOne(Proposal, { need, organization: own });
      const before = proposal ? trail.snapshot(proposal) : null;
      if (proposal)
        Object.assign(proposal, {
          price,
          plan,
          team,
          status: ProposalStatus.SUBMITTED,
          submittedAt: ctx.now(),
          withdrawnAt: null,
        });
      else
        proposal = em.create(Proposal, {
          need,
          organization: em.getReference(Organization, own),
          price: price!,
          plan,
          team,
          submittedBy: em.getReference(Account, ctx.viewer!.accountId),
          submittedAt: ctx.now(),
        });
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.submitProposal, proposal, before);
      return proposal;
    });
  }

  /** 撤回: the organization's own, before the deadline. */
  async withdraw(ctx: RequestContext, proposalKey: number): Promise<Proposal> {
    return ctx.em.transactional(async (em) => {
      const own = procurementScope.ownOrganization(ctx);
      if (own === null) throw new ForbiddenError();
      const proposal = await lockOrFail(em, Proposal, proposalKey, PROPOSAL_REF);
      if (proposal.organization.id !== own)
        throw problem(CommonErrorCode.NOT_FOUND, notFound(F.proposal.label), 'proposalId');
      const need = await em.findOneOrFail(ServiceNeed, proposal.need.id);
      if (effectiveStatus(need, ctx.now()) !== ServiceNeedStatus.PUBLISHED) throw deadlinePassed();
      if (proposal.status !== ProposalStatus.SUBMITTED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该响应已撤回。', en: 'The proposal is already withdrawn.' },
          'proposalId',
        );
      const before = trail.snapshot(proposal);
      proposal.status = ProposalStatus.WITHDRAWN;
      proposal.withdrawnAt = ctx.now();
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.withdrawProposal, proposal, before);
      return proposal;
    });
  }

  /** The need of a proposal, locked, for its own department's buyer, after the deadline. */
  private async needToDecide(ctx: RequestContext, needKey: number | null | undefined): Promise<ServiceNeed> {
    const need = await lockOrFail(ctx.em, ServiceNeed, needKey, NEED_REF);
    if (!procurementScope.isBuyerOf(ctx, need)) throw new ForbiddenError();
    const status = effectiveStatus(need, ctx.now());
    if (status === ServiceNeedStatus.AWARDED)
      throw problem(
        ProcurementErrorCode.ALREADY_AWARDED,
        { 'zh-CN': '该需求已授予。', en: 'The need is already awarded.' },
        'needId',
      );
    if (status !== ServiceNeedStatus.CLOSED)
      throw problem(
        ProcurementErrorCode.DEADLINE_NOT_PASSED,
        {
          'zh-CN': `需求状态为 ${status}：截止后方可评审和授予。`,
          en: `The need is ${status}: evaluation and award come after the deadline.`,
        },
        'needId',
      );
    return need;
  }

  /** 评审: the buyer scores the quality factors within their weights; each score keeps who gave it. */
  async evaluate(ctx: RequestContext, input: EvaluateProposal): Promise<Proposal> {
    return ctx.em.transactional(async (em) => {
      const proposal = await em.findOne(Proposal, input.proposalId ?? 0);
      if (!proposal) throw problem(CommonErrorCode.NOT_FOUND, notFound(F.proposal.label), 'proposalId');
      const need = await this.needToDecide({ ...ctx, em }, proposal.need.id);
      if (proposal.status !== ProposalStatus.SUBMITTED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该响应已撤回。', en: 'The proposal was withdrawn.' },
          'proposalId',
        );
      const check = new InputChecker();
      const seen = new Set<EvaluationFactor>();
      const scores = input.scores.map((s, i) => {
        const weight = need.weights[s.factor];
        const points = Number(s.points);
        if (s.factor === EvaluationFactor.PRICE || weight === undefined || seen.has(s.factor))
          check.add(
            CommonErrorCode.INVALID,
            {
              'zh-CN': '只能为本需求的非价格因素评分，每个因素一次（价格分由系统按最低价基准计算）。',
              en: 'Score each of the need’s non-price factors once (price is computed by the lowest-price benchmark).',
            },
            `scores.${i}.factor`,
          );
        else if (!(points >= 0) || points > weight)
          check.add(
            ProcurementErrorCode.SCORE_ABOVE_WEIGHT,
            {
              'zh-CN': `${s.factor} 的得分须在 0 到 ${weight} 之间。`,
              en: `${s.factor} scores from 0 to ${weight}.`,
            },
            `scores.${i}.points`,
          );
        seen.add(s.factor);
        const comment = check.nullableText(s.comment, `scores.${i}.comment`, F.comment) ?? null;
        return { factor: s.factor, points: s.points, comment };
      });
      check.throwIfAny();
      const existing = await em.find(ProposalScore, { proposal });
      const before = { scores: Object.fromEntries(existing.map((s) => [s.factor, s.points])) };
      for (const s of scores) {
        const row = existing.find((e) => e.factor === s.factor);
        const values = {
          points: s.points,
          comment: s.comment,
          scoredBy: em.getReference(Account, ctx.viewer!.accountId),
          scoredAt: ctx.now(),
        };
        if (row) Object.assign(row, values);
        else em.create(ProposalScore, { proposal, factor: s.factor, ...values });
      }
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.evaluateProposal, proposal, null, {
        scores: Object.fromEntries(scores.map((s) => [s.factor, s.points])),
        previous: before.scores,
      });
      return proposal;
    });
  }

  /**
   * 授予: one award per need. The need row is locked (SELECT … FOR UPDATE), so a second award
   * waits and then finds it AWARDED; the unique need key of the contract backs it up.
   */
  async award(
    ctx: RequestContext,
    input: AwardServiceNeed,
  ): Promise<{ need: ServiceNeed; contract: ServiceContract }> {
    return ctx.em.transactional(async (em) => {
      const need = await this.needToDecide({ ...ctx, em }, input.needId);
      const proposal = await em.findOne(Proposal, { id: input.proposalId ?? 0, need });
      if (!proposal) throw problem(CommonErrorCode.NOT_FOUND, notFound(F.proposal.label), 'proposalId');
      if (proposal.status !== ProposalStatus.SUBMITTED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该响应已撤回。', en: 'The proposal was withdrawn.' },
          'proposalId',
        );
      const before = trail.snapshot(need);
      const proposalBefore = trail.snapshot(proposal);
      const contract = em.create(ServiceContract, {
        need,
        proposal,
        supplier: proposal.organization,
        department: need.department,
        amount: proposal.price,
        periodStart: need.serviceStart,
        periodEnd: need.serviceEnd,
        awardedAt: ctx.now(),
        awardedBy: em.getReference(Account, ctx.viewer!.accountId),
      });
      need.status = ServiceNeedStatus.AWARDED;
      need.awardedAt = ctx.now();
      proposal.status = ProposalStatus.AWARDED;
      await em.flush();
      await em
        .createQueryBuilder(Proposal)
        .update({ status: ProposalStatus.NOT_AWARDED })
        .where({ need: need.id, status: ProposalStatus.SUBMITTED })
        .execute();
      await trail.record(em, ctx, ProcurementActions.awardServiceNeed, need, before, {
        proposal: proposal.id,
        contract: contract.id,
        amount: contract.amount,
      });
      await trail.record(em, ctx, ProcurementActions.awardServiceNeed, proposal, proposalBefore);
      await this.jobs.send(em, this.notify(), { needId: need.id, event: 'awarded' });
      return { need, contract };
    });
  }

  /** 履约评价: the buyer rates the work once the period is over; it feeds the track record. */
  async rate(ctx: RequestContext, input: RateContract): Promise<ServiceContract> {
    return ctx.em.transactional(async (em) => {
      const contract = await lockOrFail(em, ServiceContract, input.contractId, {
        field: 'contractId',
        label: F.contract.label,
      });
      if (!procurementScope.isBuyerOf(ctx, contract)) throw new ForbiddenError();
      const check = new InputChecker();
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '评价须为 1 到 5 分。', en: 'The rating is 1 to 5.' },
          'rating',
        );
      const comment = check.nullableText(input.comment, 'comment', F.comment) ?? null;
      check.throwIfAny();
      if (today(ctx) < contract.periodEnd)
        throw problem(
          ProcurementErrorCode.PERIOD_NOT_OVER,
          {
            'zh-CN': `服务期至 ${contract.periodEnd}，期满后方可评价。`,
            en: `The service period runs until ${contract.periodEnd}; rate it after that.`,
          },
          'contractId',
        );
      if (contract.rating !== null && contract.rating !== undefined)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该合同已评价。', en: 'The contract is already rated.' },
          'contractId',
        );
      const before = trail.snapshot(contract);
      contract.rating = input.rating;
      contract.ratingComment = comment;
      contract.deliveredOnTime = input.deliveredOnTime ?? true;
      contract.ratedAt = ctx.now();
      contract.ratedBy = em.getReference(Account, ctx.viewer!.accountId);
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.rateContract, contract, before);
      return contract;
    });
  }
}
