/** What the oversight generator produces (seeds/oversight/generate.ts), keyed for the load step. */
import type { StoredWarning } from '../../server/modules/oversight/annual-report.entity.js';
import type {
  AnnualReportStatus,
  AuditCaseKind,
  FindingCategory,
  FindingSeverity,
  InspectionResult,
  PenaltyKind,
  RectificationStatus,
} from '../../server/modules/oversight/enums.js';

export interface DemoAnnualReport {
  key: number;
  organizationKey: number;
  year: number;
  status: AnnualReportStatus;
  result: InspectionResult | null;
  dueOn: string;
  receivedOn: string | null;
  reviewedOn: string | null;
  reviewComment: string | null;
  figures: Record<string, string | number | boolean | null>;
  warnings: StoredWarning[];
}
export interface DemoAuditCase {
  key: number;
  organizationKey: number;
  kind: AuditCaseKind;
  title: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  auditor: string;
  openedOn: string;
  closedOn: string | null;
  conclusion: string | null;
  workingNotes: string;
}
export interface DemoFinding {
  key: number;
  auditCaseKey: number;
  category: FindingCategory;
  severity: FindingSeverity;
  description: string;
  amount: string | null;
  foundOn: string;
}
export interface DemoRectification {
  findingKey: number;
  organizationKey: number;
  status: RectificationStatus;
  requirement: string;
  orderedOn: string;
  deadline: string;
  workingDays: number;
  response: string | null;
  respondedOn: string | null;
  overdueOn: string | null;
  verifiedOn: string | null;
}
export interface DemoPenalty {
  organizationKey: number;
  auditCaseKey: number | null;
  kind: PenaltyKind;
  amount: string | null;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  legalBasis: string;
  decisionNumber: string;
  decidedOn: string;
  completedOn: string | null;
}
export interface DemoCampaignProblem {
  organizationKey: number;
  category: FindingCategory;
  description: string;
  foundOn: string;
  resolvedOn: string | null;
}
export interface OversightCity {
  annualReports: DemoAnnualReport[];
  auditCases: DemoAuditCase[];
  findings: DemoFinding[];
  rectifications: DemoRectification[];
  penalties: DemoPenalty[];
  campaign: { name: string; startsOn: string; endsOn: string; problems: DemoCampaignProblem[] };
}

/** The source document's self-inspection figures (DOMAIN.md): 356 problems found, 110 resolved. */
export const CAMPAIGN_FIGURES = { found: 356, resolved: 110 } as const;
