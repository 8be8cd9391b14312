import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Role } from '../modules/identity/enums.js';
import { authError } from './errors.js';

/**
 * The one authChecker behind every @Authorized: no login is UNAUTHENTICATED,
 * a login without one of the named roles is FORBIDDEN (API.md).
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const account = context.viewer?.account;
  if (!account) throw authError('UNAUTHENTICATED', context.locale);
  if (roles.length > 0 && !roles.includes(account.role)) throw authError('FORBIDDEN', context.locale);
  return true;
};
