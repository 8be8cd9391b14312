import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { clockOf } from './common/clock.js';
import { systemContext } from './common/context.js';
import { knexOf } from './common/db.js';
import type { JobDefinition, JobQueue, JobStatus } from './common/jobs.js';
import { makeLoaders, type LoaderFactory } from './common/loaders.js';
import type { AppConfig } from './config.js';

/** pg-boss keeps its tables in a schema of its own, which it installs and migrates itself. */
export const JOB_SCHEMA = 'pgboss';

type Db = PgBoss.Db;

/**
 * pg-boss's `db` adapter over a knex client: the application's own pool, or
 * the connection of an open transaction. On the embedded database (one
 * session, STACK.md) a second pool would wait forever for the one connection.
 */
function adapterOf(knex: Knex): Db {
  return {
    async executeSql(text, values) {
      const client = knex.client as {
        acquireConnection(): Promise<PgConnection>;
        releaseConnection(connection: PgConnection): Promise<void>;
      };
      const connection = await client.acquireConnection();
      try {
        return await connection.query(text, values);
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface JobRunnerOptions {
  /** Poll the queues and run jobs in this process (off: only `drain` runs them, as tests do). */
  workers: boolean;
  /** Enqueue scheduled jobs on their cron schedule. */
  schedules: boolean;
}

/**
 * The job queue of one process: pg-boss over the application's connection
 * pool, with the modules' job declarations. `send` and `status` serve the
 * services; `start`/`stop` follow the HTTP server; `drain` runs whatever is
 * due to completion, one job at a time (tests and the command line).
 */
export class JobRunner implements JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private loaders: readonly LoaderFactory[] = [];
  private started = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Pick<AppConfig, 'fixedNow'>,
    private readonly options: JobRunnerOptions,
  ) {
    this.boss = new PgBoss({
      db: adapterOf(orm.em.getKnex()),
      schema: JOB_SCHEMA,
      migrate: true,
      supervise: options.workers,
      schedule: options.schedules,
    });
    this.boss.on('error', (error) => console.error('job queue:', error));
  }

  /** Called once with every module's jobs, before `start`. */
  declare(definitions: readonly JobDefinition<unknown>[], loaders: readonly LoaderFactory[]): void {
    for (const job of definitions) {
      if (this.definitions.has(job.name)) throw new Error(`Job ${job.name} is declared twice`);
      this.definitions.set(job.name, job);
    }
    this.loaders = loaders;
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    for (const job of this.definitions.values()) {
      await this.boss.createQueue(job.name, {
        name: job.name,
        policy: job.singleton ? 'singleton' : 'standard',
        retryLimit: job.retryLimit ?? 2,
        expireInSeconds: job.expireInSeconds ?? 15 * 60,
      });
      if (job.schedule && this.options.schedules)
        await this.boss.schedule(job.name, job.schedule.cron, job.schedule.data ?? {}, {
          tz: 'Asia/Shanghai',
        });
      if (this.options.workers)
        await this.boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([run]) =>
          this.run(job, run.id, run.data),
        );
    }
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, close: false, timeout: 10_000 });
  }

  /** The job declared under this name (to enqueue a scheduled job now: tests, the command line). */
  job(name: string): JobDefinition<unknown> | undefined {
    return this.definitions.get(name);
  }

  async send<D>(em: EntityManager, job: JobDefinition<D>, data: D): Promise<string | null> {
    this.assertDeclared(job);
    return this.boss.send(job.name, (data ?? {}) as object, { db: adapterOf(knexOf(em)) });
  }

  async status(em: EntityManager, job: JobDefinition<unknown>, id: string): Promise<JobStatus | null> {
    this.assertDeclared(job);
    const found = await this.boss.getJobById(job.name, id, {
      db: adapterOf(knexOf(em)),
      includeArchive: true,
    });
    if (!found) return null;
    return {
      id: found.id,
      state: found.state,
      output: (found.output as Record<string, unknown> | null) ?? null,
      createdOn: found.createdOn,
      completedOn: found.completedOn,
    };
  }

  /**
   * Runs every job that is due, one at a time, until none is left; returns
   * how many ran. A failed job is recorded as failed (and retried by a later
   * drain), not thrown.
   */
  async drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      let found = false;
      for (const job of this.definitions.values()) {
        const [next] = await this.boss.fetch<never>(job.name, { batchSize: 1 });
        if (!next) continue;
        found = true;
        ran++;
        try {
          const output = await this.run(job, next.id, next.data);
          await this.boss.complete(job.name, next.id, output ?? {});
        } catch (error) {
          await this.boss.fail(job.name, next.id, { message: (error as Error).message });
        }
      }
      if (!found) return ran;
    }
  }

  private async run<D>(job: JobDefinition<D>, id: string, data: D): Promise<object | void> {
    const em = this.orm.em.fork();
    const ctx = systemContext(em, makeLoaders(em, this.loaders), clockOf(this.config.fixedNow));
    try {
      return await job.handler({ id, data, ctx: { ...ctx, requestId: `job-${job.name}-${id}` } });
    } catch (error) {
      console.error(`job ${job.name} ${id} failed:`, error);
      throw error;
    }
  }

  private assertDeclared(job: JobDefinition<unknown>): void {
    if (this.definitions.get(job.name) !== job)
      throw new Error(`Job ${job.name} is not declared by any module (ModuleDefinition.jobs)`);
  }
}
