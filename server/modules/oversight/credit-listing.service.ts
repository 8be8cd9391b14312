import { ORGANIZATION_FIELDS } from '../registry/organization.fields.js';
import { LockMode } from '@mikro-orm/core';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, problem, required } from '../../common/errors.js';
import { InputChecker, multiline } from '../../common/input-checker.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { addWorkingDays } from './calendar.js';
import { ListingRule, RULES } from './credit-list.rules.js';
import { CreditListing, CreditListingCause, RemovalApplication } from './credit-listing.entity.js';
import type {
  ApplyForCreditListRemoval,
  CreditListingFilterKeys,
  DecideCreditListRemoval,
  PlaceOnCreditList,
  RemovalApplicationFilterKeys,
  RemoveFromCreditList,
} from './credit-listing.inputs.js';
import { CreditList, ListingSource, RemovalApplicationStatus, RemovalKind } from './enums.js';
import type { OversightSettings } from './oversight.settings.js';
import { oversightScope } from './oversight.scope.js';
import { OversightActions } from './oversight.trail.js';
import { dayWithin } from './supervision.checks.js';
import { LISTING_FIELDS as L } from './supervision.fields.js';
import { removableFrom } from './sweep.plan.js';

const LISTING_REF = { field: 'listingId', label: { 'zh-CN': '名单记录', en: 'Listing' } };
const APPLICATION_REF = { field: 'applicationId', label: { 'zh-CN': '移出申请', en: 'Removal application' } };

/** 信用名单: officers' listings and removals, removal applications, and the public list. */
export class CreditListingService {
  constructor(private readonly settings: OversightSettings) {}

