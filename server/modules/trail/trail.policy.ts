import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES } from '../../common/roles.js';
import type { PolicyRows } from '../../graphql/policy.js';

/** The audit trail (filtered further by jurisdiction in the trail service). */
export function mayReadTrail(ctx: RequestContext): boolean {
  return ctx.viewer !== null && OFFICER_ROLES.includes(ctx.viewer.role);
}

export const TRAIL_POLICY: PolicyRows = {
  operations: {
    auditTrail: OFFICER_ROLES,
    verifyAuditTrail: OFFICER_ROLES,
  },
};
