import type { ContainerType } from 'type-graphql';
import type { RequestContext } from '../common/context.js';

/** What resolvers get beyond the services' RequestContext: the HTTP side of the request. */
export interface GraphQLContext extends RequestContext {
  /** The app's resolver instances (type-graphql's container, per app rather than per process). */
  resolvers: ContainerType;
  /** The operation's cost in points (server/graphql/limits.ts), once measured. */
  cost?: number;
  /** Cookies for the portal (httpOnly, SameSite=Strict, Secure in production). */
  cookies: {
    set(name: string, value: string, expiresAt: Date): void;
    clear(name: string): void;
  };
}