  async place(ctx: RequestContext, input: PlaceOnCreditList): Promise<CreditListing> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: ORGANIZATION_FIELDS.organization.label,
      });
      oversightScope.assertOfficer(ctx, org);
      const now = today(ctx);
      const check = new InputChecker();
      const reasonCode = check.text(
        input.reasonCode ?? ListingRule.OFFICER_DECISION,
        'reasonCode',
        L.reasonCode,
      );
      // A known ground brings its list and article (社会组织信用信息管理办法); another needs both given.
      const ground = (Object.values(ListingRule) as string[]).includes(reasonCode)
        ? RULES[reasonCode as ListingRule]
        : null;
      if (ground && ground.list !== input.list)
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `该列入事由属于另一名单（${ground.article}）。`,
            en: `That ground belongs to the other list (${ground.article}).`,
          },
          'reasonCode',
        );
      const article = check.text(input.article ?? ground?.article, 'article', L.article);
      const reason = check.text(input.reason, 'reason', multiline(L.reason));
      const since = dayWithin(check, input.since ?? now, 'since', L.since, {
        from: org.registeredOn,
        to: now,
      });
      check.throwIfAny();
      if ((await em.count(CreditListing, { organization: org, list: input.list, removedOn: null })) > 0)
        throw problem(
          CommonErrorCode.TAKEN,
          { 'zh-CN': '该组织已在此名单中。', en: 'The organization is on this list already.' },
          'list',
        );
      const listing = em.create(CreditListing, {
        organization: org,
        list: input.list,
        reasonCode,
        article,
        reason,
        since,
        clockStartedOn: since,
        removableFrom:
          input.list === CreditList.SERIOUS_VIOLATION
            ? removableFrom(input.list, [], since, this.settings.sweep)
            : null,
        source: ListingSource.OFFICER,
        listedBy: em.getReference(Account, ctx.viewer!.accountId),
        facts: { reason },
      });
      em.create(CreditListingCause, {
        listing,
        causeKey: `officer:${since}:${reasonCode}`,
        reasonCode,
        article,
        occurredOn: since,
        facts: { reason },
      });
      await trail.record(em, ctx, OversightActions.placeOnCreditList, listing, null);
      return listing;
    });
  }

  async remove(ctx: RequestContext, input: RemoveFromCreditList): Promise<CreditListing> {
    return ctx.em.transactional(async (em) => {
      const listing = await lockOrFail(em, CreditListing, input.listingId, LISTING_REF);
      await em.populate(listing, ['organization']);
      oversightScope.assertOfficer(ctx, listing.organization);
      assertCurrentVersion(listing, input.version);
      this.assertActive(listing);
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', multiline(L.removalReason));
      const removedOn = dayWithin(check, input.removedOn ?? today(ctx), 'removedOn', L.removedOn, {
        from: listing.since,
        to: today(ctx),
      });
      check.throwIfAny();
      const before = trail.snapshot(listing);
      Object.assign(listing, {
        removedOn,
        removalKind: RemovalKind.OFFICER,
        removalReason: reason,
        removedBy: em.getReference(Account, ctx.viewer!.accountId),
      });
      await trail.record(em, ctx, OversightActions.removeFromCreditList, listing, before);
      return listing;
    });
  }

  /** The organization applies after correcting the cause; one pending application per listing. */
  async apply(ctx: RequestContext, input: ApplyForCreditListRemoval): Promise<RemovalApplication> {
    return ctx.em.transactional(async (em) => {
      const listing = await lockOrFail(em, CreditListing, input.listingId, LISTING_REF);
      await em.populate(listing, ['organization']);
      oversightScope.assertOwn(ctx, listing.organization);
      this.assertActive(listing);
      const check = new InputChecker();
      const statement = check.text(input.statement, 'statement', multiline(L.statement));
      const evidence = check.nullableText(input.evidence, 'evidence', multiline(L.evidence)) ?? null;
      check.throwIfAny();
      if (
        listing.list === CreditList.SERIOUS_VIOLATION &&
        listing.removableFrom &&
        listing.removableFrom > today(ctx)
      )
        throw problem(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `严重违法失信名单自 ${listing.removableFrom} 起方可申请移出。`,
            en: `It may apply to leave the serious-violation list from ${listing.removableFrom}.`,
          },
          'listingId',
        );
      if ((await em.count(RemovalApplication, { listing, status: RemovalApplicationStatus.PENDING })) > 0)
        throw problem(
          CommonErrorCode.TAKEN,
          { 'zh-CN': '已有待审核的移出申请。', en: 'An application is waiting already.' },
          'listingId',
        );
      const application = em.create(RemovalApplication, {
        listing,
        organization: listing.organization,
        statement,
        evidence,
        filedAt: ctx.now(),
        filedBy: em.getReference(Account, ctx.viewer!.accountId),
      });
      await trail.record(em, ctx, OversightActions.applyForCreditListRemoval, application, null);
      return application;
    });
  }

  /** Approved: the listing is removed (within 5 working days of verification: today). Refused: with reasons. */
  async decide(ctx: RequestContext, input: DecideCreditListRemoval): Promise<RemovalApplication> {
    return ctx.em.transactional(async (em) => {
      const application = await lockOrFail(em, RemovalApplication, input.applicationId, APPLICATION_REF);
      await em.populate(application, ['organization', 'listing']);
      oversightScope.assertOfficer(ctx, application.organization);
      assertCurrentVersion(application, input.version);
      if (application.status !== RemovalApplicationStatus.PENDING)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该申请已审核。', en: 'This application has been decided.' },
          'applicationId',
        );
      const check = new InputChecker();
      const reason = check.text(input.reason, 'reason', multiline(L.decisionReason));
      if (!reason) check.add(CommonErrorCode.REQUIRED, required(L.decisionReason.label), 'reason');
      check.throwIfAny();
      const before = trail.snapshot(application);
      const now = today(ctx);
      Object.assign(application, {
        status: input.approve ? RemovalApplicationStatus.APPROVED : RemovalApplicationStatus.REFUSED,
        decidedAt: ctx.now(),
        decidedBy: em.getReference(Account, ctx.viewer!.accountId),
        decisionReason: reason,
      });
      await trail.record(em, ctx, OversightActions.decideCreditListRemoval, application, before, {
        approve: input.approve,
      });
      if (input.approve) {
        const listing = await em.findOneOrFail(CreditListing, application.listing.id, {
          lockMode: LockMode.PESSIMISTIC_WRITE,
          populate: ['organization'],
        });
        this.assertActive(listing);
        const listed = trail.snapshot(listing);
        Object.assign(listing, {
          removedOn: now,
          removalKind: RemovalKind.APPLICATION,
          removalReason: reason,
          removedBy: em.getReference(Account, ctx.viewer!.accountId),
        });
        await trail.record(em, ctx, OversightActions.removeFromCreditList, listing, listed, {
          removeBy: addWorkingDays(now, this.settings.removalWorkingDays),
        });
      }
      return application;
    });
  }

  /** Public: listings with their reasons and dates (信用信息公示). */
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: CreditListingFilterKeys | null },
  ): Promise<Page<CreditListing>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'credit_listing as l',
      entity: CreditListing,
      keyColumns: ['l.since', 'l.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => {
        if (filter.list) query.where('l.list', filter.list);
        if (filter.active === true) query.whereNull('l.removed_on');
        if (filter.active === false) query.whereNotNull('l.removed_on');
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('l.organization_id', filter.organizationId);
        return query;
      },
    });
  }

  async applications(
    ctx: RequestContext,
    args: PageArguments & { filter?: RemovalApplicationFilterKeys | null },
  ): Promise<Page<RemovalApplication>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'removal_application as a',
      entity: RemovalApplication,
      keyColumns: [`extract(epoch from a.filed_at)`, 'a.id'],
      direction: OrderDirection.ASC,
      args,
      scope: (query) => {
        query.join('organization as o', 'o.id', 'a.organization_id');
        oversightScope.where(ctx, query, 'o');
        if (filter.statuses?.length) query.whereIn('a.status', filter.statuses);
        if (filter.organizationId !== null && filter.organizationId !== undefined)
          query.where('a.organization_id', filter.organizationId);
        return query;
      },
    });
  }

  private assertActive(listing: CreditListing): void {
    if (listing.removedOn)
      throw problem(
        CommonErrorCode.INVALID_TRANSITION,
        { 'zh-CN': '该记录已移出名单。', en: 'This listing has ended already.' },
        'listingId',
      );
  }
}
