import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { toGlobalId } from '../../graphql/ids.js';
import { Account } from './account.entity.js';

export const IdentityActions = defineActions(
  [
    'login',
    'logout',
    'createAccount',
    'updateAccount',
    'disableAccount',
    'enableAccount',
    'resetPassword',
    'changePassword',
    // issue 9
    'issueOrganizationAccount',
    // issue 9: failed logins and lockouts, for the admins' security review
    'loginFailed',
    'loginLockedOut',
  ],
  {
    notChanges: ['login', 'logout', 'loginFailed', 'loginLockedOut'],
    adminOnly: ['loginFailed', 'loginLockedOut'],
  },
);

/** A failed login names the username tried; one that is no account's is its own subject (no account to name). */
export const UNKNOWN_USERNAME = 'UnknownUsername';

/** The fields of an account the trail records; never the password hash. */
function accountSnapshot(account: Account) {
  return {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    active: account.active,
    organizationId: account.organization ? toGlobalId('Organization', account.organization.id) : null,
    department: account.department ?? null,
    jurisdictionCode: account.jurisdiction?.code ?? null,
    mustChangePassword: account.mustChangePassword,
  };
}

export const IDENTITY_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'Account',
    entity: Account,
    snapshot: accountSnapshot,
    nameOf: async (ctx, key) => (await ctx.loaders.account.load(Number(key)))?.username ?? null,
  }),
  subjectType({ type: UNKNOWN_USERNAME, nameOf: (_ctx, key) => Promise.resolve(key) }),
];
