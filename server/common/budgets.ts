import { LRUCache } from 'lru-cache';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import type { Message } from './errors.js';

/**
 * Budgets (rate limits) kept in PostgreSQL by rate-limiter-flexible, in one
 * table every instance shares (`limits.rate_limit`, made by the hardening
 * migration). Each take is one atomic upsert, so parallel requests are
 * counted one by one: a budget cannot be overspent by racing it.
 *
 * The store takes its own pooled connection: call it outside a transaction
 * (on the one-connection embedded database, inside one it would wait forever).
 */
const STORE = {
  schemaName: 'limits',
  tableName: 'rate_limit',
  tableCreated: true,
  clearExpiredByTimeout: false,
} as const;

export interface BudgetSpec {
  /** Names the budget; keys of different budgets never meet. */
  name: string;
  points: number;
  /** The window, in seconds, after which the points come back. */
  seconds: number;
  /** Once spent, refused for this long (seconds) instead of until the window ends. */
  blockSeconds?: number;
}

export interface BudgetState {
  allowed: boolean;
  /** Points left in the window after this take. */
  remaining: number;
  /** Milliseconds until the points come back (or the block ends). */
  retryAfterMs: number;
  limit: number;
}

export class Budget {
  private readonly limiters = new WeakMap<Knex, RateLimiterPostgres>();

  constructor(readonly spec: BudgetSpec) {}

  /** Takes `points` (at least 1) for `key`; refused when the budget would be overspent. */
  async take(em: EntityManager, key: string, points = 1): Promise<BudgetState> {
    const limit = this.spec.points;
    try {
      const res = await this.limiter(em).consume(key, Math.max(1, Math.ceil(points)));
      return { allowed: true, remaining: res.remainingPoints, retryAfterMs: res.msBeforeNext, limit };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, remaining: 0, retryAfterMs: refusal.msBeforeNext, limit };
    }
  }

  /** Gives points back (a try that turned out well). */
  async giveBack(em: EntityManager, key: string, points = 1): Promise<void> {
    await this.limiter(em).reward(key, points);
  }

  /** Forgets the key: its whole budget is available again. */
  async reset(em: EntityManager, key: string): Promise<void> {
    await this.limiter(em).delete(key);
  }

  private limiter(em: EntityManager): RateLimiterPostgres {
    // The root query builder, never a transaction's: the store pools its own connection.
    const knex = em.getKnex();
    let limiter = this.limiters.get(knex);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        ...STORE,
        storeClient: knex,
        storeType: 'knex',
        keyPrefix: this.spec.name,
        points: this.spec.points,
        duration: this.spec.seconds,
        blockDuration: this.spec.blockSeconds ?? 0,
      });
      this.limiters.set(knex, limiter);
    }
    return limiter;
  }
}

/** A lease is this share of the budget's limit: an instance overspends a client's budget by at most that. */
const LEASE_SHARE = 100;
/** Clients whose leases one process remembers; the least recently seen are dropped first (their points lapse). */
const LEASED_CLIENTS = 100_000;

/** Points taken from the shared store ahead of use and not yet spent, held by this process for one key. */
interface Lease {
  left: number;
  /** What the store said was left when the lease was taken. */
  storeRemaining: number;
  /** The store's window ends then, and with it the lease. */
  expiresAt: number;
}

/**
 * A budget spent from leases (issue 12): the store is asked for a request's
 * points plus a chunk (1/100 of the limit) at once, and this process spends
 * the chunk in memory, so a client's next requests cost no statement each.
 * The store stays the one budget all instances share; each instance can hold
 * at most one unspent chunk per client. Near the limit the chunk is given
 * back and only the request's own points are asked for, so a budget small
 * enough to have no chunk is counted exactly, as before.
 */
export class LeasedBudget {
  private readonly leases = new LRUCache<string, Lease>({ max: LEASED_CLIENTS });
  private readonly chunk: number;

