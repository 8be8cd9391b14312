import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toGraphQLError } from '../../../server/graphql/errors.js';
import { createOrm } from '../../../server/orm.js';
import { freshDatabase } from '../../helpers/server.js';
import type { DatabaseEndpoint } from '../../../server/database.js';

let database: DatabaseEndpoint;
let orm: MikroORM;
beforeAll(async () => {
  database = await freshDatabase();
  orm = await createOrm(database.url, database.poolMax, false, 100);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

describe('statement timeout', () => {
  // PGlite accepts statement_timeout but cannot interrupt a statement (one thread): a real PostgreSQL only, as in CI.
  it.runIf(process.env.DATABASE_URL)(
    'ends a statement that runs too long with a clear TIMEOUT error, and the connection serves again',
    async () => {
      const started = Date.now();
      const failure = await orm.em
        .getConnection()
        .execute('select pg_sleep(2)')
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(failure).toMatchObject({ code: '57014' });
      const answer = toGraphQLError(failure, 'zh-CN') as { message: string; extensions: { code: string } };
      expect(answer.extensions.code).toBe('TIMEOUT');
      expect(answer.message).toMatch(/查询耗时过长/);
      expect(await orm.em.getConnection().execute('select 1 as one')).toEqual([{ one: 1 }]);
    },
  );
});
