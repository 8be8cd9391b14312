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
  ],
  { notChanges: ['login', 'logout'] },
);

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
];