  constructor(private readonly budget: Budget) {
    this.chunk = Math.floor(budget.spec.points / LEASE_SHARE);
  }

  async take(em: EntityManager, key: string, points: number): Promise<BudgetState> {
    const cost = Math.max(1, Math.ceil(points));
    const limit = this.budget.spec.points;
    const now = Date.now();
    const lease = this.leases.get(key);
    const held = lease && lease.expiresAt > now ? lease.left : 0;
    if (lease && held >= cost) {
      lease.left -= cost;
      return {
        allowed: true,
        remaining: lease.storeRemaining + lease.left,
        retryAfterMs: lease.expiresAt - now,
        limit,
      };
    }
    // Claimed before the first await, so a parallel request of this client cannot spend it too.
    if (lease) lease.left = 0;
    const need = cost - held;
    let extra = this.chunk;
    let state = await this.budget.take(em, key, need + extra);
    if (!state.allowed && extra > 0) {
      await this.budget.giveBack(em, key, need + extra);
      extra = 0;
      state = await this.budget.take(em, key, need);
    }
    if (!state.allowed) return state;
    // A parallel request may have leased meanwhile: its chunk is kept, not overwritten.
    const current = this.leases.get(key);
    const kept = current && current.expiresAt > now ? current.left : 0;
    this.leases.set(key, {
      left: extra + kept,
      storeRemaining: state.remaining,
      expiresAt: now + state.retryAfterMs,
    });
    return { ...state, remaining: state.remaining + extra + kept };
  }
}

export interface CostLimits {
  /** Points a client without a session may spend per window, counted per address. */
  anonymousPoints: number;
  /** Points a logged-in account may spend per window, over all its sessions. */
  accountPoints: number;
  windowSeconds: number;
}

/**
 * Query cost per client, as GitHub's GraphQL API counts points per hour:
 * per account when logged in, per address otherwise. Kept in PostgreSQL, so
 * several instances share one budget, and spent from leases (LeasedBudget).
 */
export class CostBudget {
  private readonly anonymous: LeasedBudget;
  private readonly account: LeasedBudget;

  /** `root`: the application's EntityManager; a budget is charged outside any request's own. */
  constructor(
    limits: CostLimits,
    private readonly root: EntityManager,
  ) {
    this.anonymous = new LeasedBudget(
      new Budget({ name: 'cost-address', points: limits.anonymousPoints, seconds: limits.windowSeconds }),
    );
    this.account = new LeasedBudget(
      new Budget({ name: 'cost-account', points: limits.accountPoints, seconds: limits.windowSeconds }),
    );
  }

  charge(ctx: Pick<RequestContext, 'viewer' | 'clientAddress'>, points: number): Promise<BudgetState> {
    return ctx.viewer
      ? this.account.take(this.root, String(ctx.viewer.accountId), points)
      : this.anonymous.take(this.root, ctx.clientAddress, points);
  }
}

/** The answer to a spent budget, in the caller's language. */
export function budgetSpentMessage(state: BudgetState): Message {
  const seconds = Math.max(1, Math.ceil(state.retryAfterMs / 1000));
  return {
    'zh-CN': `查询额度已用完（每个时段 ${state.limit} 点），请 ${seconds} 秒后再试。`,
    en: `The query budget of ${state.limit} points is spent; try again in ${seconds} seconds.`,
  };
}

/** Standard headers telling a caller what is left (as GitHub's x-ratelimit-*). */
export function budgetHeaders(state: BudgetState): [string, string][] {
  const headers: [string, string][] = [
    ['x-ratelimit-limit', String(state.limit)],
    ['x-ratelimit-remaining', String(state.remaining)],
    ['x-ratelimit-reset', String(Math.ceil(state.retryAfterMs / 1000))],
  ];
  if (!state.allowed)
    headers.push(['retry-after', String(Math.max(1, Math.ceil(state.retryAfterMs / 1000)))]);
  return headers;
}
