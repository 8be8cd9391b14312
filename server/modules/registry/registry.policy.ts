import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { FieldRule, PolicyRows } from '../../graphql/policy.js';
import type { OrganizationView } from './registry.records.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';

/** Internal fields of a record: the organization's managers, and its own account. */
export function mayViewOrganizationDetails(ctx: RequestContext, org: OrganizationView): boolean {
  if (ctx.viewer?.role === Role.ORGANIZATION) return ctx.viewer.organizationId === org.id;
  return managedOrganizations.covers(ctx, registrarOf(org));
}

const details: FieldRule = mayViewOrganizationDetails;

/** The register is public, like a credit-information publicity site; changing it is the officers' work. */
export const REGISTRY_POLICY: PolicyRows = {
  operations: {
    districts: 'PUBLIC',
    industryDepartments: 'PUBLIC',
    organizations: 'PUBLIC',
    organization: 'PUBLIC',
    organizationByCreditCode: 'PUBLIC',
    sponsorUnits: 'PUBLIC',
    registryStatistics: OFFICER_ROLES,
    registerOrganization: OFFICER_ROLES,
    updateOrganization: OFFICER_ROLES,
    changeOrganizationStatus: OFFICER_ROLES,
    changeSponsorUnit: OFFICER_ROLES,
    correctSponsorshipPeriod: OFFICER_ROLES,
    transferSponsorUnit: OFFICER_ROLES,
    // decoupling (issue 11)
    decouplings: OFFICER_ROLES,
    decouplingProgress: OFFICER_ROLES,
    recordDecouplingSeparation: OFFICER_ROLES,
    completeDecoupling: OFFICER_ROLES,
    // issue 9: change applications (变更登记), filed by the organization, decided by its officers
    changeApplications: [...OFFICER_ROLES, Role.ORGANIZATION],
    fileChangeApplication: [Role.ORGANIZATION],
    withdrawChangeApplication: [Role.ORGANIZATION],
    reviewChangeApplication: OFFICER_ROLES,
    updateContactDetails: [...OFFICER_ROLES, Role.ORGANIZATION],
  },
  // Public, as the national platform (中国社会组织政务服务平台) publishes them (issue 9): name, credit
  // code, type, status and its dates, registration authority, sponsor unit, legal representative,
  // registration date, registered capital, domicile and business scope. Internal: the industry
  // department, the sponsor history (its reasons are officers' notes) and decoupling work.
  fields: {
    'Organization.industryDepartment': details,
    'Organization.sponsorHistory': details,
    // decoupling (issue 11)
    'Organization.decoupling': details,
  },
};
