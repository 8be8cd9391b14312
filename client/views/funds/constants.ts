import type {
  FundEntryKind,
  FundPurpose,
  FundWarningCode,
  SpecialFundStatus,
} from '@/graphql/generated/graphql';

export const FUND_STATUSES: SpecialFundStatus[] = ['ACTIVE', 'SUSPENDED', 'TERMINATED'];
export const FUND_WARNINGS: FundWarningCode[] = [
  'DORMANT',
  'ADMIN_OVER_CEILING',
  'OUT_OF_SCOPE',
  'MISSING_FROM_ANNUAL_REPORT',
];
export const ENTRY_KINDS: FundEntryKind[] = [
  'DONATION',
  'CHARITABLE_SPENDING',
  'ADMINISTRATIVE_SPENDING',
  'REVERSAL',
];
export const FUND_PURPOSES: FundPurpose[] = [
  'EDUCATION',
  'HEALTH',
  'ELDERLY_CARE',
  'CHILDREN',
  'DISABILITY',
  'POVERTY_RELIEF',
  'DISASTER_RELIEF',
  'CULTURE',
  'ENVIRONMENT',
  'SCIENCE',
  'COMMUNITY',
  'OTHER',
];
