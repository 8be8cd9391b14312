import type { ChangeApplicationStatus } from '@/graphql/generated/graphql';

/** Element Plus tag colour of each application state. */
export const APPLICATION_TAG_TYPES: Record<
  ChangeApplicationStatus,
  'warning' | 'success' | 'danger' | 'info'
> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
};

export const APPLICATION_STATUSES = [
  'PENDING',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
] as const satisfies readonly ChangeApplicationStatus[];
