import { knexOf } from '../../common/db.js';
import type { RequestContext } from '../../common/context.js';
import { defineJob } from '../../common/jobs.js';
import { keyRuns, readsDigest } from '../../common/trail-chain.js';
import { defineActions, trail } from '../../common/trail.js';

/** Events about the system itself: loading the demo city, chaining a batch of read events. */
export const SystemActions = defineActions(['loadDemoData', 'checkpointReads'], {
  notChanges: ['checkpointReads'],
});

/** Read events chained by one checkpoint at most. */
export const READ_CHECKPOINT_BATCH = 5000;

/**
 * Chains the read events waiting in `audit_read_pending`, a batch at a time:
 * in one transaction, takes up to `batchSize` of them off the list (rows
 * another checkpoint holds are skipped) and appends one chained event that
 * names their keys and the digest of their hashes. A crash rolls both back,
 * so an event is always either pending or covered by exactly one checkpoint.
 */
export async function checkpointReads(
  ctx: RequestContext,
  batchSize = READ_CHECKPOINT_BATCH,
): Promise<{ checkpoints: number; events: number }> {
  const done = { checkpoints: 0, events: 0 };
  for (;;) {
    const covered = await ctx.em.fork().transactional(async (em) => {
      const result: { rows: { id: number; hash: string }[] } = await knexOf(em).raw(
        `with taken as (
           delete from audit_read_pending
            where event_id in (select event_id from audit_read_pending order by event_id limit ? for update skip locked)
           returning event_id)
         select e.id, e.hash from audit_event e join taken t on t.event_id = e.id order by e.id`,
        [batchSize],
      );
      const events = result.rows;
      if (events.length === 0) return 0;
      const keys = events.map((e) => e.id);
      await trail.append(em, ctx, [
        {
          action: SystemActions.checkpointReads,
          subject: { type: 'AuditEvent', key: String(keys[keys.length - 1]) },
          changes: {
            readEvents: {
              before: null,
              after: { count: keys.length, keys: keyRuns(keys), digest: readsDigest(events) },
            },
          },
          scopeDistrictCode: null,
        },
      ]);
      return events.length;
    });
    if (covered === 0) return done;
    done.checkpoints++;
    done.events += covered;
    if (covered < batchSize) return done;
  }
}

/** Every minute, the reads answered since are chained (any instance with workers runs it, once). */
export const checkpointReadsJob = defineJob<Record<string, never>>({
  name: 'trail-checkpoint-reads',
  schedule: { cron: '* * * * *' },
  singleton: true,
  handler: ({ ctx }) => checkpointReads(ctx),
});
