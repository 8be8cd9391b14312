import { MikroORM, type EntityClass, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { AppConfig } from './config.js';
import { migrationsList } from './migrations/index.js';
import { MODULES } from './modules.js';
import { CHECKPOINT_SCHEMA } from './modules/trail/trail.receipts.js';

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
    migrations: {
      migrationsList,
      path: 'server/migrations',
      pathTs: 'server/migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Schemas with no entities, kept by their migrations or by other libraries (budgets: rate-limiter-flexible;
    // jobs: pg-boss): the entity diff (`npm run migration:create`) leaves them alone.
    // Tables kept by hand-written SQL with no entity (the read events' queue, the maintained status counts): likewise.
    schemaGenerator: {
      ignoreSchema: [CHECKPOINT_SCHEMA, 'limits', 'pgboss'],
      skipTables: ['audit_read_pending', 'organization_status_count'],
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

/**
 * The pool anonymous callers' requests run on (AppConfig.anonymousReads), on a
 * real PostgreSQL server; none on the embedded database, whose one connection
 * everyone shares.
 */
export async function createAnonymousOrm(
  database: { url: string; embedded: boolean },
  config: AppConfig,
): Promise<MikroORM | undefined> {
  if (database.embedded || config.anonymousReads.statementTimeoutMs <= 0) return undefined;
  const { poolMax, statementTimeoutMs } = config.anonymousReads;
  return createOrm(database.url, poolMax, config.logSql, statementTimeoutMs);
}

/** Brings the schema up to date through the committed migrations, never schema:update. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
