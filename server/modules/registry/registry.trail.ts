import { defineActions, subjectType, trail, type TrailSubjectType } from '../../common/trail.js';
import type { RequestContext } from '../../common/context.js';
import { Role } from '../../common/roles.js';
import { toGlobalId } from '../../graphql/ids.js';
import { ChangeApplication } from './change-application.entity.js';
import { Organization } from './organization.entity.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { OrganizationRecord, type OrganizationView } from './registry.records.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

export const RegistryActions = defineActions(
  [
    'registerOrganization',
    'updateOrganization',
    'changeOrganizationStatus',
    'changeSponsorUnit',
    'transferSponsorUnit',
    'correctSponsorshipPeriod',
    'readOrganizationDetails',
    // decoupling (issue 11)
    'recordDecouplingSeparation',
    'completeDecoupling',
    // issue 9: change applications (变更登记) and contact details
    'fileChangeApplication',
    'reviewChangeApplication',
    'withdrawChangeApplication',
    // an approved change put on the record on its effective date (the daily job)
    'applyChangeApplication',
    'updateContactDetails',
  ],
  { notChanges: ['readOrganizationDetails'] },
);

/** The fields of an organization that the trail records before and after a change. */
function organizationSnapshot(org: Organization) {
  return {
    creditCode: org.creditCode,
    name: org.name,
    englishName: org.englishName ?? null,
    type: org.type,
    status: org.status,
    registrationLevel: org.registrationLevel,
    districtCode: org.district.code,
    registeredOn: org.registeredOn,
    legalRepresentative: org.legalRepresentative,
    domicile: org.domicile,
    businessScope: org.businessScope,
    registeredCapital: org.registeredCapital,
    isIndustryAssociation: org.isIndustryAssociation,
    sponsorUnitId: org.sponsorUnit ? toGlobalId('SponsorUnit', org.sponsorUnit.id) : null,
    industryDepartmentId: org.industryDepartment
      ? toGlobalId('IndustryDepartment', org.industryDepartment.id)
      : null,
    contactPhone: org.contactPhone ?? null,
    contactEmail: org.contactEmail ?? null,
    website: org.website ?? null,
  };
}

/** How a change event names the application it applies (its global ID, as trail snapshots name records). */
export const changeApplicationRef = (key: number): string => toGlobalId('ChangeApplication', key);

/** What the trail keeps of a change application: its state, what it asks and the decision. */
function changeApplicationSnapshot(a: ChangeApplication) {
  const { sponsorUnitId, ...items } = a.requested;
  return {
    status: a.status,
    requested: {
      ...items,
      ...(sponsorUnitId === undefined
        ? {}
        : { sponsorUnitId: sponsorUnitId === null ? null : toGlobalId('SponsorUnit', sponsorUnitId) }),
    },
    effectiveOn: a.effectiveOn,
    reason: a.reason,
    comment: a.comment ?? null,
    appliedAt: a.appliedAt?.toISOString() ?? null,
  };
}

export const REGISTRY_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'Organization',
    entity: Organization,
    readModels: [OrganizationRecord],
    snapshot: organizationSnapshot,
    scopeOf: (org) => managedOrganizations.keyOf(registrarOf(org)),
    nameOf: async (ctx, key) => (await ctx.loaders.organization.load(Number(key)))?.name ?? null,
    codeOf: async (ctx, key) => (await ctx.loaders.organization.load(Number(key)))?.creditCode ?? null,
  }),
  // issue 9
  subjectType({
    type: 'ChangeApplication',
    entity: ChangeApplication,
    snapshot: changeApplicationSnapshot,
    scopeOf: (a) => managedOrganizations.keyOf(registrarOf(a.organization)),
    nameOf: async (ctx, key) => {
      const a = await ctx.em.findOne(ChangeApplication, Number(key), { fields: ['organization'] });
      return a ? ((await ctx.loaders.organization.load(a.organization.id))?.name ?? null) : null;
    },
  }),
  subjectType({
    type: 'SponsorUnit',
    entity: SponsorUnit,
    nameOf: async (ctx, key) => (await ctx.loaders.sponsorUnit.load(Number(key)))?.name ?? null,
  }),
];

/** An officer's read of an organization's internal fields is on the trail; its own account's is not. */
function readOfDetails(ctx: RequestContext, org: OrganizationView): void {
  if (ctx.viewer?.role !== Role.ORGANIZATION)
    trail.noteRead(ctx, RegistryActions.readOrganizationDetails, org);
}

/** A sponsorship period is its organization's history, however it is reached (`sponsorHistory`, `node`, `nodes`). */
async function readOfPeriod(ctx: RequestContext, period: { organization: { id: number } }): Promise<void> {
  const org = await ctx.loaders.organization.load(period.organization.id);
  if (org) readOfDetails(ctx, org);
}

export const REGISTRY_READS = {
  ...Object.fromEntries(
    ['industryDepartment', 'sponsorHistory'].map((field) => [`Organization.${field}`, readOfDetails]),
  ),
  ...Object.fromEntries(
    ['validFrom', 'validTo', 'reason', 'sponsorUnit'].map((field) => [
      `SponsorshipPeriod.${field}`,
      readOfPeriod,
    ]),
  ),
};
