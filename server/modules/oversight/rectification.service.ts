import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem, required } from '../../common/errors.js';
import { InputChecker, multiline } from '../../common/input-checker.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { addWorkingDays } from './calendar.js';
import { RectificationStatus } from './enums.js';
import type { OversightSettings } from './oversight.settings.js';
import { oversightScope } from './oversight.scope.js';
import { OversightActions } from './oversight.trail.js';
import { Rectification } from './rectification.entity.js';
import { workingDaysOf } from './supervision.checks.js';
import { RECTIFICATION_FIELDS as R } from './supervision.fields.js';
import type {
  RectificationFilterKeys,
  ResolveRectification,
  VerifyRectification,
} from './supervision.inputs.js';

const REF = { field: 'rectificationId', label: { 'zh-CN': '整改事项', en: 'Rectification' } };

/** 整改: OPEN → RESPONDED → VERIFIED, or OVERDUE when the deadline passes unanswered (the sweep marks it). */
export class RectificationService {
  constructor(private readonly settings: OversightSettings) {}

  /** The organization answers, with its evidence; also after the deadline (it stays on record as overdue). */
  async resolve(ctx: RequestContext, input: ResolveRectification): Promise<Rectification> {
    return ctx.em.transactional(async (em) => {
      const rectification = await lockOrFail(em, Rectification, input.rectificationId, REF);
      await em.populate(rectification, ['organization']);
      oversightScope.assertOwn(ctx, rectification.organization);
      if (input.version !== null && input.version !== undefined)
        assertCurrentVersion(rectification, input.version);
      if (![RectificationStatus.OPEN, RectificationStatus.OVERDUE].includes(rectification.status))
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': '该整改事项已答复或已核查。',
            en: 'This rectification has been answered or verified already.',
          },
          'rectificationId',
        );
      const check = new InputChecker();
      const response = check.text(input.response, 'response', multiline(R.response));
      const evidence = check.nullableText(input.evidence, 'evidence', multiline(R.evidence)) ?? null;
      check.throwIfAny();
      const before = trail.snapshot(rectification);
      rectification.status = RectificationStatus.RESPONDED;
      rectification.response = response;
      rectification.evidence = evidence;
      rectification.respondedAt = ctx.now();
      await trail.record(em, ctx, OversightActions.resolveRectification, rectification, before);
      return rectification;
    });
  }

  /** The officer accepts the response (VERIFIED) or sends it back (OPEN, with a new deadline in working days). */
  async verify(ctx: RequestContext, input: VerifyRectification): Promise<Rectification> {
    return ctx.em.transactional(async (em) => {
      const rectification = await lockOrFail(em, Rectification, input.rectificationId, REF);
      await em.populate(rectification, ['organization']);
      oversightScope.assertOfficer(ctx, rectification.organization);
      assertCurrentVersion(rectification, input.version);
      if (rectification.status !== RectificationStatus.RESPONDED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': '只有已答复的整改事项可以核查。',
            en: 'Only an answered rectification can be verified.',
          },
          'rectificationId',
        );
      const check = new InputChecker();
      const comment = check.nullableText(input.comment, 'comment', multiline(R.verificationComment)) ?? null;
      if (!input.accepted && !comment)
        check.add(CommonErrorCode.REQUIRED, required(R.verificationComment.label), 'comment');
      const workingDays = workingDaysOf(check, input.workingDays, 'workingDays', R.workingDays);
      check.throwIfAny();
      const before = trail.snapshot(rectification);
      rectification.verificationComment = comment;
      rectification.verifiedBy = ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null;
      if (input.accepted) {
        rectification.status = RectificationStatus.VERIFIED;
        rectification.verifiedAt = ctx.now();
      } else {
        const days = workingDays ?? this.settings.rectificationWorkingDays;
        rectification.status = RectificationStatus.OPEN;
        rectification.workingDays = days;
        rectification.deadline = addWorkingDays(today(ctx), days);
      }
      await trail.record(em, ctx, OversightActions.verifyRectification, rectification, before, {
        accepted: input.accepted,
      });
      return rectification;
    });
  }

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: RectificationFilterKeys | null },
  ): Promise<Page<Rectification>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'rectification as x',
      entity: Rectification,
      keyColumns: ['x.deadline', 'x.id'],
      direction: OrderDirection.ASC,
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'x.organization_id');
        oversightScope.where(ctx, query, 'o');
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('x.organization_id', filter.organizationId);
        if (filter.statuses?.length) query.whereIn('x.status', filter.statuses);
        return query;
      },
    });
  }
}
