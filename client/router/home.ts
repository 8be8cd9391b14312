import type { Role } from '@/graphql/generated/graphql';

/** Where each role lands (issue 9): officers on the dashboard, organizations on their own page, buyers on their workspace. */
export function homeOf(role: Role | null | undefined): string {
  switch (role) {
    case 'ADMIN':
    case 'REGISTRATION_OFFICER':
      return '/dashboard';
    case 'ORGANIZATION':
      return '/my-organization';
    case 'BUYER':
      return '/procurement';
    default:
      return '/organizations';
  }
}
