import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { CommonErrorCode, ForbiddenError, notFound, problem } from '../../common/errors.js';
import { defineJob, type JobDefinition } from '../../common/jobs.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { InputChecker } from '../../common/input-checker.js';
import { Organization } from '../registry/organization.entity.js';
import { checkDistricts } from './need-checks.js';
import type { SubscribeToNeedsInput } from './procurement.inputs.js';
import { PROFILE_FIELDS as F } from './procurement.fields.js';
import { procurementScope } from './procurement.scope.js';
import { ProcurementActions } from './procurement.trail.js';
import { NeedSubscription, ProcurementNotification } from './supplier-profile.entity.js';

/** What happened to a need that someone should hear about. */
export type NeedEvent = 'published' | 'amended' | 'cancelled' | 'awarded';
export type NotifyJob = JobDefinition<{ needId: number; event: NeedEvent }>;

/**
 * Who hears of each event: subscribers whose categories and districts the published need
 * fits; the proposers of an amended or cancelled need; every proposer of an awarded need
 * (awarded or not). One row per organization, need and kind (the job may run twice).
 */
const RECIPIENTS: Record<NeedEvent, string> = {
  published: `select s.organization_id, 'FITTING_NEED_PUBLISHED' as kind, n.id as need_id
                from need_subscription s join service_need n on n.id = ?
                join organization o on o.id = s.organization_id and o.status = 'ACTIVE'
               where (cardinality(s.categories) = 0 or n.category::text = any(s.categories))
                 and (cardinality(s.district_codes) = 0 or cardinality(n.district_codes) = 0
                      or s.district_codes && n.district_codes)`,
  amended: `select p.organization_id, 'NEED_AMENDED', p.need_id from proposal p
             where p.need_id = ? and p.status = 'SUBMITTED'`,
  cancelled: `select p.organization_id, 'NEED_CANCELLED', p.need_id from proposal p
               where p.need_id = ? and p.status = 'SUBMITTED'`,
  awarded: `select p.organization_id,
                   case when p.status = 'AWARDED' then 'PROPOSAL_AWARDED' else 'PROPOSAL_NOT_AWARDED' end,
                   p.need_id
              from proposal p where p.need_id = ? and p.status in ('AWARDED', 'NOT_AWARDED')`,
};

/** 站内通知: subscriptions, the inbox, and the job that fills it (a mail sender can join it later). */
export class NotificationService {
  readonly job: NotifyJob = defineJob({
    name: 'procurement-notify',
    retryLimit: 3,
    handler: async ({ data, ctx }) => {
      const knex = knexOf(ctx.em);
      const result = (await knex.raw(
        `insert into procurement_notification (organization_id, kind, need_id)
         select r.organization_id, r.kind::notification_kind, r.need_id from (${RECIPIENTS[data.event]}) r(organization_id, kind, need_id)
         on conflict on constraint procurement_notification_once_unique do nothing`,
        [data.needId],
      )) as { rowCount: number };
      return { needId: data.needId, event: data.event, delivered: result.rowCount };
    },
  });

  private ownOrganization(ctx: RequestContext): number {
    const own = procurementScope.ownOrganization(ctx);
    if (own === null) throw new ForbiddenError();
    return own;
  }

  async subscription(ctx: RequestContext, organizationId: number): Promise<NeedSubscription | null> {
    return ctx.em.findOne(NeedSubscription, { organization: organizationId });
  }

  async subscribe(ctx: RequestContext, input: SubscribeToNeedsInput): Promise<NeedSubscription> {
    return ctx.em.transactional(async (em) => {
      const organizationId = this.ownOrganization(ctx);
      const check = new InputChecker();
      const districtCodes = await checkDistricts(em, check, input.districtCodes ?? [], 'districtCodes');
      check.throwIfAny();
      const categories = [...new Set(input.categories ?? [])].sort();
      let subscription = await em.findOne(NeedSubscription, { organization: organizationId });
      const before = subscription ? trail.snapshot(subscription) : null;
      if (subscription) Object.assign(subscription, { categories, districtCodes });
      else
        subscription = em.create(NeedSubscription, {
          organization: em.getReference(Organization, organizationId),
          categories,
          districtCodes,
        });
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.subscribeToNeeds, subscription, before);
      return subscription;
    });
  }

  async unsubscribe(ctx: RequestContext): Promise<boolean> {
    return ctx.em.transactional(async (em) => {
      const subscription = await em.findOne(NeedSubscription, { organization: this.ownOrganization(ctx) });
      if (!subscription) return false;
      const before = trail.snapshot(subscription);
      em.remove(subscription);
      await trail.record(em, ctx, ProcurementActions.unsubscribeFromNeeds, subscription, before);
      return true;
    });
  }

  async inbox(
    ctx: RequestContext,
    args: PageArguments & { unreadOnly?: boolean | null },
  ): Promise<Page<ProcurementNotification>> {
    const organizationId = this.ownOrganization(ctx);
    return listPage(ctx, {
      from: 'procurement_notification as pn',
      entity: ProcurementNotification,
      keyColumns: ['pn.id'],
      direction: OrderDirection.DESC,
      args,
      scope: (query) => {
        query.where('pn.organization_id', organizationId);
        if (args.unreadOnly) query.whereNull('pn.read_at');
        return query;
      },
    });
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const organizationId = this.ownOrganization(ctx);
    return ctx.em.count(ProcurementNotification, { organization: organizationId, readAt: null });
  }

  async markRead(ctx: RequestContext, key: number): Promise<ProcurementNotification> {
    return ctx.em.transactional(async (em) => {
      const organizationId = this.ownOrganization(ctx);
      const notification = await em.findOne(ProcurementNotification, {
        id: key,
        organization: organizationId,
      });
      if (!notification)
        throw problem(CommonErrorCode.NOT_FOUND, notFound(F.notification.label), 'notificationId');
      if (notification.readAt) return notification;
      const before = trail.snapshot(notification);
      notification.readAt = ctx.now();
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.markNotificationRead, notification, before);
      return notification;
    });
  }
}
