import type { OrganizationStatus, OrganizationType, RegistrationLevel } from '@/graphql/generated/graphql';

/** The enum values in the order the portal offers them; their labels are in locales/<lang>/registry.ts. */
export const ORGANIZATION_TYPES = [
  'SOCIAL_GROUP',
  'SOCIAL_SERVICE_INSTITUTION',
  'FOUNDATION',
] as const satisfies readonly OrganizationType[];
export const ORGANIZATION_STATUSES = [
  'ACTIVE',
  'SUSPENDED',
  'DEREGISTERED',
  'REVOKED',
] as const satisfies readonly OrganizationStatus[];
export const REGISTRATION_LEVELS = ['MUNICIPAL', 'DISTRICT'] as const satisfies readonly RegistrationLevel[];
export const RATING_GRADES = [1, 2, 3, 4, 5] as const;

/** Element Plus tag colour of each status. */
export const STATUS_TAG_TYPES: Record<OrganizationStatus, 'success' | 'warning' | 'info' | 'danger'> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  DEREGISTERED: 'info',
  REVOKED: 'danger',
};
