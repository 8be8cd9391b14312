import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import lockfile from 'proper-lockfile';

/**
 * One process owns an embedded database folder (D0): PGlite is one session,
 * and a second process opening the same files loses the first one's writes.
 * The lock (proper-lockfile: an atomic `<dir>.lock`, kept fresh while the
 * process lives, taken over only once stale after a crash) is taken before
 * anything opens the folder; `<dir>.owner` names the process that holds it.
 */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: string) {
    super(
      `The embedded database in ${dataDir} is in use by ${owner}. ` +
        'Stop that process first, or use a PostgreSQL server (DATABASE_URL) to share a database.',
    );
    this.name = 'DataDirInUseError';
  }
}

function ownerOf(dataDir: string): string {
  try {
    const owner = JSON.parse(readFileSync(`${dataDir}.owner`, 'utf8')) as { pid: number; command: string };
    return `process ${owner.pid} (${owner.command})`;
  } catch {
    return 'another process';
  }
}

/** Takes the folder for this process; the returned function gives it back. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      realpath: false,
      stale: 30_000,
      update: 5_000,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED')
      throw new DataDirInUseError(dataDir, ownerOf(dataDir));
    throw error;
  }
  const command = process.argv
    .slice(1)
    .map((a) => a.split('/').slice(-2).join('/'))
    .join(' ');
  writeFileSync(
    `${dataDir}.owner`,
    JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() }),
  );
  return async () => {
    if (existsSync(`${dataDir}.owner`)) rmSync(`${dataDir}.owner`, { force: true });
    await release();
  };
}
