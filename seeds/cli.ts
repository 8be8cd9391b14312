/**
 * `npm run seed [-- --reset]`: migrates the configured database and loads the
 * demo city. A database that already holds data is left alone unless --reset,
 * which drops everything and starts again.
 */
import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../server/config.js';
import { connectDatabaseOrExit } from '../server/database.js';
import { CHECKPOINT_SCHEMA, setCheckpointFileAside } from '../server/modules/trail/trail.receipts.js';
import { createOrm, migrate } from '../server/orm.js';
import { isDatabaseEmpty, loadDemoData } from './load-demo.js';

const config = loadConfig();
const reset = process.argv.includes('--reset');
const database = await connectDatabaseOrExit(config.databaseUrl, config.dataDir);
const orm = await createOrm(database.url, database.poolMax);
try {
  if (reset) {
    await orm.em.getConnection().execute('drop schema public cascade; create schema public;');
    // A new trail: the old one's signed checkpoints (table and file) would report it truncated.
    await orm.em.getConnection().execute(`drop schema if exists ${CHECKPOINT_SCHEMA} cascade;`);
    const kept = await setCheckpointFileAside(config.trailCheckpoint);
    console.log(
      `Reset: dropped every table${kept ? `; the old trail's checkpoints are kept in ${kept}` : ''}.`,
    );
  }
  await migrate(orm);
  if (!(await isDatabaseEmpty(orm))) {
    console.log(
      'The database already holds organizations; nothing was changed. Run `npm run seed -- --reset` to replace them.',
    );
  } else {
    const started = Date.now();
    const bar = new SingleBar({ format: '  {bar} {percentage}% {step}' }, Presets.shades_classic);
    bar.start(100, 0, { step: '' });
    const city = await loadDemoData(orm, {
      password: config.demoPassword,
      asOf: config.demoAsOf,
      onProgress: (share, step) => bar.update(Math.round(share * 100), { step }),
    });
    bar.stop();
    console.log(
      `Loaded ${city.organizations.length} organizations in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
} finally {
  await orm.close();
  await database.close();
}
