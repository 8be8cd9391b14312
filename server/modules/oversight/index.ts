import type { RequestContext } from '../../common/context.js';
import type { JobDefinition } from '../../common/jobs.js';
import { oversightDemo } from '../../../seeds/oversight/load.js';
import { defineModule, type ModuleDeps } from '../../module.js';
import { registryModule } from '../registry/index.js';
import { AuditCaseService } from './audit-case.service.js';
import { ComplianceSweepService } from './compliance-sweep.service.js';
import {
  ComplianceSweepPayloadResolver,
  CreditListingResolver,
  OrganizationListingsResolver,
  RemovalApplicationResolver,
  SweepActionResolver,
} from './credit-listing.resolver.js';
import { CreditListingService } from './credit-listing.service.js';
import { oversightScope } from './oversight.scope.js';
import { PenaltyService } from './penalty.service.js';
import { RectificationService } from './rectification.service.js';
import {
  AuditCaseResolver,
  AuditFindingResolver,
  OrganizationSupervisionResolver,
  PenaltyResolver,
  RectificationResolver,
} from './supervision.resolver.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import { registerReportExport } from './annual-report.export.js';
import { AnnualReportList } from './annual-report.list.js';
import { AnnualReportResolver, OrganizationReportsResolver } from './annual-report.resolver.js';
import { AnnualReportService, mayViewReport } from './annual-report.service.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditListing, CreditListingCause, RemovalApplication } from './credit-listing.entity.js';
import {
  OrganizationDisclosureResolver,
  RatingResolver,
  SelfInspectionResolver,
} from './disclosure.resolver.js';
import { DisclosureService } from './disclosure.service.js';
import { OversightErrorCode } from './oversight.errors.js';
import { oversightLoaders } from './oversight.loaders.js';
import { OVERSIGHT_POLICY } from './oversight.policy.js';
import { loadOversightSettings } from './oversight.settings.js';
import { OVERSIGHT_SUBJECTS, OversightActions } from './oversight.trail.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';
import { CampaignProblem, SelfInspectionCampaign } from './self-inspection.entity.js';

function oversightServices({ services, jobs }: ModuleDeps) {
  const settings = loadOversightSettings();
  const registry = services(registryModule);
  const penalties = new PenaltyService(registry);
  return {
    settings,
    reports: new AnnualReportService(settings),
    reportList: new AnnualReportList(),
    disclosure: new DisclosureService(settings),
    auditCases: new AuditCaseService(settings),
    rectifications: new RectificationService(settings),
    penalties,
    listings: new CreditListingService(settings),
    sweep: new ComplianceSweepService(settings, penalties, jobs),
  };
}
export type OversightServices = ReturnType<typeof oversightServices>;

/** A report is visible to its organization's account and the officers over it. */
async function fetchReport(ctx: RequestContext, key: number): Promise<AnnualReport | null> {
  const report = ctx.viewer ? await ctx.em.findOne(AnnualReport, key) : null;
  const org = report ? await ctx.loaders.organization.load(report.organization.id) : null;
  return report && org && mayViewReport(ctx, org) ? report : null;
}

/** A record of one organization, visible to its account and the officers over it. */
function fetchScoped<T extends { organization: { id: number } }>(entity: new () => T) {
  return async (ctx: RequestContext, key: number): Promise<T | null> => {
    const record = ctx.viewer ? await ctx.em.findOne(entity, key as never) : null;
    const org = record ? await ctx.loaders.organization.load(record.organization.id) : null;
    return record && org && oversightScope.covers(ctx, org) ? record : null;
  };
}

async function fetchFinding(ctx: RequestContext, key: number): Promise<AuditFinding | null> {
  const finding = ctx.viewer ? await ctx.em.findOne(AuditFinding, key, { populate: ['auditCase'] }) : null;
  return finding && (await fetchScoped(AuditCase)(ctx, finding.auditCase.id)) ? finding : null;
}

/** 监管: annual reports, audit cases and rectification, penalties, the credit lists and their sweep. */
export const oversightModule = defineModule({
  name: 'oversight',
  entities: [
    AnnualReport,
    AnnualReportReview,
    SelfInspectionCampaign,
    CampaignProblem,
    AuditCase,
    AuditFinding,
    Rectification,
    Penalty,
    ComplianceSweepRun,
    CreditListing,
    CreditListingCause,
    RemovalApplication,
  ],
  services: oversightServices,
  resolvers: [
    AnnualReportResolver,
    OrganizationReportsResolver,
    AuditCaseResolver,
    AuditFindingResolver,
    RectificationResolver,
    PenaltyResolver,
    OrganizationSupervisionResolver,
    CreditListingResolver,
    ComplianceSweepPayloadResolver,
    RemovalApplicationResolver,
    SweepActionResolver,
    OrganizationListingsResolver,
    OrganizationDisclosureResolver,
    RatingResolver,
    SelfInspectionResolver,
  ],
  policy: OVERSIGHT_POLICY,
  nodes: [
    { name: 'AnnualReport', type: AnnualReport, fetch: fetchReport },
    { name: 'AuditCase', type: AuditCase, fetch: fetchScoped(AuditCase) },
    { name: 'AuditFinding', type: AuditFinding, fetch: fetchFinding },
    { name: 'Rectification', type: Rectification, fetch: fetchScoped(Rectification) },
    { name: 'Penalty', type: Penalty, fetch: (ctx, key) => ctx.em.findOne(Penalty, key) },
    { name: 'CreditListing', type: CreditListing, fetch: (ctx, key) => ctx.em.findOne(CreditListing, key) },
    { name: 'RemovalApplication', type: RemovalApplication, fetch: fetchScoped(RemovalApplication) },
  ],
  loaders: oversightLoaders,
  trail: { subjects: OVERSIGHT_SUBJECTS, actions: OversightActions },
  errorCodes: OversightErrorCode,
  routes: (http, deps, services) => registerReportExport(http, deps, services.reportList),
  jobs: (services) => [services.sweep.job as JobDefinition<unknown>],
  demo: oversightDemo,
});
