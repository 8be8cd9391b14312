import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../common/db.js';
import { defineJob, type JobQueue, type JobState } from '../../common/jobs.js';
import { CHECKPOINT_SCHEMA } from './trail.receipts.js';
import type { TrailVerification, TrailVerifier } from './trail.verify.js';

const RUNS = `${CHECKPOINT_SCHEMA}.verification_run`;

export interface FullVerificationState {
  jobId: string;
  state: JobState;
  checkedEvents: number;
  totalEvents: number;
  result: TrailVerification | null;
}

/**
 * The trail's background work (D7): every ten minutes an incremental
 * verification, which signs a checkpoint of the head it reached; and, on an
 * admin's request, a full re-verification from genesis with its progress.
 */
export class TrailJobs {
  /** Progress of the full verifications this process runs (the queue keeps the result). */
  private readonly progress = new Map<string, { checked: number; total: number }>();

  readonly headCheckpoint = defineJob<Record<string, never>>({
    name: 'trail-checkpoint-head',
    schedule: { cron: '*/10 * * * *' },
    singleton: true,
    handler: async ({ ctx }) => ({ ...(await this.verifier.verify(ctx.em)) }),
  });

  readonly fullVerification = defineJob<Record<string, never>>({
    name: 'trail-verify-full',
    retryLimit: 0,
    expireInSeconds: 6 * 60 * 60,
    handler: async ({ id, ctx }) => {
      const report = async (checked: number, total: number) => {
        this.progress.set(id, { checked, total });
        // In the table for every instance; not on the embedded database, whose one
        // connection the verification's snapshot holds.
        if (hasSpareConnections(ctx.em))
          await knexOf(ctx.em)(RUNS)
            .insert({ job_id: id, checked_events: checked, total_events: total, updated_at: new Date() })
            .onConflict('job_id')
            .merge();
      };
      await report(0, 0);
      try {
        const result = await this.verifier.verify(ctx.em, { full: true, progress: report });
        return { ...result };
      } finally {
        this.progress.delete(id);
      }
    },
  });

  constructor(
    private readonly verifier: TrailVerifier,
    private readonly queue: JobQueue,
  ) {}

  definitions() {
    return [this.headCheckpoint, this.fullVerification];
  }

  /** Enqueues a full verification; its job ID. */
  async startFull(em: EntityManager): Promise<string> {
    const id = await this.queue.send(em, this.fullVerification, {});
    if (!id) throw new Error('The job queue refused a full trail verification');
    return id;
  }

  async fullState(em: EntityManager, jobId: string): Promise<FullVerificationState | null> {
    if (!/^[0-9a-f-]{36}$/i.test(jobId)) return null;
    const status = await this.queue.status(em, this.fullVerification, jobId);
    if (!status) return null;
    const result = status.state === 'completed' ? (status.output as unknown as TrailVerification) : null;
    const running =
      this.progress.get(jobId) ?? (hasSpareConnections(em) ? await storedProgress(em, jobId) : undefined);
    const checked = result?.checkedEvents ?? running?.checked ?? 0;
    return {
      jobId,
      state: status.state,
      checkedEvents: checked,
      totalEvents: running?.total ?? checked,
      result,
    };
  }
}

/** More than one connection in the pool: not the embedded database (one session, STACK.md). */
function hasSpareConnections(em: EntityManager): boolean {
  const client = em.getKnex().client as { config?: { pool?: { max?: number } } };
  return (client.config?.pool?.max ?? 1) > 1;
}

async function storedProgress(em: EntityManager, jobId: string) {
  const row: { checked_events: number; total_events: number } | undefined = await knexOf(em)(RUNS)
    .select('checked_events', 'total_events')
    .where('job_id', jobId)
    .first();
  return row ? { checked: row.checked_events, total: row.total_events } : undefined;
}
