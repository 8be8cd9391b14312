import type { JobDefinition } from '../../common/jobs.js';
import type { RequestContext } from '../../common/context.js';
import { registryDemo } from '../../../seeds/registry/load.js';
import { defineModule, type ModuleDeps } from '../../module.js';
import { District } from './district.entity.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { OrganizationSearch } from './organization-search.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationResolver, SponsorshipPeriodResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';
import { ReferenceDataService } from './reference.service.js';
import { RegistryErrorCode } from './registry.errors.js';
import { registryLoaders } from './registry.loaders.js';
import {
  IndustryDepartmentRecord,
  OrganizationRecord,
  SponsorshipPeriodRecord,
  SponsorUnitRecord,
} from './registry.records.js';
import { mayViewOrganizationDetails, REGISTRY_POLICY } from './registry.policy.js';
import { REGISTRY_READS, REGISTRY_SUBJECTS, RegistryActions } from './registry.trail.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorUnitResolver } from './sponsor-unit.resolver.js';
import { SponsorUnitService } from './sponsor-unit.service.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';
import { SponsorshipService } from './sponsorship.service.js';
import { RegistryStatisticsService } from './statistics.service.js';
import { registerRegisterExports } from './register.export.js';
// decoupling (issue 11)
import { Decoupling, DecouplingItem } from './decoupling.entity.js';
import { DecouplingResolver, OrganizationDecouplingResolver } from './decoupling.resolver.js';
import { DecouplingService } from './decoupling.service.js';
// change applications and contact details (issue 9)
import { ChangeApplication } from './change-application.entity.js';
import { ChangeApplicationResolver, OrganizationChangeHintsResolver } from './change-application.resolver.js';
import { ChangeApplicationService } from './change-application.service.js';
import { ContactDetailsService } from './contact-details.service.js';

function registryServices({ config }: ModuleDeps) {
  const sponsorUnits = new SponsorUnitService();
  const limits = { maxDaysAhead: config.sponsorChangeMaxDaysAhead };
  const sponsorship = new SponsorshipService(sponsorUnits, limits);
  const organizations = new OrganizationService(sponsorUnits);
  return {
    search: new OrganizationSearch(),
    organizations,
    sponsorship,
    sponsorUnits,
    statistics: new RegistryStatisticsService(),
    reference: new ReferenceDataService(),
    // decoupling (issue 11)
    decoupling: new DecouplingService(sponsorship),
    // issue 9
    changeApplications: new ChangeApplicationService(
      organizations,
      sponsorUnits,
      sponsorship,
      limits,
      config.changeApplicationCron,
    ),
    contactDetails: new ContactDetailsService(),
  };
}
export type RegistryServices = ReturnType<typeof registryServices>;

/** A period is part of its organization's sponsor history, an internal field. */
async function fetchSponsorshipPeriod(ctx: RequestContext, key: number): Promise<SponsorshipPeriod | null> {
  const period = ctx.viewer ? await ctx.em.findOne(SponsorshipPeriod, key) : null;
  const org = period ? await ctx.loaders.organization.load(period.organization.id) : null;
  return period && org && mayViewOrganizationDetails(ctx, org) ? period : null;
}

/** A change application: its organization's account and the officers over it. */
async function fetchChangeApplication(ctx: RequestContext, key: number): Promise<ChangeApplication | null> {
  const application = ctx.viewer ? await ctx.em.findOne(ChangeApplication, key) : null;
  const org = application ? await ctx.loaders.organization.load(application.organization.id) : null;
  return application && org && mayViewOrganizationDetails(ctx, org) ? application : null;
}

/** 登记管理: organizations, districts, sponsor units and their history, industry departments. */
export const registryModule = defineModule({
  name: 'registry',
  entities: [
    District,
    SponsorUnit,
    IndustryDepartment,
    Organization,
    SponsorshipPeriod,
    Decoupling,
    DecouplingItem,
    ChangeApplication,
  ],
  services: registryServices,
  resolvers: [
    OrganizationResolver,
    SponsorshipPeriodResolver,
    SponsorUnitResolver,
    DecouplingResolver,
    OrganizationDecouplingResolver,
    ChangeApplicationResolver,
    OrganizationChangeHintsResolver,
  ],
  policy: REGISTRY_POLICY,
  nodes: [
    {
      name: 'Organization',
      type: Organization,
      readModels: [OrganizationRecord],
      fetch: (ctx, key) => ctx.loaders.organization.load(key),
    },
    {
      name: 'SponsorUnit',
      type: SponsorUnit,
      readModels: [SponsorUnitRecord],
      fetch: (ctx, key) => ctx.loaders.sponsorUnit.load(key),
    },
    {
      name: 'IndustryDepartment',
      type: IndustryDepartment,
      readModels: [IndustryDepartmentRecord],
      fetch: (ctx, key) => ctx.loaders.industryDepartment.load(key),
    },
    {
      name: 'SponsorshipPeriod',
      type: SponsorshipPeriod,
      readModels: [SponsorshipPeriodRecord],
      fetch: fetchSponsorshipPeriod,
    },
    { name: 'ChangeApplication', type: ChangeApplication, fetch: fetchChangeApplication },
  ],
  loaders: registryLoaders,
  trail: { subjects: REGISTRY_SUBJECTS, actions: RegistryActions, reads: REGISTRY_READS },
  errorCodes: RegistryErrorCode,
  demo: registryDemo,
  // public register (issue 9): bulk data
  routes: (http, deps, services) => registerRegisterExports(http, deps, services),
  // issue 9: approved changes take effect on their date
  jobs: (services) => [services.changeApplications.job as JobDefinition<unknown>],
});
