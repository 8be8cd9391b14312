/**
 * Writes a new migration from the difference between the entities and a
 * scratch database that has the committed migrations applied.
 * Usage: npm run migration:create -- <name>
 */
import { startEmbeddedPostgres } from '../server/database.js';
import { createOrm, migrate } from '../server/orm.js';

const endpoint = await startEmbeddedPostgres();
const orm = await createOrm(endpoint.url, 1);
try {
  await migrate(orm);
  const result = await orm.getMigrator().createMigration('server/migrations', false, false, process.argv[2]);
  console.log(
    result.fileName ? `wrote ${result.fileName}; add it to server/migrations/index.ts` : 'no changes',
  );
  console.log(result.diff.up.join('\n'));
} finally {
  await orm.close();
  await endpoint.close();
}
