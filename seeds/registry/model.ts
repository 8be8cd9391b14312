/**
 * What the registry generator produces: sponsor units, industry departments, organizations and
 * their sponsorship history, with the source figures the demo reproduces exactly.
 */
import type {
  OrganizationStatus,
  OrganizationType,
  RegistrationLevel,
} from '../../server/modules/registry/enums.js';

export interface DemoSponsorUnit {
  key: number;
  name: string;
  englishName: string;
  active: boolean;
}
export interface DemoIndustryDepartment {
  key: number;
  name: string;
  englishName: string;
}
/** Evaluation grade (社会组织评估 1A–5A); dates 'YYYY-MM-DD'; valid 5 years. */
export interface DemoRating {
  grade: 1 | 2 | 3 | 4 | 5;
  awardedOn: string;
  validUntil: string;
}
export interface DemoOrganization {
  /** 1-based, dense, used as the primary key. */
  key: number;
  creditCode: string;
  name: string;
  /** Most Chinese social organizations have none; about a third here. */
  englishName: string | null;
  type: OrganizationType;
  status: OrganizationStatus;
  registrationLevel: RegistrationLevel;
  /** District of domicile (always one of the 16). */
  districtCode: string;
  registeredOn: string;
  legalRepresentative: string;
  domicile: string;
  businessScope: string;
  /** Yuan, two decimals, e.g. '30000.00'. */
  registeredCapital: string;
  isIndustryAssociation: boolean;
  isBrand: boolean;
  rating: DemoRating | null;
  /** Deregistered or revoked: the day it left the register (seeds/registry/closures.ts). */
  closedOn?: string;
  /** Current sponsor unit (业务主管单位); null for decoupled industry associations. */
  sponsorUnitKey: number | null;
  /** Industry management department (行业管理部门), set for decoupled associations. */
  industryDepartmentKey: number | null;
}
export interface DemoSponsorshipPeriod {
  organizationKey: number;
  sponsorUnitKey: number | null;
  validFrom: string;
  validTo: string | null;
  reason: string;
}
export interface RegistryCity {
  sponsorUnits: DemoSponsorUnit[];
  industryDepartments: DemoIndustryDepartment[];
  organizations: DemoOrganization[];
  sponsorshipPeriods: DemoSponsorshipPeriod[];
}

/** Source figures and demo split (DOMAIN.md). Counts are exact unless named APPROX. */
export const DEMO_COUNTS = {
  onRegister: 17_000,
  socialGroups: 4_900,
  socialServiceInstitutions: 11_580,
  foundations: 520,
  closed: 400, // DEREGISTERED or REVOKED, on top of the 17,000
  municipal: 4_000,
  industryAssociations: 400,
  decoupled: 300,
  brands: 36,
  suspended: 340,
  rated: 2_550, // 15% of 17,000
  ratedThreeAOrBetter: 1_700, // 10% of 17,000
  ordinarySponsorChanges: 200,
  APPROX_reformTransfers: 1_500,
} as const;

/** Why a sponsorship period began (shown with the history). */
export const REASON_REGISTRATION = '成立登记';
export const REASON_REFORM = '机构改革业务主管单位调整';
export const REASON_DECOUPLING = '行业协会商会与行政机关脱钩';
export const REASON_CHANGE = '业务主管单位变更';
