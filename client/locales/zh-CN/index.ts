import account from './account';
import admin from './admin';
import auth from './auth';
import common from './common';
import dashboard from './dashboard';
import registry from './registry';
import trail from './trail';
import workspaces from './workspaces';
// oversight
import oversight from './oversight';
// funds, relief, decoupling (issue 11)
import funds from './funds';
import relief from './relief';
import decoupling from './decoupling';
// issue 9: the organization's workspace and change applications
import myOrganization from './my-organization';
// public register (issue 9)
import publicRegister from './public-register';
// issue 10: procurement
import procurement from './procurement';

/**
 * The message schema of the portal, merged from one file per module
 * (views/<module>): each English file is typed against its Chinese
 * counterpart, so a key missing in English fails the type check
 * (soybean-admin's locale habit). A module names its own namespaces; no two
 * modules share one (test/client/locales.test.ts).
 * vue-i18n syntax: `{name}` is a placeholder; avoid bare `@`, `|`, `{`, `}`.
 */
const zhCN = {
  ...common,
  ...auth,
  ...account,
  ...admin,
  ...dashboard,
  ...registry,
  ...trail,
  ...workspaces,
  // oversight
  ...oversight,
  ...funds,
  ...relief,
  ...decoupling,
  // issue 9
  ...myOrganization,
  // public register (issue 9)
  ...publicRegister,
  // issue 10: procurement
  ...procurement,
};

export type MessageSchema = typeof zhCN;
export default zhCN;
