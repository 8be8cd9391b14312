import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Account } from '../modules/identity/account.entity.js';
import { mayReadTrail, mayViewAccount, mayViewOrganizationDetails } from '../modules/identity/policy.js';
import { SponsorshipPeriod } from '../modules/registry/sponsorship-period.entity.js';
import { AuditEvent } from '../modules/trail/audit-event.entity.js';
import { trailQuery } from '../modules/trail/trail.service.js';
import { mapRow } from '../orm.js';
import { MAX_PAGE_SIZE } from './connection.js';
import { badInput } from './errors.js';
import { listComplexity } from './limits.js';
import { Node, numericIdOf } from './node.js';

type NodeFetcher = (ctx: RequestContext, key: number) => Promise<Node | null>;

/**
 * How each type is fetched by key. `node` answers null for what the viewer
 * may not see, by the same rules (policy.ts) as the fields and lists.
 */
const fetchers: Record<string, NodeFetcher> = {
  Organization: (ctx, key) => ctx.loaders.organization.load(key),
  SponsorUnit: (ctx, key) => ctx.loaders.sponsorUnit.load(key),
  IndustryDepartment: (ctx, key) => ctx.loaders.industryDepartment.load(key),
  // A period is part of its organization's sponsor history, an internal field.
  SponsorshipPeriod: async (ctx, key) => {
    const period = ctx.viewer ? await ctx.em.findOne(SponsorshipPeriod, key) : null;
    const org = period ? await ctx.loaders.organization.load(period.organization.id) : null;
    return period && org && mayViewOrganizationDetails(ctx, org) ? period : null;
  },
  Account: async (ctx, key) => (mayViewAccount(ctx, key) ? ctx.em.findOne(Account, key) : null),
  // Within the viewer's jurisdiction, as the trail list is.
  AuditEvent: async (ctx, key) => {
    if (!mayReadTrail(ctx)) return null;
    const row = await trailQuery(
      ctx,
      {},
      ctx.em.getKnex()('audit_event as e').select('e.*').where('e.id', key),
    ).first();
    return row ? mapRow(ctx.em, AuditEvent, row) : null;
  },
};

async function fetchNode(ctx: RequestContext, id: string): Promise<Node | null> {
  const parsed = numericIdOf(id);
  const fetch = parsed && fetchers[parsed.typeName];
  return fetch ? fetch(ctx, parsed.key) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID (null when unknown or not visible).',
  })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Several objects by global ID (at most 100), in the same order.',
    complexity: listComplexity,
  })
  nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw badInput(
        {
          'zh-CN': `一次最多查询 ${MAX_PAGE_SIZE} 个对象。`,
          en: `Ask for at most ${MAX_PAGE_SIZE} objects at once.`,
        },
        ctx.locale,
      );
    }
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
