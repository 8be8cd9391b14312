import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../server/app.js';
import { loadConfig, type AppConfig } from '../../server/config.js';
import { startEmbeddedPostgres, type DatabaseEndpoint } from '../../server/database.js';
import type { JobRunner } from '../../server/jobs.js';
import { createAnonymousOrm, createOrm } from '../../server/orm.js';
import { loadDemoData } from '../../seeds/load-demo.js';

export const DEMO_PASSWORD = 'demo-pass-2026';

/**
 * The reference date (DEMO_AS_OF) every test's demo city is generated as of, pinned so the
 * data does not change with the month the tests run in (issue 9). Grades lapsed before it
 * are expired unless re-evaluated (seeds/registry/renewals.ts).
 */
export const TEST_DEMO_AS_OF = '2026-12-01';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: (string | number)[] }[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  locale?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  database: DatabaseEndpoint;
  /** The app's job queue: `drain()` runs every due job to completion. */
  jobs: JobRunner;
  /** Where this server appends its signed trail checkpoints (outside the database). */
  checkpointFile: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Logs a demo account in and returns its bearer token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** A clean database of its own: a template copy on PostgreSQL, a restored dump when embedded. */
export async function freshDatabase(options: { embedded?: boolean } = {}): Promise<DatabaseEndpoint> {
  const template = inject('templateDatabase');
  const serverUrl = process.env.DATABASE_URL;
  if (!template || !serverUrl || options.embedded) {
    const dump = new Blob([readFileSync(inject('embeddedDump'))]);
    return startEmbeddedPostgres({ loadDataDir: dump });
  }
  const name = `sorg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    poolMax: 5,
    async close() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * The real server on a real port, over a database of its own. `sample` loads
 * every n-th organization of the demo city (the same generator as the demo),
 * with the demo accounts; `sample: 1` loads the whole city; 0 loads nothing.
 */
export async function startTestServer(
  options: {
    sample?: number;
    embedded?: boolean;
    config?: Partial<AppConfig>;
    /** Anonymous callers on a pool of their own, as `npm start` runs on a real PostgreSQL (server/orm.ts). */
    anonymousPool?: boolean;
    demoAsOf?: string;
  } = {},
): Promise<TestServer> {
  const database = await freshDatabase(options);
  const orm = await createOrm(database.url, database.poolMax);
  const sample = options.sample ?? 40;
  const asOf = options.demoAsOf ?? TEST_DEMO_AS_OF;
  if (sample > 0) await loadDemoData(orm, { password: DEMO_PASSWORD, sample, asOf });
  // As behind the portal's reverse proxy: tests name client addresses with X-Forwarded-For.
  // Jobs run only when a test drains the queue (`server.jobs.drain()`), so each run is deterministic.
  // Each server signs and writes its trail checkpoints in a directory of its own.
  const receipts = mkdtempSync(join(tmpdir(), 'trail-checkpoints-'));
  // Budgets are generous here; test/api/hardening/budget.test.ts sets small ones.
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    trustProxy: ['loopback'],
    jobWorkers: false,
    costBudget: { anonymousPoints: 50_000_000, accountPoints: 50_000_000, windowSeconds: 3_600 },
    trailCheckpoint: {
      key: undefined,
      keyFile: join(receipts, 'trail-checkpoint.key'),
      file: join(receipts, 'trail-checkpoints.jsonl'),
    },
    ...options.config,
  };
  const anonymousOrm = options.anonymousPool ? await createAnonymousOrm(database, config) : undefined;
  const app = await createApp(orm, config, anonymousOrm);
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const address = app.http.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const gql: TestServer['gql'] = async (query, variables, requestOptions = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': requestOptions.locale ?? 'zh-CN',
        ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
        ...requestOptions.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers } as GraphQLResponse<never>;
  };

  return {
    url,
    orm,
    database,
    jobs: app.jobs,
    checkpointFile: config.trailCheckpoint.file,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }`,
        { input: { username, password } },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(result)}`);
      return token;
    },
    async close() {
      await app.http.close();
      await anonymousOrm?.close();
      await orm.close();
      await database.close();
    },
  };
}
