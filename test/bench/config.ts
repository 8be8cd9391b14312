import { loadConfig, type AppConfig } from '../../server/config.js';

/**
 * The server as benched: its own budgets and per-client turns (issue 7) are
 * lifted, because the load generator's connections stand for many clients
 * from one address; with the defaults they would be counted as one client.
 */
export const BENCH_LIMITS = {
  COST_BUDGET_ANONYMOUS: '1000000000',
  COST_BUDGET_ACCOUNT: '1000000000',
  CLIENT_CONCURRENCY: '64',
  CLIENT_WAITING: '256',
};

export function benchConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig(BENCH_LIMITS), port: 0, ...overrides };
}
