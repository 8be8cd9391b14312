import type { RequestContext } from '../../common/context.js';
import { today } from '../../common/clock.js';
import { CommonErrorCode, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { assertCurrentVersion, findRef, lockOrFail } from '../../common/locking.js';
import { listPage, type Page, type PageArguments } from '../../common/pagination.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import { OrganizationType } from '../registry/enums.js';
import { Organization } from '../registry/organization.entity.js';
import { ORGANIZATION_FIELDS } from '../registry/organization.fields.js';
import { BalanceDestination, FundEntryKind, FundPurpose, SpecialFundStatus } from './enums.js';
import { joinMonitoring, whereAnyWarning, type FundMonitorSettings } from './fund-monitor.js';
import { FundsErrorCode } from './funds.errors.js';
import { fundsScope } from './funds.scope.js';
import { FundsActions } from './funds.trail.js';
import type { LedgerService } from './ledger.service.js';
import { FundLedgerEntry, SpecialFund } from './special-fund.entity.js';
import { FUND_FIELDS as F } from './special-fund.fields.js';
import type {
  ChangeSpecialFundStatus,
  EstablishSpecialFund,
  SpecialFundFilterKeys,
} from './special-fund.inputs.js';

/** Allowed status changes; TERMINATED is final. */
const TRANSITIONS: Record<SpecialFundStatus, SpecialFundStatus[]> = {
  [SpecialFundStatus.ACTIVE]: [SpecialFundStatus.SUSPENDED, SpecialFundStatus.TERMINATED],
  [SpecialFundStatus.SUSPENDED]: [SpecialFundStatus.ACTIVE, SpecialFundStatus.TERMINATED],
  [SpecialFundStatus.TERMINATED]: [],
};

/** 专项基金: setting up, listing, suspending and terminating funds. */
export class SpecialFundService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly settings: FundMonitorSettings,
  ) {}

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: SpecialFundFilterKeys | null },
  ): Promise<Page<SpecialFund>> {
    const filter = args.filter ?? {};
    const asOf = filter.asOf ?? today(ctx);
    const page = await listPage(ctx, {
      from: 'special_fund as f',
      entity: SpecialFund,
      keyColumns: ['f.name', 'f.id'],
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'f.foundation_id');
        fundsScope.whereFoundation(ctx, query, 'o');
        const search = filter.search?.trim().toLowerCase();
        if (search)
          query.where((q) =>
            q
              .whereRaw('strpos(lower(f.name), ?) > 0', [search])
              .orWhereRaw('strpos(lower(o.name), ?) > 0', [search]),
          );
        if (filter.foundationId !== undefined && filter.foundationId !== null)
          query.where('f.foundation_id', filter.foundationId);
        if (filter.statuses?.length) query.whereIn('f.status', filter.statuses);
        if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
        if (filter.warnings?.length) {
          joinMonitoring(query, asOf);
          whereAnyWarning(query, filter.warnings, asOf, this.settings);
        }
        return query;
      },
    });
    await this.loadFoundations(ctx, page.items);
    for (const fund of page.items) fund.listedAsOf = asOf;
    return page;
  }

  /** The fund if the viewer may see it (its foundation, or the foundation's officers). */
  async byId(ctx: RequestContext, key: number): Promise<SpecialFund | null> {
    const fund = await ctx.loaders.specialFund.load(key);
    if (!fund) return null;
    await this.loadFoundations(ctx, [fund]);
    return fundsScope.covers(ctx, fund.foundation) ? fund : null;
  }

  /**
   * Field rules read the foundation's registrar off `fund.foundation`: every
   * foundation of a page is loaded at once, as entities into the request's
   * identity map (the organization loader gives read-model records instead).
   */
  async loadFoundations(ctx: RequestContext, funds: readonly SpecialFund[]): Promise<void> {
    const ids = [...new Set(funds.map((f) => f.foundation.id))];
    if (ids.length > 0) await ctx.em.find(Organization, { id: { $in: ids } });
  }

  /** 设立专项基金: under a foundation, never under another fund. */
  async establish(ctx: RequestContext, input: EstablishSpecialFund): Promise<SpecialFund> {
    return ctx.em.transactional(async (em) => {
      const check = new InputChecker();
      if (input.parentFundId !== undefined && input.parentFundId !== null) {
        check.add(
          FundsErrorCode.SUB_FUND_NOT_ALLOWED,
          {
            'zh-CN': '专项基金下不得再设立子基金（上海市专项基金管理规定）。',
            en: 'A special fund cannot hold sub-funds (Shanghai special-fund rules).',
          },
          'parentFundId',
        );
      }
      const foundationKey =
        input.foundationId ?? (ctx.viewer?.role === Role.ORGANIZATION ? ctx.viewer.organizationId : null);
      if (foundationKey === null || foundationKey === undefined)
        check.add(CommonErrorCode.REQUIRED, required(F.foundation.label), 'foundationId');
      const foundation = await findRef(em, check, Organization, foundationKey, {
        field: 'foundationId',
        label: ORGANIZATION_FIELDS.organization.label,
      });
      if (foundation) {
        fundsScope.assert(ctx, foundation);
        if (foundation.type !== OrganizationType.FOUNDATION)
          check.add(
            FundsErrorCode.NOT_A_FOUNDATION,
            {
              'zh-CN': `“${foundation.name}”不是基金会，不能设立专项基金。`,
              en: `${foundation.name} is not a foundation; only foundations set up special funds.`,
            },
            'foundationId',
          );
      }
      const name = check.text(input.name, 'name', F.name);
      const purpose = check.text(input.purpose, 'purpose', F.purpose);
      const donor = check.text(input.donor, 'donor', F.donor);
      const startedOn = check.date(input.startedOn, 'startedOn', F.startedOn);
      const committee = check.text(input.committee, 'committee', F.committee);
      const rulesOfUse = check.text(input.rulesOfUse, 'rulesOfUse', F.rulesOfUse);
      const scope = [...new Set(input.scope ?? [])].filter((p) => p !== FundPurpose.ADMINISTRATION);
      if (scope.length === 0) check.add(CommonErrorCode.REQUIRED, required(F.scope.label), 'scope');
      if (startedOn && startedOn > today(ctx))
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '设立日期不能晚于今天。', en: 'The start date cannot be in the future.' },
          'startedOn',
        );
      if (foundation && name && (await em.count(SpecialFund, { foundation, name })) > 0)
        check.add(
          CommonErrorCode.TAKEN,
          { 'zh-CN': '该基金会已有同名的专项基金。', en: 'The foundation already has a fund of this name.' },
          'name',
        );
      check.throwIfAny();
      const fund = em.create(SpecialFund, {
        foundation: foundation!,
        name,
        purpose,
        scope,
        donor,
        startedOn,
        committee,
        rulesOfUse,
      });
      await em.flush();
      await em.refresh(fund);
      await trail.record(em, ctx, FundsActions.establishSpecialFund, fund, null);
      return fund;
    });
  }

  /** Suspends, resumes or terminates a fund; termination hands the balance on by a ledger entry. */
  async changeStatus(
    ctx: RequestContext,
    input: ChangeSpecialFundStatus,
  ): Promise<{ fund: SpecialFund; entry: FundLedgerEntry | null }> {
    return ctx.em.transactional(async (em) => {
      const fund = await lockOrFail(em, SpecialFund, input.fundId ?? 0, {
        field: 'fundId',
        label: F.fund.label,
      });
      await em.populate(fund, ['foundation']);
      fundsScope.assert(ctx, fund.foundation);
      if (input.version !== undefined && input.version !== null) assertCurrentVersion(fund, input.version);
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', F.statusReason);
      const terminating = input.status === SpecialFundStatus.TERMINATED;
      const effectiveOn = terminating
        ? check.date(input.effectiveOn ?? today(ctx), 'effectiveOn', F.effectiveOn)
        : null;
      const destination = input.balanceDestination ?? BalanceDestination.FOUNDATION;
      const named =
        terminating && destination === BalanceDestination.NAMED_PURPOSE
          ? check.text(input.destinationPurpose, 'destinationPurpose', F.destinationPurpose)
          : null;
      check.throwIfAny();
      if (!TRANSITIONS[fund.status].includes(input.status)) {
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': `专项基金不能从 ${fund.status} 变为 ${input.status}。`,
            en: `A fund cannot go from ${fund.status} to ${input.status}.`,
          },
          'status',
        );
      }
      const before = trail.snapshot(fund);
      let entry: FundLedgerEntry | null = null;
      if (terminating && Number(fund.balance) > 0) {
        entry = await this.ledger.append(em, ctx, fund, {
          kind: FundEntryKind.BALANCE_TRANSFER,
          amount: fund.balance,
          occurredOn: effectiveOn!,
          counterparty: named ?? fund.foundation.name,
          note: reason,
        });
      }
      fund.status = input.status;
      fund.statusReason = reason;
      fund.terminatedOn = effectiveOn;
      await em.flush();
      await em.refresh(fund);
      await trail.record(em, ctx, FundsActions.changeSpecialFundStatus, fund, before, {
        reason,
        balanceTransferEntry: entry?.id,
        balanceDestination: terminating ? (named ?? destination) : undefined,
      });
      return { fund, entry };
    });
  }
}
