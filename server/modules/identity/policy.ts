import type { RequestContext } from '../../context.js';
import { authError } from '../../graphql/errors.js';
import { RegistrationLevel } from '../registry/enums.js';
import { Role } from './enums.js';

/**
 * Who may do what, in one place (DESIGN.md "Authorization"). Resolvers name
 * the roles with @Authorized; the jurisdiction rules that depend on the
 * record are checked here by the services, inside their transaction.
 */
export const Roles = {
  /** 登记管理机关: register organizations and change their records. */
  registryWriters: [Role.ADMIN, Role.REGISTRATION_OFFICER],
  /** Internal views (statistics, audit trail). */
  officers: [Role.ADMIN, Role.REGISTRATION_OFFICER],
  admins: [Role.ADMIN],
} as const;

/** The district an officer registers for; null for municipal officers and admins (whole city). */
export function jurisdictionOf(ctx: RequestContext): string | null {
  const account = ctx.viewer?.account;
  if (!account || account.role === Role.ADMIN) return null;
  return account.jurisdiction?.code ?? null;
}

/**
 * A district officer manages the organizations its district registered;
 * municipal officers and admins manage all of them.
 */
export function mayManageOrganization(
  ctx: RequestContext,
  org: { registrationLevel: RegistrationLevel; districtCode: string },
): boolean {
  const account = ctx.viewer?.account;
  if (!account) return false;
  if (account.role === Role.ADMIN) return true;
  if (account.role !== Role.REGISTRATION_OFFICER) return false;
  const district = jurisdictionOf(ctx);
  return (
    district === null ||
    (org.registrationLevel === RegistrationLevel.DISTRICT && org.districtCode === district)
  );
}

export function assertMayManageOrganization(
  ctx: RequestContext,
  org: { registrationLevel: RegistrationLevel; districtCode: string },
): void {
  if (!mayManageOrganization(ctx, org)) throw authError('FORBIDDEN', ctx.locale);
}

/** Municipal-wide actions (sponsor-unit transfers) need a municipal officer or an admin. */
export function assertMunicipal(ctx: RequestContext): void {
  if (!ctx.viewer || jurisdictionOf(ctx) !== null) throw authError('FORBIDDEN', ctx.locale);
}
