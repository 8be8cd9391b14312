import { isCalendarDate } from './common/input-checker.js';

/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** A real PostgreSQL; when absent the embedded PGlite under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Session lifetime for tokens and cookies. */
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Failed logins per account, and per client address, before each further try waits longer. */
  loginFailuresPerAccount: number;
  loginFailuresPerAddress: number;
  /** Comma-separated origins allowed to call the API from a browser; none by default. */
  corsOrigins: string[];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  production: boolean;
  demoPassword: string;
  /** The reference date the demo city is generated as of (YYYY-MM-DD); the generator's default when unset. */
  demoAsOf: string | undefined;
  logSql: boolean;
  /** JOB_WORKERS=0: this instance enqueues jobs but runs none (and no schedules); another instance does. */
  jobWorkers: boolean;
  /** FIXED_NOW: an ISO instant the server's clock stands still at (tests and demos); unset: the system clock. */
  fixedNow: Date | undefined;
  /** GRAPHQL_EXECUTOR: `graphql-jit` (default) compiles each operation once; `graphql-js` interprets it. */
  executor: 'graphql-jit' | 'graphql-js';
  /** Signed head checkpoints of the audit trail (D7): the HMAC key and where it and the receipts live, outside the database. */
  trailCheckpoint: {
    /** TRAIL_CHECKPOINT_KEY: the key itself; unset: read from (or made at) `keyFile`. */
    key: string | undefined;
    /** TRAIL_CHECKPOINT_KEY_FILE, default `.data/trail-checkpoint.key` (random bytes, made on first use). */
    keyFile: string;
    /** TRAIL_CHECKPOINT_FILE, default `.data/trail-checkpoints.jsonl`: each checkpoint appended as one JSON line. */
    file: string;
  };
}

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function instantFromEnv(name: string, env: NodeJS.ProcessEnv): Date | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  const instant = new Date(raw);
  if (Number.isNaN(instant.getTime())) throw new Error(`${name} must be an ISO 8601 instant, got "${raw}"`);
  return instant;
}

function dateFromEnv(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!isCalendarDate(raw)) throw new Error(`${name} must be a date written YYYY-MM-DD, got "${raw}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000, env),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? '.data/pglite',
    sessionIdleMinutes: intFromEnv('SESSION_IDLE_MINUTES', 120, env),
    sessionAbsoluteHours: intFromEnv('SESSION_ABSOLUTE_HOURS', 12, env),
    loginFailuresPerAccount: intFromEnv('LOGIN_FAILURES_PER_ACCOUNT', 5, env),
    loginFailuresPerAddress: intFromEnv('LOGIN_FAILURES_PER_ADDRESS', 20, env),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1',
    production: env.NODE_ENV === 'production',
    demoPassword: env.DEMO_PASSWORD || 'demo-pass-2026',
    demoAsOf: dateFromEnv('DEMO_AS_OF', env),
    logSql: env.LOG_SQL === '1',
    jobWorkers: env.JOB_WORKERS !== '0',
    fixedNow: instantFromEnv('FIXED_NOW', env),
    executor: env.GRAPHQL_EXECUTOR === 'graphql-js' ? 'graphql-js' : 'graphql-jit',
    trailCheckpoint: {
      key: env.TRAIL_CHECKPOINT_KEY || undefined,
      keyFile: env.TRAIL_CHECKPOINT_KEY_FILE || '.data/trail-checkpoint.key',
      file: env.TRAIL_CHECKPOINT_FILE || '.data/trail-checkpoints.jsonl',
    },
  };
}
