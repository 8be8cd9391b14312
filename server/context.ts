import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from './graphql/locale.js';
import type { Loaders } from './graphql/loaders.js';
import type { Account } from './modules/identity/account.entity.js';

/** Who is calling: the account and the session it came with (token or cookie). */
export interface Viewer {
  account: Account;
  sessionId: number;
}

/** The per-request context every resolver and service receives first (Vendure's RequestContext). */
export interface RequestContext {
  /** A fresh EntityManager fork per request (type-graphql's mikro-orm example). */
  em: EntityManager;
  viewer: Viewer | null;
  locale: Locale;
  requestId: string;
  clientAddress: string;
  loaders: Loaders;
  /** Records whose internal fields an officer read in this request (trailed after it). */
  sensitiveReads: Map<string, string | null>;
  /** How the HTTP layer hands out or clears the portal's session cookie. */
  sessionCookie: {
    set(token: string, expiresAt: Date): void;
    clear(): void;
  };
}
