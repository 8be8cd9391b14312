import {
  defaultFieldResolver,
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../../context.js';
import { authError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Organization } from '../registry/organization.entity.js';
import { RegistrationLevel } from '../registry/enums.js';
import { Role } from './enums.js';

/**
 * Who may do what, in one place (DESIGN.md "Authorization"):
 * - every root query and mutation names its audience in OPERATION_RULES;
 *   `applyPolicy` enforces it and refuses to start with an unlisted one;
 * - fields that mix public and internal data name a per-record rule in
 *   FIELD_RULES;
 * - rules that depend on a record being changed (jurisdiction) are checked
 *   by the services, inside their transaction, with the helpers below.
 */
export type Audience = 'PUBLIC' | 'LOGGED_IN' | readonly Role[];

const OFFICERS = [Role.ADMIN, Role.REGISTRATION_OFFICER] as const;
const ADMINS = [Role.ADMIN] as const;

export const OPERATION_RULES: Record<string, Audience> = {
  // Query: the public register is open, like a credit-information publicity site.
  node: 'PUBLIC',
  nodes: 'PUBLIC',
  me: 'PUBLIC',
  districts: 'PUBLIC',
  industryDepartments: 'PUBLIC',
  organizations: 'PUBLIC',
  organization: 'PUBLIC',
  organizationByCreditCode: 'PUBLIC',
  sponsorUnits: 'PUBLIC',
  registryStatistics: OFFICERS,
  auditTrail: OFFICERS,
  verifyAuditTrail: OFFICERS,
  accounts: ADMINS,
  // Mutation
  login: 'PUBLIC',
  logout: 'PUBLIC',
  changePassword: 'LOGGED_IN',
  createAccount: ADMINS,
  updateAccount: ADMINS,
  disableAccount: ADMINS,
  enableAccount: ADMINS,
  resetPassword: ADMINS,
  registerOrganization: OFFICERS,
  updateOrganization: OFFICERS,
  changeOrganizationStatus: OFFICERS,
  changeSponsorUnit: OFFICERS,
  transferSponsorUnit: OFFICERS,
};

/** The district an officer registers for; null for municipal officers and admins (whole city). */
export function jurisdictionOf(ctx: RequestContext): string | null {
  const account = ctx.viewer?.account;
  if (!account || account.role === Role.ADMIN) return null;
  return account.jurisdiction?.code ?? null;
}

export interface OrganizationScope {
  registrationLevel: RegistrationLevel;
  districtCode: string;
}

export function scopeOf(org: Organization): OrganizationScope {
  return { registrationLevel: org.registrationLevel, districtCode: org.district.code };
}

/** The district whose officers see a record's trail: null when only municipal officers do. */
export function trailScopeOf(org: Organization): string | null {
  return org.registrationLevel === RegistrationLevel.DISTRICT ? org.district.code : null;
}

/**
 * A district officer manages the organizations its district registered;
 * municipal officers and admins manage all of them.
 */
export function mayManageOrganization(ctx: RequestContext, scope: OrganizationScope): boolean {
  const account = ctx.viewer?.account;
  if (!account) return false;
  if (account.role === Role.ADMIN) return true;
  if (account.role !== Role.REGISTRATION_OFFICER) return false;
  const district = jurisdictionOf(ctx);
  return (
    district === null ||
    (scope.registrationLevel === RegistrationLevel.DISTRICT && scope.districtCode === district)
  );
}

/** An account record: admins, and the account itself. */
export function mayViewAccount(ctx: RequestContext, accountId: number): boolean {
  const account = ctx.viewer?.account;
  return !!account && (account.role === Role.ADMIN || account.id === accountId);
}

/** The audit trail (filtered further by jurisdiction in `trailQuery`). */
export function mayReadTrail(ctx: RequestContext): boolean {
  const role = ctx.viewer?.account.role;
  return role !== undefined && (OFFICERS as readonly Role[]).includes(role);
}

/** Internal fields of a record: its managers, and the organization's own account. */
export function mayViewOrganizationDetails(ctx: RequestContext, org: Organization): boolean {
  const account = ctx.viewer?.account;
  if (!account) return false;
  if (account.role === Role.ORGANIZATION) return account.organization?.id === org.id;
  return mayManageOrganization(ctx, scopeOf(org));
}

export function assertMayManageOrganization(ctx: RequestContext, scope: OrganizationScope): void {
  if (!mayManageOrganization(ctx, scope)) throw authError('FORBIDDEN', ctx.locale);
}

/** Municipal-wide actions (sponsor-unit transfers) need a municipal officer or an admin. */
export function assertMunicipal(ctx: RequestContext): void {
  if (!ctx.viewer || jurisdictionOf(ctx) !== null) throw authError('FORBIDDEN', ctx.locale);
}

/** Per-record read rules for fields that mix public and internal data. */
type FieldRule = (ctx: RequestContext, parent: never) => boolean;

/** Details an officer reads are recorded in the trail (sensitive reads). */
function organizationDetails(ctx: RequestContext, org: Organization): boolean {
  if (!mayViewOrganizationDetails(ctx, org)) return false;
  if (ctx.viewer!.account.role !== Role.ORGANIZATION) {
    ctx.sensitiveReads.set(toGlobalId('Organization', org.id), trailScopeOf(org));
  }
  return true;
}

export const FIELD_RULES: Record<string, FieldRule> = {
  'Organization.legalRepresentative': organizationDetails,
  'Organization.domicile': organizationDetails,
  'Organization.businessScope': organizationDetails,
  'Organization.registeredCapital': organizationDetails,
  'Organization.industryDepartment': organizationDetails,
  'Organization.sponsorHistory': organizationDetails,
};

/** Whether the caller may run a root operation; throws UNAUTHENTICATED when a login is needed. */
export function mayRun(operation: string, ctx: RequestContext): boolean {
  const audience = OPERATION_RULES[operation];
  return audience !== undefined && allows(audience, ctx);
}

function allows(audience: Audience, ctx: RequestContext): boolean {
  if (audience === 'PUBLIC') return true;
  const account = ctx.viewer?.account;
  if (!account) throw authError('UNAUTHENTICATED', ctx.locale);
  return audience === 'LOGGED_IN' || audience.includes(account.role);
}

function guard(
  resolve: GraphQLFieldResolver<unknown, RequestContext>,
  check: (ctx: RequestContext, parent: unknown) => boolean,
): GraphQLFieldResolver<unknown, RequestContext> {
  return (parent, args, ctx, info) => {
    if (!check(ctx, parent)) throw authError(ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED', ctx.locale);
    return resolve(parent, args, ctx, info);
  };
}

/**
 * Wraps the resolvers of the built schema with the rules above. An
 * operation without a rule is a programming error: the server does not start.
 */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const audience = OPERATION_RULES[field.name];
      if (!audience) {
        missing.push(`${root.name}.${field.name}`);
        continue;
      }
      field.resolve = guard(field.resolve ?? defaultFieldResolver, (ctx) => allows(audience, ctx));
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `No authorization rule in OPERATION_RULES (server/modules/identity/policy.ts) for ${missing.join(', ')}`,
    );
  }
  for (const [coordinate, rule] of Object.entries(FIELD_RULES)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`FIELD_RULES names ${coordinate}, which the schema does not have`);
    field.resolve = guard(field.resolve ?? defaultFieldResolver, (ctx, parent) => rule(ctx, parent as never));
  }
  return schema;
}
