export const ORGANIZATION_TYPES = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_INSTITUTION', 'FOUNDATION'] as const;
export const ORGANIZATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'DEREGISTERED', 'REVOKED'] as const;
export const REGISTRATION_LEVELS = ['MUNICIPAL', 'DISTRICT'] as const;
export const RATING_GRADES = [1, 2, 3, 4, 5] as const;

/** Element Plus tag colour of each status. */
export const STATUS_TAG_TYPES: Record<string, 'success' | 'warning' | 'info' | 'danger'> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  DEREGISTERED: 'info',
  REVOKED: 'danger',
};
