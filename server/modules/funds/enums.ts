import { registerEnumType } from 'type-graphql';

/** 专项基金 life cycle: suspended funds take no entries; a terminated fund is closed for good. */
export enum SpecialFundStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}

/**
 * What a ledger entry is: income (donations, by donor), spending (charitable
 * or administrative, by purpose), a reversing entry that corrects another,
 * or the balance handed back when the fund ends.
 */
export enum FundEntryKind {
  DONATION = 'DONATION',
  CHARITABLE_SPENDING = 'CHARITABLE_SPENDING',
  ADMINISTRATIVE_SPENDING = 'ADMINISTRATIVE_SPENDING',
  REVERSAL = 'REVERSAL',
  BALANCE_TRANSFER = 'BALANCE_TRANSFER',
}

/** Money in or out of the fund; the amount itself is always positive. */
export enum FundEntryDirection {
  IN = 'IN',
  OUT = 'OUT',
}

/** The purposes a fund's agreement names as its scope, and a spending is tagged with. */
export enum FundPurpose {
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILDREN = 'CHILDREN',
  DISABILITY = 'DISABILITY',
  POVERTY_RELIEF = 'POVERTY_RELIEF',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  CULTURE = 'CULTURE',
  ENVIRONMENT = 'ENVIRONMENT',
  SCIENCE = 'SCIENCE',
  COMMUNITY = 'COMMUNITY',
  /** 管理费用: the administrative share, always within scope (capped separately). */
  ADMINISTRATION = 'ADMINISTRATION',
  OTHER = 'OTHER',
}

/** Where a terminated fund's balance goes (the agreement says which). */
export enum BalanceDestination {
  FOUNDATION = 'FOUNDATION',
  NAMED_PURPOSE = 'NAMED_PURPOSE',
}

/** The monitoring warnings of DOMAIN.md "Special funds". */
export enum FundWarningCode {
  DORMANT = 'DORMANT',
  ADMIN_OVER_CEILING = 'ADMIN_OVER_CEILING',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  MISSING_FROM_ANNUAL_REPORT = 'MISSING_FROM_ANNUAL_REPORT',
}

registerEnumType(SpecialFundStatus, { name: 'SpecialFundStatus' });
registerEnumType(FundEntryKind, { name: 'FundEntryKind' });
registerEnumType(FundEntryDirection, { name: 'FundEntryDirection' });
registerEnumType(FundPurpose, { name: 'FundPurpose' });
registerEnumType(BalanceDestination, { name: 'BalanceDestination' });
registerEnumType(FundWarningCode, { name: 'FundWarningCode' });

/** Which direction each kind of entry moves money (a reversal takes the opposite of what it reverses). */
export const DIRECTION_OF: Record<Exclude<FundEntryKind, FundEntryKind.REVERSAL>, FundEntryDirection> = {
  [FundEntryKind.DONATION]: FundEntryDirection.IN,
  [FundEntryKind.CHARITABLE_SPENDING]: FundEntryDirection.OUT,
  [FundEntryKind.ADMINISTRATIVE_SPENDING]: FundEntryDirection.OUT,
  [FundEntryKind.BALANCE_TRANSFER]: FundEntryDirection.OUT,
};
