import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';

/**
 * Background work (DESIGN.md "Background work"): a module declares its jobs
 * with `defineJob` in its index.ts (`jobs: [...]`); its services enqueue
 * them through the `JobQueue` they receive (`ModuleDeps.jobs`). The queue is
 * PostgreSQL-backed (pg-boss, server/jobs.ts): several instances share it,
 * a job runs once, a crash loses none.
 */

/** One run of a job, as its handler sees it. */
export interface JobRun<D> {
  /** The queue's id of this job. */
  id: string;
  data: D;
  /** A system context (no viewer) with an EntityManager and loaders of its own. */
  ctx: RequestContext;
}

export interface JobDefinition<D = unknown> {
  /** Unique across modules, `<module>-<job>` (letters, digits, hyphens, underscores). */
  name: string;
  /** Does the work; what it returns is kept as the job's output. Throwing fails (and retries) it. */
  handler(run: JobRun<D>): Promise<object | void>;
  /** Runs it on a schedule, in Shanghai time: a cron expression such as `'0 2 * * *'`. */
  schedule?: { cron: string; data?: D };
  /** Further tries after a failure (default 2). */
  retryLimit?: number;
  /** A run taking longer is failed (default 15 minutes). */
  expireInSeconds?: number;
  /** At most one job of this name waiting at a time (pg-boss's `singleton` queue policy). */
  singleton?: boolean;
}

/** Declares a job; the identity function keeps the data's type for `send`. */
export function defineJob<D>(definition: JobDefinition<D>): JobDefinition<D> {
  return definition;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus {
  id: string;
  state: JobState;
  output: Record<string, unknown> | null;
  createdOn: Date;
  completedOn: Date | null;
}

/** What services use to enqueue work and look at it. */
export interface JobQueue {
  /**
   * Enqueues a job in the caller's transaction when `em` has one (so it is
   * sent only if the change commits). Null when a singleton job is already waiting.
   */
  send<D>(em: EntityManager, job: JobDefinition<D>, data: D): Promise<string | null>;
  status(em: EntityManager, job: JobDefinition<unknown>, id: string): Promise<JobStatus | null>;
}
