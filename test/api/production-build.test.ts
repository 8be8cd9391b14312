import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/server.js';

/**
 * `npm start` runs the server compiled once by esbuild (scripts/build-server.mjs),
 * not through tsx. The compiled file must start and answer as the sources do:
 * decorators, the schema, migrations and the modules' declarations included.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let child: ChildProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const cleanup of cleanups) await cleanup();
});

describe('the production build', () => {
  it('compiles the server and starts it without tsx', { timeout: 180_000 }, async () => {
    // Inside the project, so the compiled file finds node_modules as dist/server/main.js does.
    mkdirSync('dist', { recursive: true });
    const dir = mkdtempSync(join('dist', 'build-check-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'main.js');
    execFileSync('node', ['scripts/build-server.mjs', '--outfile', outfile], { stdio: 'pipe' });

    // On PostgreSQL a fresh migrated database; without it the no-setup path (an empty data folder).
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1' };
    if (process.env.DATABASE_URL) {
      const database = await freshDatabase();
      cleanups.push(() => database.close());
      env.DATABASE_URL = database.url;
    } else {
      delete env.DATABASE_URL;
      env.DATA_DIR = join(dir, 'pglite');
    }
    child = spawn('node', ['--enable-source-maps', outfile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    // A crash ends the wait at once, showing what the server said.
    const said = () => (child!.exitCode === null ? output : `exited with ${child!.exitCode}: ${output}`);
    await expect
      .poll(said, { timeout: 150_000, interval: 250 })
      .toMatch(/^(?!exited)[\s\S]*Ready in [\d.]+ s/);

    const res = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename districts { code } }' }),
    });
    const body = (await res.json()) as { data?: { __typename: string; districts: unknown[] } };
    expect(body.data?.__typename).toBe('Query');
    expect(body.data?.districts).toHaveLength(16);
  });
});
