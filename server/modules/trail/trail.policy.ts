import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { PolicyRows } from '../../graphql/policy.js';

/** The audit trail (filtered further by jurisdiction in the trail service). */
export function mayReadTrail(ctx: RequestContext): boolean {
  return ctx.viewer !== null && OFFICER_ROLES.includes(ctx.viewer.role);
}

/**
 * Client addresses are personal information (PIPL) that only the security
 * review needs: admins see them, in GraphQL and in the CSV alike; officers
 * see who did what, not from where.
 */
export function maySeeClientAddresses(ctx: RequestContext): boolean {
  return ctx.viewer?.role === Role.ADMIN;
}

export const TRAIL_POLICY: PolicyRows = {
  operations: {
    auditTrail: OFFICER_ROLES,
    verifyAuditTrail: OFFICER_ROLES,
    startFullTrailVerification: [Role.ADMIN],
    fullTrailVerification: [Role.ADMIN],
  },
  fields: {
    'AuditEvent.clientAddress': maySeeClientAddresses,
  },
};
