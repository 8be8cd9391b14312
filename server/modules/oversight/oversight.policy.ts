import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { FieldRule, PolicyRows } from '../../graphql/policy.js';
import { mayViewOrganizationDetails } from '../registry/registry.policy.js';
import type { Organization } from '../registry/organization.entity.js';

const details: FieldRule = (ctx: RequestContext, org: Organization) => mayViewOrganizationDetails(ctx, org);
const officersOnly: FieldRule = (ctx: RequestContext) =>
  ctx.viewer !== null && OFFICER_ROLES.includes(ctx.viewer.role);
const FILERS = [Role.ORGANIZATION] as const;
const OFFICERS_AND_FILERS = [...OFFICER_ROLES, Role.ORGANIZATION] as const;

/**
 * Who may call oversight's operations. Organizations see and file only their
 * own reports, officers only their jurisdiction's (checked by the services);
 * internal comments and working notes are never public (field rules).
 */
export const OVERSIGHT_POLICY: PolicyRows = {
  operations: {
    annualReports: OFFICERS_AND_FILERS,
    saveAnnualReport: FILERS,
    submitAnnualReport: FILERS,
    reviewAnnualReport: OFFICER_ROLES,
    approveAnnualReports: OFFICER_ROLES,
    auditCases: OFFICERS_AND_FILERS,
    openAuditCase: OFFICER_ROLES,
    recordAuditFinding: OFFICER_ROLES,
    closeAuditCase: OFFICER_ROLES,
    rectifications: OFFICERS_AND_FILERS,
    resolveRectification: FILERS,
    verifyRectification: OFFICER_ROLES,
    penalties: 'PUBLIC',
    imposePenalty: OFFICER_ROLES,
    creditListings: 'PUBLIC',
    creditListRemovalApplications: OFFICERS_AND_FILERS,
    placeOnCreditList: OFFICER_ROLES,
    removeFromCreditList: OFFICER_ROLES,
    applyForCreditListRemoval: FILERS,
    decideCreditListRemoval: OFFICER_ROLES,
    runComplianceSweep: OFFICER_ROLES,
    enqueueComplianceSweep: OFFICER_ROLES,
    selfInspectionCampaigns: 'PUBLIC',
  },
  fields: {
    'Organization.annualReports': details,
    'Organization.auditCases': details,
    'Organization.evaluationEligibility': details,
    // 工作底稿: a case is seen only by its organization and the officers over it; of those, officers only.
    'AuditCase.workingNotes': officersOnly,
  },
};
