import { mkdirSync } from 'node:fs';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Where the ORM connects, and how to shut the database down when we own it. */
export interface DatabaseEndpoint {
  url: string;
  embedded: boolean;
  /** PGlite is a single session: the pool must hold exactly one connection (STACK.md). */
  poolMax: number;
  close(): Promise<void>;
  /** The embedded instance itself (tests dump and restore it). */
  pglite?: PGlite;
}

/**
 * Starts PGlite (a real PostgreSQL compiled to WebAssembly) behind its socket
 * server so the ordinary `pg` driver and MikroORM reach it like any server.
 * `dataDir` undefined keeps it in memory; `loadDataDir` restores a dump (tests).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<DatabaseEndpoint> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Taken before PGlite opens the files: a second process is refused, naming the first.
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => {};
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    embedded: true,
    poolMax: 1,
    pglite: db,
    async close() {
      await server.stop();
      await db.close();
      await unlock();
    },
  };
}

export async function connectDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
): Promise<DatabaseEndpoint> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, poolMax: 10, close: async () => {} };
  return startEmbeddedPostgres({ dataDir });
}

/** For `npm start`, `npm run seed` and `create-admin`: a folder another process holds is said in one line, and this one exits. */
export async function connectDatabaseOrExit(
  databaseUrl: string | undefined,
  dataDir: string,
): Promise<DatabaseEndpoint> {
  try {
    return await connectDatabase(databaseUrl, dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
