import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { ForbiddenError } from '../../common/errors.js';
import { Role } from '../../common/roles.js';
import type { Organization } from '../registry/organization.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';

/**
 * Who sees and keeps a special fund, written once: its own foundation's
 * account, and the officers whose jurisdiction registered the foundation.
 * Nobody else: a fund's ledger is internal (DESIGN.md "Authorization").
 */
export const fundsScope = {
  covers(ctx: RequestContext, foundation: Organization): boolean {
    if (ctx.viewer?.role === Role.ORGANIZATION) return ctx.viewer.organizationId === foundation.id;
    return managedOrganizations.covers(ctx, registrarOf(foundation));
  },

  assert(ctx: RequestContext, foundation: Organization): void {
    if (!fundsScope.covers(ctx, foundation)) throw new ForbiddenError();
  },

  /** Restricts a query joined to the foundation as `organization as <alias>`. */
  whereFoundation(ctx: RequestContext, query: Knex.QueryBuilder, alias = 'o'): Knex.QueryBuilder {
    if (ctx.viewer?.role === Role.ORGANIZATION)
      return query.where(`${alias}.id`, ctx.viewer.organizationId ?? 0);
    return managedOrganizations.whereOrganization(ctx, query, alias);
  },
};
