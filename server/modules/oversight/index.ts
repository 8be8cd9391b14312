import type { RequestContext } from '../../common/context.js';
import { defineModule } from '../../module.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import { registerReportExport } from './annual-report.export.js';
import { AnnualReportList } from './annual-report.list.js';
import { AnnualReportResolver, OrganizationReportsResolver } from './annual-report.resolver.js';
import { AnnualReportService, mayViewReport } from './annual-report.service.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditListing, CreditListingCause, RemovalApplication } from './credit-listing.entity.js';
import { DisclosureService } from './disclosure.service.js';
import { OversightErrorCode } from './oversight.errors.js';
import { oversightLoaders } from './oversight.loaders.js';
import { OVERSIGHT_POLICY } from './oversight.policy.js';
import { loadOversightSettings } from './oversight.settings.js';
import { OVERSIGHT_SUBJECTS, OversightActions } from './oversight.trail.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';
import { CampaignProblem, SelfInspectionCampaign } from './self-inspection.entity.js';

function oversightServices() {
  const settings = loadOversightSettings();
  return {
    settings,
    reports: new AnnualReportService(settings),
    reportList: new AnnualReportList(),
    disclosure: new DisclosureService(settings),
  };
}
export type OversightServices = ReturnType<typeof oversightServices>;

/** A report is visible to its organization's account and the officers over it. */
async function fetchReport(ctx: RequestContext, key: number): Promise<AnnualReport | null> {
  const report = ctx.viewer ? await ctx.em.findOne(AnnualReport, key) : null;
  const org = report ? await ctx.loaders.organization.load(report.organization.id) : null;
  return report && org && mayViewReport(ctx, org) ? report : null;
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
  resolvers: [AnnualReportResolver, OrganizationReportsResolver],
  policy: OVERSIGHT_POLICY,
  nodes: [{ name: 'AnnualReport', type: AnnualReport, fetch: fetchReport }],
  loaders: oversightLoaders,
  trail: { subjects: OVERSIGHT_SUBJECTS, actions: OversightActions },
  errorCodes: OversightErrorCode,
  routes: (http, deps, services) => registerReportExport(http, deps, services.reportList),
});
