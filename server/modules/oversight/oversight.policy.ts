import type { PolicyRows } from '../../graphql/policy.js';

/**
 * Who may call oversight's operations. Organizations see and file only their
 * own reports, officers only their jurisdiction's (checked by the services);
 * internal comments and working notes are never public (field rules).
 */
export const OVERSIGHT_POLICY: PolicyRows = {
  operations: {},
  fields: {},
};
