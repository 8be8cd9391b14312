import { ORGANIZATION_FIELDS } from '../registry/organization.fields.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, required } from '../../common/errors.js';
import { InputChecker, multiline } from '../../common/input-checker.js';
import { findRef, lockOrFail } from '../../common/locking.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { OrganizationStatus } from '../registry/enums.js';
import { Organization } from '../registry/organization.entity.js';
import type { RegistryServices } from '../registry/index.js';
import { AuditCase } from './audit-case.entity.js';
import { AuditCaseKind, PenaltyKind } from './enums.js';
import { oversightScope } from './oversight.scope.js';
import { OversightActions } from './oversight.trail.js';
import { Penalty } from './penalty.entity.js';
import { amountOf, dayWithin } from './supervision.checks.js';
import { PENALTY_FIELDS as P } from './supervision.fields.js';
import type { ImposePenalty, PenaltyFilterKeys } from './supervision.inputs.js';

/**
 * 行政处罚. Suspension (责令停止活动) and revocation (撤销登记) change the
 * organization's status through the registry's own status rules
 * (OrganizationService.changeStatus), in the same transaction.
 */
export class PenaltyService {
  constructor(private readonly registry: RegistryServices) {}

  async impose(ctx: RequestContext, input: ImposePenalty): Promise<Penalty> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: ORGANIZATION_FIELDS.organization.label,
      });
      oversightScope.assertOfficer(ctx, org);
      const now = today(ctx);
      const check = new InputChecker();
      const needsAmount = input.kind === PenaltyKind.FINE || input.kind === PenaltyKind.CONFISCATION;
      const amount = needsAmount
        ? amountOf(check, input.amount, 'amount', P.amount, { positive: true })
        : null;
      if (needsAmount && (input.amount === null || input.amount === undefined))
        check.add(CommonErrorCode.REQUIRED, required(P.amount.label), 'amount');
      const legalBasis = check.text(input.legalBasis, 'legalBasis', multiline(P.legalBasis));
      const decisionNumber =
        check.nullableText(input.decisionNumber, 'decisionNumber', P.decisionNumber) ?? null;
      const facts = check.nullableText(input.facts, 'facts', multiline(P.facts)) ?? null;
      const decidedOn = dayWithin(check, input.decidedOn ?? now, 'decidedOn', P.decidedOn, {
        from: org.registeredOn,
        to: now,
      });
      let suspendedFrom: string | null = null;
      let suspendedUntil: string | null = null;
      if (input.kind === PenaltyKind.SUSPENSION) {
        const limit = `${Number(now.slice(0, 4)) + 2}-12-31`;
        suspendedFrom = dayWithin(check, input.suspendedFrom, 'suspendedFrom', P.suspendedFrom, {
          from: decidedOn || undefined,
          to: limit,
        });
        suspendedUntil = dayWithin(check, input.suspendedUntil, 'suspendedUntil', P.suspendedUntil, {
          from: suspendedFrom || undefined,
          to: limit,
        });
      }
      const auditCase = await findRef(em, check, AuditCase, input.auditCaseId, {
        field: 'auditCaseId',
        label: { 'zh-CN': '监管案件', en: 'Audit case' },
      });
      if (
        auditCase &&
        (auditCase.organization.id !== org.id || auditCase.kind !== AuditCaseKind.INVESTIGATION)
      )
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': '行政处罚应来自本组织的查处案件。',
            en: 'A penalty comes from an investigation of this organization.',
          },
          'auditCaseId',
        );
      check.throwIfAny();
      const penalty = em.create(Penalty, {
        organization: org,
        auditCase,
        kind: input.kind,
        amount,
        suspendedFrom,
        suspendedUntil,
        legalBasis,
        decisionNumber,
        decidedOn,
        facts,
        decidedBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
      });
      await trail.record(em, ctx, OversightActions.imposePenalty, penalty, null);
      const inner = { ...ctx, em };
      if (input.kind === PenaltyKind.REVOCATION)
        await this.registry.organizations.changeStatus(inner, {
          organizationId: org.id,
          status: OrganizationStatus.REVOKED,
          reason: `撤销登记：${legalBasis}`.slice(0, 200),
        });
      if (
        input.kind === PenaltyKind.SUSPENSION &&
        suspendedFrom &&
        suspendedFrom <= now &&
        org.status === OrganizationStatus.ACTIVE
      )
        await this.registry.organizations.changeStatus(inner, {
          organizationId: org.id,
          status: OrganizationStatus.SUSPENDED,
          reason: `责令停止活动至 ${suspendedUntil}`,
        });
      return penalty;
    });
  }

  /**
   * Suspensions whose dates have come: an ACTIVE organization is suspended
   * from its start; a SUSPENDED one is restored after its end. Run by the sweep.
   */
  async applySuspensionDates(
    ctx: RequestContext,
    em: EntityManager,
    asOf: string,
  ): Promise<{ suspended: number[]; restored: number[] }> {
    const due = await em.find(
      Penalty,
      { kind: PenaltyKind.SUSPENSION, restoredOn: null, suspendedFrom: { $lte: asOf } },
      { populate: ['organization'], orderBy: { id: 'asc' } },
    );
    const suspended: number[] = [];
    const restored: number[] = [];
    const inner = { ...ctx, em };
    for (const penalty of due) {
      const org = penalty.organization;
      if (penalty.suspendedUntil! < asOf) {
        if (org.status === OrganizationStatus.SUSPENDED)
          await this.registry.organizations.changeStatus(inner, {
            organizationId: org.id,
            status: OrganizationStatus.ACTIVE,
            reason: `停止活动期满（${penalty.suspendedUntil}），恢复活动`,
          });
        const before = trail.snapshot(penalty);
        penalty.restoredOn = asOf;
        penalty.completedOn ??= penalty.suspendedUntil;
        await trail.record(em, ctx, OversightActions.endSuspension, penalty, before);
        restored.push(org.id);
      } else if (org.status === OrganizationStatus.ACTIVE) {
        await this.registry.organizations.changeStatus(inner, {
          organizationId: org.id,
          status: OrganizationStatus.SUSPENDED,
          reason: `责令停止活动至 ${penalty.suspendedUntil}`,
        });
        suspended.push(org.id);
      }
    }
    return { suspended, restored };
  }

  /** Penalties are public (信用公示). */
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: PenaltyFilterKeys | null },
  ): Promise<Page<Penalty>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'penalty as p',
      entity: Penalty,
      keyColumns: ['p.decided_on', 'p.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => {
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('p.organization_id', filter.organizationId);
        if (filter.kinds?.length) query.whereIn('p.kind', filter.kinds);
        return query;
      },
    });
  }
}
