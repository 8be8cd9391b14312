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

registerEnumType(OrganizationType, { name: 'OrganizationType' });
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

/** Division code of the municipal registrar. */
export const MUNICIPAL_DIVISION = '310000';
