import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from './clock.js';
import type { Loaders } from './loaders.js';
import type { Locale } from './locale.js';
import type { Role } from './roles.js';
import type { PoolShare } from './pool-shares.js';
import type { ReadLog } from './trail.js';

/**
 * Who is calling, as the session found it: plain values, so services and
 * rules read them without loading the account (and never see its password hash).
 */
export interface Viewer {
  accountId: number;
  username: string;
  role: Role;
  /** ORGANIZATION accounts: the organization they act for. */
  organizationId: number | null;
  /** Officers: the district they register for; null is municipal (the whole city). */
  jurisdictionCode: string | null;
  /** BUYER accounts: the purchasing department. */
  department: string | null;
  sessionId: number;
  /** A one-time password is still in use (issue 9): only public operations and changing it are open. */
  mustChangePassword?: boolean;
}

/** The per-request context every service method receives first (Vendure's RequestContext). */
export interface RequestContext {
  /** A fresh EntityManager fork per request (type-graphql's mikro-orm example). */
  em: EntityManager;
  viewer: Viewer | null;
  locale: Locale;
  requestId: string;
  clientAddress: string;
  /** Per-request DataLoaders of every module, made on first use. */
  loaders: Loaders;
  /** Records whose internal fields were read in this request; the trail records them after it. */
  reads: ReadLog;
  /** The request's clock; business dates come from it through `today(ctx)` (Shanghai's date). */
  now: Clock;
  /**
   * Set only on work the system does itself (`systemContext`): it acts over the whole city, as
   * it does when a scheduled job applies a change an officer approved for a later date.
   */
  system?: true;
  /** The client's share of the connection pool for list statements (common/pool-shares.ts); none for the system's work. */
  poolShare?: PoolShare;
}

/** The context of work the system does itself (command line, demo data, scheduled jobs): no viewer. */
export function systemContext(em: EntityManager, loaders: Loaders, now: Clock = systemClock): RequestContext {
  return {
    em,
    viewer: null,
    locale: 'zh-CN',
    requestId: `system-${Date.now()}`,
    clientAddress: 'local',
    loaders,
    reads: new Map(),
    now,
    system: true,
  };
}
