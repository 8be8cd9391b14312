import { identityDemo } from '../../../seeds/identity/load.js';
import { defineModule } from '../../module.js';
import { Account } from './account.entity.js';
import { AccountService } from './account.service.js';
import { IdentityErrorCode } from './identity.errors.js';
import { identityLoaders } from './identity.loaders.js';
import { IDENTITY_POLICY, mayViewAccount } from './identity.policy.js';
import {
  AccountResolver,
  ChangeApplicationAccountsResolver,
  OrganizationAccountHintsResolver,
} from './identity.resolver.js';
import { IDENTITY_SUBJECTS, IdentityActions } from './identity.trail.js';
import { LoginThrottle } from './login-throttle.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import type { ModuleDeps } from '../../module.js';

function identityServices({ config }: ModuleDeps) {
  const throttle = new LoginThrottle(config);
  const sessions = new SessionService(config, throttle);
  return { sessions, accounts: new AccountService(sessions, throttle) };
}
export type IdentityServices = ReturnType<typeof identityServices>;

/** Accounts, sessions and logins. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [Account, Session],
  services: identityServices,
  resolvers: [AccountResolver, ChangeApplicationAccountsResolver, OrganizationAccountHintsResolver],
  policy: IDENTITY_POLICY,
  nodes: [
    {
      name: 'Account',
      type: Account,
      fetch: async (ctx, key) => (mayViewAccount(ctx, key) ? ctx.loaders.account.load(key) : null),
    },
  ],
  loaders: identityLoaders,
  trail: { subjects: IDENTITY_SUBJECTS, actions: IdentityActions },
  errorCodes: IdentityErrorCode,
  demo: identityDemo,
});
