/** What the relief generator produces: poverty-relief projects reproducing the source figures. */
import type { PolicyPeriod, ReliefCategory, ReliefProjectStatus } from '../../server/modules/relief/enums.js';

export interface DemoReliefProject {
  key: number;
  organizationKey: number;
  specialFundKey: number | null;
  title: string;
  provinceCode: string;
  prefectureCode: string;
  countyCode: string;
  category: ReliefCategory;
  policyPeriod: PolicyPeriod;
  year: number;
  committedAmount: string;
  investedAmount: string;
  beneficiaryPeople: number;
  beneficiaryHouseholds: number;
  startsOn: string;
  endsOn: string | null;
  partners: string | null;
  status: ReliefProjectStatus;
  duplicateOfKey: number | null;
}

export interface ReliefCity {
  reliefProjects: DemoReliefProject[];
}

/** The source document's figures for 2019 (DOMAIN.md), reproduced exactly by the demo. */
export const RELIEF_2019 = {
  organizations: 191,
  projects: 675,
  totalInvestmentFen: 103_400_000_000n,
  /** Reports of a counted project by a second organization, already linked (counted once). */
  linkedDuplicates: 6,
} as const;
