import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { FieldRule, PolicyRows } from '../../graphql/policy.js';
import type { OrganizationRecord } from '../registry/registry.records.js';
import { procurementScope } from './procurement.scope.js';

const BUYERS = [Role.BUYER] as const;
const SUPPLIERS = [Role.ORGANIZATION] as const;
const BUYERS_AND_OFFICERS = [Role.BUYER, ...OFFICER_ROLES] as const;
const SUPPLIERS_AND_OFFICERS = [Role.ORGANIZATION, ...OFFICER_ROLES] as const;

/** A supplier profile: its own organization, buyers (who match against it) and officers. */
const profile: FieldRule = (ctx: RequestContext, org: OrganizationRecord) =>
  procurementScope.isOfficer(ctx) ||
  ctx.viewer?.role === Role.BUYER ||
  procurementScope.ownOrganization(ctx) === org.id;

/**
 * Who may call service purchase's operations. Published needs and awards are public (the
 * notice board); drafts, proposals and evaluations are the buying department's (and officers');
 * an organization sees only its own proposals and inbox (checked by the services); red flags
 * are the officers' and, for their own department only (red-flag.service.ts), the buyers'.
 */
export const PROCUREMENT_POLICY: PolicyRows = {
  operations: {
    serviceNeeds: 'PUBLIC',
    serviceNeed: 'PUBLIC',
    supplierMatchMethod: 'PUBLIC',
    supplierMatches: BUYERS_AND_OFFICERS,
    supplierReadiness: 'LOGGED_IN',
    saveServiceNeed: BUYERS,
    publishServiceNeed: BUYERS,
    closeServiceNeed: BUYERS,
    cancelServiceNeed: BUYERS,
    amendServiceNeed: BUYERS,
    myProposals: SUPPLIERS,
    submitProposal: SUPPLIERS,
    withdrawProposal: SUPPLIERS,
    evaluateProposal: BUYERS,
    awardServiceNeed: BUYERS,
    rateContract: BUYERS,
    updateSupplierProfile: SUPPLIERS,
    fittingServiceNeeds: SUPPLIERS_AND_OFFICERS,
    myNotifications: SUPPLIERS,
    myUnreadNotificationCount: SUPPLIERS,
    myNeedSubscription: SUPPLIERS,
    subscribeToNeeds: SUPPLIERS,
    unsubscribeFromNeeds: SUPPLIERS,
    markNotificationRead: SUPPLIERS,
    procurementRedFlags: BUYERS_AND_OFFICERS,
  },
  fields: {
    'Organization.supplierProfile': profile,
  },
};
