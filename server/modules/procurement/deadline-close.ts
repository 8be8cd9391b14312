/**
 * 截止: a published need whose proposal deadline has passed is CLOSED. Reads already say so
 * (`effectiveStatus`); this scheduled job makes the stored status follow, so the state of
 * record, the lists and anything reading the table agree. One statement closes every such
 * need; a need another run, or its buyer, is changing at the same moment is left to them.
 */
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { defineJob } from '../../common/jobs.js';
import { trail } from '../../common/trail.js';
import { ServiceNeedStatus } from './enums.js';
import { ProcurementActions } from './procurement.trail.js';
import { ServiceNeed } from './service-need.entity.js';

/**
 * Closes every published need whose deadline (an instant; the schedule runs on Shanghai time)
 * is past, in one transaction with one trail event each; returns their keys. The update is
 * conditional on the need still being PUBLISHED past its deadline and skips rows locked by
 * another writer, so two runs at once close each need once, and a second run closes nothing.
 */
export async function closeAtDeadline(ctx: RequestContext): Promise<number[]> {
  return ctx.em.transactional(async (em) => {
    const knex = knexOf(em);
    const now = ctx.now();
    const due = knex('service_need')
      .select('id')
      .where({ status: ServiceNeedStatus.PUBLISHED })
      .where('deadline', '<=', now)
      .forUpdate()
      .skipLocked();
    const rows = (await knex('service_need')
      .whereIn('id', due)
      .where({ status: ServiceNeedStatus.PUBLISHED })
      .where('deadline', '<=', now)
      // It closed when its deadline passed, whenever the job came round to storing it.
      .update({
        status: ServiceNeedStatus.CLOSED,
        closed_at: knex.ref('deadline'),
        version: knex.raw('version + 1'),
      })
      .returning('id')) as { id: number }[];
    if (rows.length === 0) return [];
    const keys = rows.map((r) => r.id).sort((a, b) => a - b);
    const needs = await em.find(ServiceNeed, { id: { $in: keys } }, { orderBy: { id: 'asc' } });
    await trail.recordMany(
      em,
      ctx,
      ProcurementActions.closeServiceNeedAtDeadline,
      needs.map((need) => ({
        record: need,
        before: { ...trail.snapshot(need), status: ServiceNeedStatus.PUBLISHED },
        extra: { deadline: need.deadline.toISOString() },
      })),
    );
    return keys;
  });
}

/** Every minute, on Shanghai time; one run waits at a time. */
export const closeAtDeadlineJob = defineJob<Record<string, never>>({
  name: 'procurement-deadlines',
  schedule: { cron: '* * * * *' },
  singleton: true,
  handler: async ({ ctx }) => ({ closed: (await closeAtDeadline(ctx)).length }),
});
