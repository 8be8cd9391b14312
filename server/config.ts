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
  production: boolean;
  demoPassword: string;
  logSql: boolean;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? '.data/pglite',
    sessionIdleMinutes: intFromEnv('SESSION_IDLE_MINUTES', 120),
    sessionAbsoluteHours: intFromEnv('SESSION_ABSOLUTE_HOURS', 12),
    production: env.NODE_ENV === 'production',
    demoPassword: env.DEMO_PASSWORD || 'demo-pass-2026',
    logSql: env.LOG_SQL === '1',
  };
}
