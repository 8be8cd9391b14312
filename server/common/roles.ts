/** Who an account acts as (API.md `Role`); the identity module registers the GraphQL enum. */
export enum Role {
  ADMIN = 'ADMIN',
  REGISTRATION_OFFICER = 'REGISTRATION_OFFICER',
  ORGANIZATION = 'ORGANIZATION',
  BUYER = 'BUYER',
}

/** Admins and registration officers: the registration authority's staff. */
export const OFFICER_ROLES: readonly Role[] = [Role.ADMIN, Role.REGISTRATION_OFFICER];
