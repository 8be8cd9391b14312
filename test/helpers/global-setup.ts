import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/database.js';
import { createOrm, migrate } from '../../server/orm.js';
import { ensurePortalBuilt } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database each test file copies. */
    templateDatabase: string | null;
    /** Embedded: a dump of a migrated PGlite each test file restores. */
    embeddedDump: string;
  }
}

/**
 * Migrates once, then every test file gets its own copy: a database made
 * from a template on PostgreSQL, a restored dump on the embedded one. So
 * files run in parallel and in any order, each on a clean database.
 */
export default async function setup(project: TestProject) {
  ensurePortalBuilt();
  const embedded = await startEmbeddedPostgres();
  const orm = await createOrm(embedded.url, 1);
  await migrate(orm);
  await orm.close();
  const pglite = embedded.pglite;
  const dir = mkdtempSync(join(tmpdir(), 'sorg-test-'));
  const dumpPath = join(dir, 'migrated.tar.gz');
  writeFileSync(dumpPath, Buffer.from(await (await pglite!.dumpDataDir()).arrayBuffer()));
  await embedded.close();
  project.provide('embeddedDump', dumpPath);

  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('templateDatabase', null);
    return;
  }
  const template = `sorg_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const templateOrm = await createOrm(templateUrl.toString(), 2);
  await migrate(templateOrm);
  await templateOrm.close();
  project.provide('templateDatabase', template);
  return async () => {
    await admin.query(`drop database if exists ${template}`);
    await admin.end();
  };
}
