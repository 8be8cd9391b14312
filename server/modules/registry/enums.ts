import { registerEnumType } from 'type-graphql';

/** 社会团体 / 社会服务机构 / 基金会 */
export enum OrganizationType {
  SOCIAL_GROUP = 'SOCIAL_GROUP',
  SOCIAL_SERVICE_INSTITUTION = 'SOCIAL_SERVICE_INSTITUTION',
  FOUNDATION = 'FOUNDATION',
}

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEREGISTERED = 'DEREGISTERED',
  REVOKED = 'REVOKED',
}

/** Registered by the municipal bureau (310000) or by a district bureau. */
export enum RegistrationLevel {
  MUNICIPAL = 'MUNICIPAL',
  DISTRICT = 'DISTRICT',
}

/**
 * 活动异常名录 / 严重违法失信名单 (API.md `CreditList`): kept by the oversight
 * module, declared here because the register filters by it (`creditLists`).
 */
export enum CreditList {
  ABNORMAL_ACTIVITY = 'ABNORMAL_ACTIVITY',
  SERIOUS_VIOLATION = 'SERIOUS_VIOLATION',
}

registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(CreditList, { name: 'CreditList', description: '信用名单.' });
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });
registerEnumType(RegistrationLevel, { name: 'RegistrationLevel' });

/** Credit-code category digit (GB 32100 position 2) for each type (DOMAIN.md). */
export const CATEGORY_DIGIT: Record<OrganizationType, string> = {
  [OrganizationType.SOCIAL_GROUP]: '1',
  [OrganizationType.SOCIAL_SERVICE_INSTITUTION]: '2',
  [OrganizationType.FOUNDATION]: '3',
};

/** Organizations "on the register" (the 1.7万 of the source document). */
export const ON_REGISTER = [OrganizationStatus.ACTIVE, OrganizationStatus.SUSPENDED];

/** Off the register: deregistered (注销) or revoked (撤销). */
export const CLOSED_STATUSES = [OrganizationStatus.DEREGISTERED, OrganizationStatus.REVOKED];

/** Division code of the municipal registrar. */
export const MUNICIPAL_DIVISION = '310000';
