/** The service-purchase part of the demo city (seeds/procurement/generate.ts). */
import type {
  EvaluationFactor,
  NotificationKind,
  ProposalStatus,
  ServiceCategory,
  ServiceNeedStatus,
  StaffQualification,
} from '../../server/modules/procurement/enums.js';

export interface DemoSupplierProfile {
  organizationKey: number;
  categories: ServiceCategory[];
  districtCodes: string[];
  capacity: number;
  staff: Partial<Record<StaffQualification, number>>;
  description: string;
  pastCases: string;
}

export interface DemoServiceNeed {
  key: number;
  title: string;
  description: string;
  category: ServiceCategory;
  districtCodes: string[];
  budget: string;
  serviceStart: string;
  serviceEnd: string;
  /** ISO instant with +08:00. */
  deadline: string;
  minRating: number | null;
  minYears: number | null;
  minCapacity: number | null;
  recommendedCatalogue: boolean;
  weights: Partial<Record<EvaluationFactor, number>>;
  department: string;
  status: ServiceNeedStatus;
  cancelReason: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  awardedAt: string | null;
  createdAt: string;
}

export interface DemoAmendment {
  key: number;
  needKey: number;
  reason: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  previousDeadline: string;
  newDeadline: string;
  amendedAt: string;
}

export interface DemoProposal {
  key: number;
  needKey: number;
  organizationKey: number;
  price: string;
  plan: string;
  team: string;
  status: ProposalStatus;
  submittedAt: string;
  withdrawnAt: string | null;
}

export interface DemoProposalScore {
  proposalKey: number;
  factor: EvaluationFactor;
  points: string;
  scoredAt: string;
}

export interface DemoContract {
  key: number;
  needKey: number;
  proposalKey: number;
  supplierKey: number;
  department: string;
  amount: string;
  periodStart: string;
  periodEnd: string;
  awardedAt: string;
  rating: number | null;
  ratingComment: string | null;
  deliveredOnTime: boolean | null;
  ratedAt: string | null;
}

export interface DemoSubscription {
  organizationKey: number;
  categories: ServiceCategory[];
  districtCodes: string[];
}

export interface DemoNotification {
  organizationKey: number;
  kind: NotificationKind;
  needKey: number;
  createdAt: string;
  readAt: string | null;
}

export interface ProcurementCity {
  supplierProfiles: DemoSupplierProfile[];
  serviceNeeds: DemoServiceNeed[];
  needAmendments: DemoAmendment[];
  proposals: DemoProposal[];
  proposalScores: DemoProposalScore[];
  serviceContracts: DemoContract[];
  needSubscriptions: DemoSubscription[];
  procurementNotifications: DemoNotification[];
}
