import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { pgArray } from '../../common/db.js';
import { CommonErrorCode, ForbiddenError, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import type { JobQueue } from '../../common/jobs.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { ServiceNeedStatus } from './enums.js';
import {
  applyRequirements,
  checkDeadline,
  checkDistricts,
  checkPositiveMoney,
  checkServiceDay,
  checkWeights,
  DEFAULT_WEIGHTS,
} from './need-checks.js';
import type { NotifyJob } from './notification.service.js';
import type {
  AmendServiceNeed,
  CancelServiceNeed,
  SaveServiceNeed,
  ServiceNeedAction,
  ServiceNeedFilter,
} from './procurement.inputs.js';
import { ProcurementErrorCode } from './procurement.errors.js';
import { NEED_FIELDS as F } from './procurement.fields.js';
import { effectiveStatus, procurementScope } from './procurement.scope.js';
import type { ProcurementSettings } from './procurement.settings.js';
import { ProcurementActions } from './procurement.trail.js';
import { ServiceNeed, ServiceNeedAmendment } from './service-need.entity.js';

const NEED_REF = { field: 'needId', label: F.need.label };

function notEditable(status: ServiceNeedStatus) {
  return problem(
    status === ServiceNeedStatus.DRAFT
      ? CommonErrorCode.INVALID_TRANSITION
      : ProcurementErrorCode.AMENDMENT_REQUIRED,
    status === ServiceNeedStatus.PUBLISHED
      ? {
          'zh-CN': '需求已发布，要求和权重只能以更正公告修改（须说明原因并延长截止时间）。',
          en: 'The need is published: change it by an amendment, with a reason and a later deadline.',
        }
      : {
          'zh-CN': `需求状态为 ${status}，不能进行此操作。`,
          en: `The need is ${status}; this cannot be done now.`,
        },
    'needId',
  );
}

/** 服务需求: drafting, publication, closing, cancelling and amending; the public board. */
export class ServiceNeedService {
  constructor(
    private readonly settings: ProcurementSettings,
    private readonly jobs: JobQueue,
    private readonly notify: () => NotifyJob,
  ) {}

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: ServiceNeedFilter | null },
  ): Promise<Page<ServiceNeed>> {
    const filter = args.filter ?? {};
    const now = ctx.now();
    return listPage(ctx, {
      from: 'service_need as n',
      entity: ServiceNeed,
      keyColumns: ['n.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => {
        const viewer = ctx.viewer;
        if (!procurementScope.isOfficer(ctx)) {
          if (viewer?.role === Role.BUYER)
            query.where((q) =>
              q.whereNot('n.status', 'DRAFT').orWhere('n.department', viewer.department ?? ''),
            );
          else query.whereNot('n.status', 'DRAFT');
        }
        if (filter.mine && viewer?.role === Role.BUYER) query.where('n.department', viewer.department ?? '');
        if (filter.department) query.where('n.department', filter.department);
        if (filter.categories?.length)
          query.whereRaw('n.category::text = any(?::text[])', [pgArray(filter.categories)]);
        if (filter.districtCodes?.length)
          query.whereRaw('n.district_codes && ?::text[]', [pgArray(filter.districtCodes)]);
        if (filter.statuses?.length) {
          const statuses = filter.statuses;
          query.where((q) => {
            const stored = statuses.filter(
              (s) => s !== ServiceNeedStatus.PUBLISHED && s !== ServiceNeedStatus.CLOSED,
            );
            if (stored.length) q.orWhereRaw('n.status::text = any(?::text[])', [pgArray(stored)]);
            if (statuses.includes(ServiceNeedStatus.PUBLISHED))
              q.orWhereRaw(`(n.status = 'PUBLISHED' and n.deadline > ?)`, [now]);
            if (statuses.includes(ServiceNeedStatus.CLOSED))
              q.orWhereRaw(`(n.status = 'CLOSED' or (n.status = 'PUBLISHED' and n.deadline <= ?))`, [now]);
          });
        }
        return query;
      },
    });
  }

  async byId(ctx: RequestContext, key: number): Promise<ServiceNeed | null> {
    const need = await ctx.loaders.serviceNeed.load(key);
    return need && procurementScope.mayViewNeed(ctx, need) ? need : null;
  }

  /** A need the viewer buys for, locked; a buyer of another department is refused. */
  private async lockOwn(ctx: RequestContext, input: ServiceNeedAction): Promise<ServiceNeed> {
    const need = await lockOrFail(ctx.em, ServiceNeed, input.needId, NEED_REF);
    if (!procurementScope.isBuyerOf(ctx, need)) {
      if (procurementScope.mayViewNeed(ctx, need)) throw new ForbiddenError();
      throw problem(
        CommonErrorCode.NOT_FOUND,
        { 'zh-CN': '找不到该服务需求。', en: 'Service need was not found.' },
        'needId',
      );
    }
    if (input.version !== undefined && input.version !== null) assertCurrentVersion(need, input.version);
    return need;
  }

  /** 起草: a new draft, or changes to a draft of the viewer's department. */
  async save(ctx: RequestContext, input: SaveServiceNeed): Promise<ServiceNeed> {
    return ctx.em.transactional(async (em) => {
      const department = ctx.viewer?.department;
      if (ctx.viewer?.role !== Role.BUYER || !department) throw new ForbiddenError();
      const existing =
        input.needId !== undefined && input.needId !== null
          ? await this.lockOwn({ ...ctx, em }, { needId: input.needId, version: input.version })
          : null;
      if (existing && existing.status !== ServiceNeedStatus.DRAFT) throw notEditable(existing.status);
      const before = existing ? trail.snapshot(existing) : null;
      const check = new InputChecker();
      const draft: Partial<ServiceNeed> = existing ?? {
        department,
        weights: DEFAULT_WEIGHTS,
        districtCodes: [],
      };
      const title = existing
        ? check.optionalText(input.title, 'title', F.title)
        : check.text(input.title, 'title', F.title);
      if (title !== undefined) draft.title = title;
      if (input.description !== undefined)
        draft.description = check.nullableText(input.description, 'description', F.description) ?? '';
      if (input.category) draft.category = input.category;
      if (input.districtCodes)
        draft.districtCodes = await checkDistricts(em, check, input.districtCodes, 'districtCodes');
      const budget = checkPositiveMoney(check, input.budget, 'budget', F.budget.label);
      if (budget !== undefined) draft.budget = budget;
      const day = today(ctx);
      if (input.serviceStart)
        draft.serviceStart = checkServiceDay(check, input.serviceStart, 'serviceStart', day);
      if (input.serviceEnd) draft.serviceEnd = checkServiceDay(check, input.serviceEnd, 'serviceEnd', day);
      if (input.deadline) draft.deadline = checkDeadline(check, input.deadline, day);
      if (input.requirements) applyRequirements(check, draft, input.requirements);
      if (input.weights) draft.weights = checkWeights(check, input.weights, this.settings);
      const missing: [keyof ServiceNeed & string, { label: typeof F.title.label }][] = [
        ['category', F.category],
        ['budget', F.budget],
        ['serviceStart', F.serviceStart],
        ['serviceEnd', F.serviceEnd],
        ['deadline', F.deadline],
      ];
      for (const [field, spec] of missing)
        if (draft[field] === undefined || draft[field] === null)
          check.add(CommonErrorCode.REQUIRED, required(spec.label), field);
      if (draft.serviceStart && draft.serviceEnd && draft.serviceEnd < draft.serviceStart)
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '服务结束日期不能早于开始日期。', en: 'The service cannot end before it starts.' },
          'serviceEnd',
        );
      check.throwIfAny();
      const need =
        existing ??
        em.create(ServiceNeed, {
          ...(draft as ServiceNeed),
          description: draft.description ?? '',
          createdBy: em.getReference(Account, ctx.viewer.accountId),
        });
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.saveServiceNeed, need, before);
      return need;
    });
  }

  /** 发布: a draft goes on the public board; subscribers are told through the job queue. */
  async publish(ctx: RequestContext, input: ServiceNeedAction): Promise<ServiceNeed> {
    return ctx.em.transactional(async (em) => {
      const need = await this.lockOwn({ ...ctx, em }, input);
      if (need.status !== ServiceNeedStatus.DRAFT) throw notEditable(need.status);
      if (need.deadline.getTime() <= ctx.now().getTime())
        throw problem(
          ProcurementErrorCode.DEADLINE_PASSED,
          { 'zh-CN': '响应截止时间须晚于发布时间。', en: 'The proposal deadline must be after publication.' },
          'deadline',
        );
      const before = trail.snapshot(need);
      need.status = ServiceNeedStatus.PUBLISHED;
      need.publishedAt = ctx.now();
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.publishServiceNeed, need, before);
      await this.jobs.send(em, this.notify(), { needId: need.id, event: 'published' });
      return need;
    });
  }

  /** 截止: closed by hand (at the deadline it closes on its own: deadline-close.ts). */
  async close(ctx: RequestContext, input: ServiceNeedAction): Promise<ServiceNeed> {
    return ctx.em.transactional(async (em) => {
      const need = await this.lockOwn({ ...ctx, em }, input);
      if (need.status !== ServiceNeedStatus.PUBLISHED) throw notEditable(effectiveStatus(need, ctx.now()));
      const before = trail.snapshot(need);
      need.status = ServiceNeedStatus.CLOSED;
      need.closedAt = ctx.now();
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.closeServiceNeed, need, before);
      return need;
    });
  }

  /** 终止: cancelled with a reason, before an award; proposers are told. */
  async cancel(ctx: RequestContext, input: CancelServiceNeed): Promise<ServiceNeed> {
    return ctx.em.transactional(async (em) => {
      const need = await this.lockOwn({ ...ctx, em }, input);
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', F.reason);
      check.throwIfAny();
      if (need.status === ServiceNeedStatus.AWARDED || need.status === ServiceNeedStatus.CANCELLED)
        throw notEditable(need.status);
      const before = trail.snapshot(need);
      const wasPublic = need.status !== ServiceNeedStatus.DRAFT;
      need.status = ServiceNeedStatus.CANCELLED;
      need.cancelReason = reason;
      need.cancelledAt = ctx.now();
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.cancelServiceNeed, need, before, { reason });
      if (wasPublic) await this.jobs.send(em, this.notify(), { needId: need.id, event: 'cancelled' });
      return need;
    });
  }

  /** 更正公告: a published need changes only with a reason and a later deadline, shown publicly. */
  async amend(
    ctx: RequestContext,
    input: AmendServiceNeed,
  ): Promise<{ need: ServiceNeed; amendment: ServiceNeedAmendment }> {
    return ctx.em.transactional(async (em) => {
      const need = await this.lockOwn({ ...ctx, em }, input);
      if (effectiveStatus(need, ctx.now()) !== ServiceNeedStatus.PUBLISHED)
        throw notEditable(effectiveStatus(need, ctx.now()));
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', F.reason);
      if (!input.deadline || input.deadline.getTime() <= need.deadline.getTime())
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': '更正须延长响应截止时间（新的截止时间晚于原截止时间）。',
            en: 'An amendment extends the deadline: the new one must be later than the old.',
          },
          'deadline',
        );
      else checkDeadline(check, input.deadline, today(ctx));
      const before = trail.snapshot(need);
      const changed: Partial<ServiceNeed> = {};
      if (input.description !== undefined && input.description !== null)
        changed.description = check.text(input.description, 'description', F.description);
      const budget = checkPositiveMoney(check, input.budget, 'budget', F.budget.label);
      if (budget !== undefined) changed.budget = budget;
      if (input.requirements) applyRequirements(check, changed, input.requirements);
      if (input.weights) changed.weights = checkWeights(check, input.weights, this.settings);
      check.throwIfAny();
      const previousDeadline = need.deadline;
      Object.assign(need, changed, { deadline: input.deadline! });
      const after = trail.snapshot(need);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [field, value] of Object.entries(after))
        if (JSON.stringify(value) !== JSON.stringify(before[field]))
          changes[field] = { before: before[field], after: value };
      const amendment = em.create(ServiceNeedAmendment, {
        need,
        reason,
        changes,
        previousDeadline,
        newDeadline: input.deadline!,
        amendedBy: em.getReference(Account, ctx.viewer!.accountId),
      });
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.amendServiceNeed, need, before, {
        reason,
        amendment: amendment.id,
      });
      await this.jobs.send(em, this.notify(), { needId: need.id, event: 'amended' });
      return { need, amendment };
    });
  }
}
