import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../../server/data-dir-lock.js';
import { startEmbeddedPostgres } from '../../../server/database.js';

const root = mkdtempSync(join(tmpdir(), 'sorg-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs one of the project's commands on the folder, as a second terminal
 * would (asynchronously: the first process keeps its lock fresh meanwhile).
 */
function second(script: string, dataDir: string): Promise<{ status: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    ADMIN_PASSWORD: 'a-long-password-1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'second.admin'], { env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

describe('one process owns an embedded database folder', () => {
  it('refuses npm start, npm run seed and create-admin on a folder in use, naming the process that holds it', async () => {
    const dataDir = join(root, 'pglite');
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await first.pglite!.query(`create table kept (note text)`);
      await first.pglite!.query(`insert into kept values ('written by the first process')`);
      for (const script of ['seeds/cli.ts', 'server/main.ts', 'server/cli/create-admin.ts']) {
        const run = await second(script, dataDir);
        expect(run.status, `${script}: ${run.stderr}`).toBe(1);
        expect(run.stderr).toContain(`is in use by process ${process.pid}`);
      }
      const rows = await first.pglite!.query<{ note: string }>(`select note from kept`);
      expect(rows.rows).toEqual([{ note: 'written by the first process' }]);
    } finally {
      await first.close();
    }
    // Once the first has closed, the folder is free again, with what it wrote.
    const again = await startEmbeddedPostgres({ dataDir });
    try {
      expect((await again.pglite!.query(`select count(*)::int as n from kept`)).rows).toEqual([{ n: 1 }]);
    } finally {
      await again.close();
    }
  });

  it('takes the lock atomically: of two takers at once, one wins', async () => {
    const dataDir = join(root, 'raced');
    const takes = await Promise.allSettled([lockDataDir(dataDir), lockDataDir(dataDir)]);
    expect(takes.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
    const refused = takes.find((t) => t.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/in use by process \d+/);
    await (
      takes.find((t) => t.status === 'fulfilled') as PromiseFulfilledResult<() => Promise<void>>
    ).value();
  });
});
