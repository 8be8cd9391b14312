import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { PolicyRows } from '../../graphql/policy.js';

const ADMINS = [Role.ADMIN] as const;

/** An account record: admins, and the account itself. */
export function mayViewAccount(ctx: RequestContext, accountId: number): boolean {
  return ctx.viewer?.role === Role.ADMIN || ctx.viewer?.accountId === accountId;
}

export const IDENTITY_POLICY: PolicyRows = {
  operations: {
    me: 'PUBLIC',
    accounts: ADMINS,
    login: 'PUBLIC',
    logout: 'PUBLIC',
    changePassword: 'LOGGED_IN',
    createAccount: ADMINS,
    updateAccount: ADMINS,
    disableAccount: ADMINS,
    enableAccount: ADMINS,
    resetPassword: ADMINS,
    // issue 9: an officer over an organization issues its first account
    issueOrganizationAccount: OFFICER_ROLES,
  },
};
