import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from './config.js';
import { connectDatabaseOrExit } from './database.js';
import { createAnonymousOrm, createOrm, migrate } from './orm.js';
import { createApp } from './app.js';
import { isDatabaseEmpty, loadDemoData } from '../seeds/load-demo.js';

/**
 * `npm start`: migrate, load the demo city into an empty embedded database,
 * then serve GraphQL at /graphql and the portal at /.
 */
// The last line of defence, not the fix: every handler catches its own errors (server/http/routes.ts).
process.on('unhandledRejection', (reason) =>
  console.error('unhandled rejection (the server keeps running):', reason),
);

const config = loadConfig();
const started = Date.now();
const database = await connectDatabaseOrExit(config.databaseUrl, config.dataDir);
// Migrations run without a statement timeout; the server's own connections have one (a real PostgreSQL only).
const migrating = await createOrm(database.url, database.poolMax);
await migrate(migrating);
await migrating.close();
const orm = await createOrm(
  database.url,
  database.poolMax,
  config.logSql,
  database.embedded ? 0 : config.statementTimeoutMs,
);

if (database.embedded && (await isDatabaseEmpty(orm))) {
  console.log('Empty embedded database: loading the demo city (npm run seed does the same on PostgreSQL)…');
  const bar = new SingleBar({ format: '  {bar} {percentage}% {step}' }, Presets.shades_classic);
  bar.start(100, 0, { step: '' });
  await loadDemoData(orm, {
    password: config.demoPassword,
    asOf: config.demoAsOf,
    onProgress: (share, step) => bar.update(Math.round(share * 100), { step }),
  });
  bar.stop();
}

const anonymousOrm = await createAnonymousOrm(database, config);
const app = await createApp(orm, config, anonymousOrm);
await app.http.listen({ port: config.port, host: config.host });
const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';
console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${where}`);
console.log(
  `Portal: http://${config.host}:${config.port}/   GraphQL: http://${config.host}:${config.port}/graphql`,
);

async function shutdown() {
  await app.http.close();
  await anonymousOrm?.close();
  await orm.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
