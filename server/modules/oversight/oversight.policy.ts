import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { FieldRule, PolicyRows } from '../../graphql/policy.js';
import { mayViewOrganizationDetails } from '../registry/registry.policy.js';
import type { Organization } from '../registry/organization.entity.js';

const details: FieldRule = (ctx: RequestContext, org: Organization) => mayViewOrganizationDetails(ctx, org);
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
  },
  fields: {
    'Organization.annualReports': details,
  },
};
