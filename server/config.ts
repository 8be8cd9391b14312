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
  /**
   * Behind reverse proxies: their addresses (CIDR ranges, or `loopback`,
   * `linklocal`, `uniquelocal`). The client address is then the right-most
   * X-Forwarded-For entry not written by a trusted proxy, so a client cannot
   * forge it; false (the default) ignores the header.
   */
  trustProxy: false | string[];
  /** How many days ahead a sponsor change may take effect. */
  sponsorChangeMaxDaysAhead: number;
  /** When the daily job puts approved changes on the record on their effective date (cron, Shanghai time). */
  changeApplicationCron: string;
  /** No SQL statement runs longer (PostgreSQL's statement_timeout, on a real server); 0: no limit. */
  statementTimeoutMs: number;
  /**
   * Anonymous callers run on a pool of their own (a real server only): this
   * many connections, each with this shorter statement timeout, so a flood of
   * public queries can neither hold a statement long nor take the
   * connections officers and organizations work on.
   */
  anonymousReads: { statementTimeoutMs: number; poolMax: number };
  /** Requests one client runs at once, and how many more may wait their turn (server/http/fairness.ts). */
  clientConcurrency: { concurrent: number; waiting: number };
  /** Query cost per client and window (GitHub-style points): anonymous per address, logged in per account. */
  costBudget: { anonymousPoints: number; accountPoints: number; windowSeconds: number };
  production: boolean;
  demoPassword: string;
  /** The reference date the demo city is generated as of (YYYY-MM-DD); the generator's default when unset. */
  demoAsOf: string | undefined;
  logSql: boolean;
  /** JOB_WORKERS=0: this instance enqueues jobs but runs none (and no schedules); another instance does. */
  jobWorkers: boolean;
  /** FIXED_NOW: an ISO instant the server's clock stands still at (tests and demos); unset: the system clock. */
  fixedNow: Date | undefined;
  /**
   * GRAPHQL_EXECUTOR: `graphql-js` (default) interprets each operation; `graphql-jit` compiles it once
   * (about 20% less CPU on lists, but it answers an internal error for some mutations, e.g. approveAnnualReports).
   */
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

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const PROXY_ADDRESS = /^[0-9A-Fa-f:.]+(\/\d{1,3})?$/;

/** TRUST_PROXY: the comma-separated addresses of the reverse proxies in front (Fastify's `trustProxy`). */
function trustProxyFromEnv(raw: string | undefined): AppConfig['trustProxy'] {
  if (!raw) return false;
  const proxies = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // A bare count or flag ("1") would trust whatever a client writes: name the proxies instead.
  if (/^\d+$/.test(raw) || proxies.some((p) => !PROXY_NAMES.has(p) && !PROXY_ADDRESS.test(p)))
    throw new Error(`TRUST_PROXY must name the proxies' addresses (CIDR ranges, or loopback); got "${raw}"`);
  return proxies;
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
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    sponsorChangeMaxDaysAhead: intFromEnv('SPONSOR_CHANGE_MAX_DAYS_AHEAD', 90, env),
    changeApplicationCron: env.CHANGE_APPLICATION_CRON || '5 0 * * *',
    statementTimeoutMs: intFromEnv('STATEMENT_TIMEOUT_MS', 10_000, env),
    anonymousReads: {
      statementTimeoutMs: intFromEnv('STATEMENT_TIMEOUT_ANONYMOUS_MS', 3_000, env),
      poolMax: Math.max(1, intFromEnv('ANONYMOUS_POOL_MAX', 4, env)),
    },
    clientConcurrency: {
      concurrent: Math.max(1, intFromEnv('CLIENT_CONCURRENCY', 4, env)),
      waiting: intFromEnv('CLIENT_WAITING', 32, env),
    },
    costBudget: {
      anonymousPoints: intFromEnv('COST_BUDGET_ANONYMOUS', 200_000, env),
      accountPoints: intFromEnv('COST_BUDGET_ACCOUNT', 1_000_000, env),
      windowSeconds: intFromEnv('COST_BUDGET_SECONDS', 3_600, env),
    },
    production: env.NODE_ENV === 'production',
    demoPassword: env.DEMO_PASSWORD || 'demo-pass-2026',
    demoAsOf: dateFromEnv('DEMO_AS_OF', env),
    logSql: env.LOG_SQL === '1',
    jobWorkers: env.JOB_WORKERS !== '0',
    fixedNow: instantFromEnv('FIXED_NOW', env),
    executor: env.GRAPHQL_EXECUTOR === 'graphql-jit' ? 'graphql-jit' : 'graphql-js',
    trailCheckpoint: {
      key: env.TRAIL_CHECKPOINT_KEY || undefined,
      keyFile: env.TRAIL_CHECKPOINT_KEY_FILE || '.data/trail-checkpoint.key',
      file: env.TRAIL_CHECKPOINT_FILE || '.data/trail-checkpoints.jsonl',
    },
  };
}
