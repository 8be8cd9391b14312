import { MikroORM, type EntityClass, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from './migrations/index.js';
import { MODULES } from './modules.js';

/** Every module's entities (server/modules.ts). */
const ENTITIES: EntityClass<object>[] = MODULES.flatMap((m) => m.entities);

/** `statementTimeoutMs`: PostgreSQL ends any statement running longer (0: none; migrations and seeding pass none). */
export function ormOptions(url: string, poolMax = 10, logSql = false, statementTimeoutMs = 0): Options {
  return {
    clientUrl: url,
    ...(statementTimeoutMs > 0
      ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } }
      : {}),
    entities: ENTITIES,
    // tsx emits no decorator metadata: every decorator names its type (STACK.md).
    discovery: { requireEntitiesArray: true },
    pool: { min: 0, max: poolMax },
    debug: logSql,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    // Schemas other libraries keep (budgets: rate-limiter-flexible; jobs: pg-boss): never diffed into migrations.
    schemaGenerator: { ignoreSchema: ['limits', 'pgboss'] },
    migrations: {
      migrationsList,
      path: 'server/migrations',
      pathTs: 'server/migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  };
}

export async function createOrm(
  url: string,
  poolMax = 10,
  logSql = false,
  statementTimeoutMs = 0,
): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, poolMax, logSql, statementTimeoutMs));
}

/** Brings the schema up to date through the committed migrations, never schema:update. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
