import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem } from '../../common/errors.js';
import { InputChecker, multiline } from '../../common/input-checker.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { addWorkingDays } from './calendar.js';
import type { OversightSettings } from './oversight.settings.js';
import { oversightScope } from './oversight.scope.js';
import { OversightActions } from './oversight.trail.js';
import { Rectification } from './rectification.entity.js';
import { amountOf, dayWithin, optionalDayWithin, workingDaysOf } from './supervision.checks.js';
import {
  AUDIT_CASE_FIELDS as C,
  FINDING_FIELDS as FF,
  RECTIFICATION_FIELDS as R,
} from './supervision.fields.js';
import type {
  AuditCaseFilterKeys,
  CloseAuditCase,
  OpenAuditCase,
  RecordAuditFinding,
} from './supervision.inputs.js';

const CASE_REF = { field: 'auditCaseId', label: { 'zh-CN': '监管案件', en: 'Audit case' } };

/** 专项审计；评估、约谈、审计、查处: cases, their findings and the rectifications they order. */
export class AuditCaseService {
  constructor(private readonly settings: OversightSettings) {}

  async open(ctx: RequestContext, input: OpenAuditCase): Promise<AuditCase> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: C.organization.label,
      });
      oversightScope.assertOfficer(ctx, org);
      const now = today(ctx);
      const check = new InputChecker();
      const title = check.text(input.title, 'title', C.title);
      const scope = check.text(input.scope, 'scope', multiline(C.scope));
      const auditor = check.text(input.auditor, 'auditor', C.auditor);
      const openedOn = dayWithin(check, input.openedOn ?? now, 'openedOn', C.openedOn, { to: now });
      const periodFrom = dayWithin(check, input.periodFrom, 'periodFrom', C.periodFrom, { to: now });
      const periodTo = optionalDayWithin(check, input.periodTo, 'periodTo', C.periodTo, {
        from: periodFrom || undefined,
        to: now,
      });
      const workingNotes =
        check.nullableText(input.workingNotes, 'workingNotes', multiline(C.workingNotes)) ?? null;
      check.throwIfAny();
      const auditCase = em.create(AuditCase, {
        organization: org,
        kind: input.kind,
        title,
        scope,
        periodFrom,
        periodTo,
        auditor,
        openedOn,
        workingNotes,
        openedBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
      });
      await trail.record(em, ctx, OversightActions.openAuditCase, auditCase, null);
      return auditCase;
    });
  }

  /** A finding of an open case; with `rectification`, the order to fix it by a deadline. */
  async recordFinding(
    ctx: RequestContext,
    input: RecordAuditFinding,
  ): Promise<{ finding: AuditFinding; rectification: Rectification | null }> {
    return ctx.em.transactional(async (em) => {
      const auditCase = await lockOrFail(em, AuditCase, input.auditCaseId, CASE_REF);
      await em.populate(auditCase, ['organization']);
      oversightScope.assertOfficer(ctx, auditCase.organization);
      this.assertOpen(auditCase);
      const now = today(ctx);
      const check = new InputChecker();
      const description = check.text(input.description, 'description', multiline(FF.description));
      const amount = amountOf(check, input.amount, 'amount', FF.amount);
      const foundOn = dayWithin(check, input.foundOn ?? now, 'foundOn', FF.foundOn, {
        from: auditCase.openedOn,
        to: now,
      });
      const order = input.rectification;
      let requirement = '';
      let deadline = '';
      let workingDays: number | null = null;
      if (order) {
        requirement = check.text(order.requirement, 'rectification.requirement', multiline(R.requirement));
        workingDays = workingDaysOf(check, order.workingDays, 'rectification.workingDays', R.workingDays);
        if (order.deadline !== null && order.deadline !== undefined)
          deadline = dayWithin(check, order.deadline, 'rectification.deadline', R.deadline, {
            from: now,
            to: `${Number(now.slice(0, 4)) + 2}-12-31`,
          });
        else {
          workingDays ??= this.settings.rectificationWorkingDays;
          deadline = addWorkingDays(now, workingDays);
        }
      }
      check.throwIfAny();
      const finding = em.create(AuditFinding, {
        auditCase,
        category: input.category,
        severity: input.severity,
        description,
        amount,
        foundOn,
        recordedBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
      });
      await trail.record(em, ctx, OversightActions.recordAuditFinding, finding, null);
      if (!order) return { finding, rectification: null };
      const rectification = em.create(Rectification, {
        finding,
        organization: auditCase.organization,
        requirement,
        orderedOn: now,
        deadline,
        workingDays: order.deadline ? null : workingDays,
      });
      await trail.record(em, ctx, OversightActions.recordAuditFinding, rectification, null);
      return { finding, rectification };
    });
  }

  async close(ctx: RequestContext, input: CloseAuditCase): Promise<AuditCase> {
    return ctx.em.transactional(async (em) => {
      const auditCase = await lockOrFail(em, AuditCase, input.auditCaseId, CASE_REF);
      await em.populate(auditCase, ['organization']);
      oversightScope.assertOfficer(ctx, auditCase.organization);
      assertCurrentVersion(auditCase, input.version);
      this.assertOpen(auditCase);
      const now = today(ctx);
      const check = new InputChecker();
      const conclusion = check.text(input.conclusion, 'conclusion', multiline(C.conclusion));
      const closedOn = dayWithin(check, input.closedOn ?? now, 'closedOn', C.closedOn, {
        from: auditCase.openedOn,
        to: now,
      });
      const workingNotes = check.nullableText(input.workingNotes, 'workingNotes', multiline(C.workingNotes));
      check.throwIfAny();
      const before = trail.snapshot(auditCase);
      auditCase.conclusion = conclusion;
      auditCase.closedOn = closedOn;
      if (workingNotes !== undefined) auditCase.workingNotes = workingNotes;
      await trail.record(em, ctx, OversightActions.closeAuditCase, auditCase, before);
      return auditCase;
    });
  }

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: AuditCaseFilterKeys | null },
  ): Promise<Page<AuditCase>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'audit_case as c',
      entity: AuditCase,
      keyColumns: ['c.opened_on', 'c.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'c.organization_id');
        oversightScope.where(ctx, query, 'o');
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('c.organization_id', filter.organizationId);
        if (filter.kinds?.length) query.whereIn('c.kind', filter.kinds);
        if (filter.open === true) query.whereNull('c.closed_on');
        if (filter.open === false) query.whereNotNull('c.closed_on');
        return query;
      },
    });
  }

  private assertOpen(auditCase: AuditCase): void {
    if (auditCase.closedOn)
      throw problem(
        CommonErrorCode.INVALID_TRANSITION,
        { 'zh-CN': '该案件已结案。', en: 'This case is closed.' },
        'auditCaseId',
      );
  }
}
