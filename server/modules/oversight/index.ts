import { defineModule } from '../../module.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditListing, CreditListingCause, RemovalApplication } from './credit-listing.entity.js';
import { OversightErrorCode } from './oversight.errors.js';
import { oversightLoaders } from './oversight.loaders.js';
import { OVERSIGHT_POLICY } from './oversight.policy.js';
import { OVERSIGHT_SUBJECTS, OversightActions } from './oversight.trail.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';
import { CampaignProblem, SelfInspectionCampaign } from './self-inspection.entity.js';

function oversightServices() {
  return {};
}
export type OversightServices = ReturnType<typeof oversightServices>;

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
  resolvers: [],
  policy: OVERSIGHT_POLICY,
  loaders: oversightLoaders,
  trail: { subjects: OVERSIGHT_SUBJECTS, actions: OversightActions },
  errorCodes: OversightErrorCode,
});
