import type { OrganizationView } from '../registry/registry.records.js';
import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { ForbiddenError } from '../../common/errors.js';
import { Role } from '../../common/roles.js';
import type { Organization } from '../registry/organization.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';

/**
 * Who sees an organization's oversight records: its own account, and the
 * officers whose jurisdiction covers it (registry.scope.ts), in lists,
 * counts, exports and `node` alike.
 */
export const oversightScope = {
  /** Restricts a query over `organization as <alias>` to the viewer's organizations. */
  where(ctx: RequestContext, query: Knex.QueryBuilder, alias = 'o'): Knex.QueryBuilder {
    if (ctx.viewer?.role === Role.ORGANIZATION)
      return query.where(`${alias}.id`, ctx.viewer.organizationId ?? 0);
    return managedOrganizations.whereOrganization(ctx, query, alias);
  },

  covers(ctx: RequestContext, org: OrganizationView): boolean {
    if (ctx.viewer?.role === Role.ORGANIZATION) return ctx.viewer.organizationId === org.id;
    return managedOrganizations.covers(ctx, registrarOf(org));
  },

  /** The organization's own account, acting for it. */
  assertOwn(ctx: RequestContext, org: Organization): void {
    if (ctx.viewer?.role !== Role.ORGANIZATION || ctx.viewer.organizationId !== org.id)
      throw new ForbiddenError();
  },

  /** An officer over the organization. */
  assertOfficer(ctx: RequestContext, org: Organization): void {
    managedOrganizations.assert(ctx, registrarOf(org));
  },
};
