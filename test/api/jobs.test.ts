import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob } from '../../server/common/jobs.js';
import type { DatabaseEndpoint } from '../../server/database.js';
import { JobRunner } from '../../server/jobs.js';
import { createOrm } from '../../server/orm.js';
import { freshDatabase } from '../helpers/server.js';

/**
 * The shared job queue (server/jobs.ts) on both databases: sent in the
 * caller's transaction, run to completion by `drain`, its output kept.
 * On the embedded database everything goes through the one connection.
 */
const seen: string[] = [];
const echo = defineJob<{ word: string }>({
  name: 'test-echo',
  async handler({ data, ctx }) {
    const [{ n }] = await ctx.em.getConnection().execute<{ n: number }[]>('select 1 + 1 as n');
    seen.push(data.word);
    return { echoed: data.word, n };
  },
});
const broken = defineJob<Record<string, never>>({
  name: 'test-broken',
  retryLimit: 0,
  async handler() {
    throw new Error('this job always fails');
  },
});

for (const embedded of [false, true]) {
  describe(`the job queue (${embedded ? 'embedded' : 'default'} database)`, () => {
    let database: DatabaseEndpoint;
    let orm: MikroORM;
    let jobs: JobRunner;
    beforeAll(async () => {
      database = await freshDatabase({ embedded });
      orm = await createOrm(database.url, database.poolMax);
      jobs = new JobRunner(orm, { fixedNow: undefined }, { workers: false, schedules: false });
      jobs.declare([echo, broken], []);
      await jobs.start();
    });
    afterAll(async () => {
      await jobs?.stop();
      await orm?.close();
      await database?.close();
    });

    it('runs a job sent inside a transaction once that transaction commits, and keeps its output', async () => {
      seen.length = 0;
      const em = orm.em.fork();
      const id = await em.transactional((tx) => jobs.send(tx, echo, { word: 'committed' }));
      await expect(
        orm.em.fork().transactional(async (tx) => {
          await jobs.send(tx, echo, { word: 'rolled back' });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await jobs.drain()).toBe(1);
      expect(seen).toEqual(['committed']);
      const status = await jobs.status(orm.em.fork(), echo, id!);
      expect(status).toMatchObject({ state: 'completed', output: { echoed: 'committed', n: 2 } });
      expect(await jobs.drain()).toBe(0);
    });

    it('records a failing job as failed without stopping the others', async () => {
      seen.length = 0;
      const em = orm.em.fork();
      const failing = await jobs.send(em, broken, {});
      await jobs.send(em, echo, { word: 'after' });
      expect(await jobs.drain()).toBe(2);
      expect(seen).toEqual(['after']);
      expect(await jobs.status(em, broken, failing!)).toMatchObject({
        state: 'failed',
        output: { message: 'this job always fails' },
      });
    });

    it('runs jobs by itself when the process has workers', async () => {
      const worker = new JobRunner(orm, { fixedNow: undefined }, { workers: true, schedules: true });
      worker.declare([echo, broken], []);
      await worker.start();
      try {
        const id = await worker.send(orm.em.fork(), echo, { word: 'polled' });
        let state: string | undefined;
        for (let i = 0; i < 100 && state !== 'completed'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          state = (await worker.status(orm.em.fork(), echo, id!))?.state;
        }
        expect(state).toBe('completed');
      } finally {
        await worker.stop();
      }
    });

    it('refuses a job no module declared', async () => {
      const stray = defineJob({ name: 'test-stray', handler: async () => {} });
      await expect(jobs.send(orm.em.fork(), stray, {})).rejects.toThrow(/not declared/);
    });
  });
}
