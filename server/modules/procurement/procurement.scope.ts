import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import { ServiceNeedStatus } from './enums.js';
import type { ServiceNeed } from './service-need.entity.js';

/**
 * Who sees what of service purchase, written once: buyers see their own department's drafts,
 * proposals and red flags, organizations their own proposals; published needs and awards are
 * public; officers see everything (red flags and profiles included).
 */
export const procurementScope = {
  isOfficer(ctx: RequestContext): boolean {
    return ctx.viewer !== null && OFFICER_ROLES.includes(ctx.viewer.role);
  },
  /** A BUYER account of the need's department. */
  isBuyerOf(ctx: RequestContext, need: Pick<ServiceNeed, 'department'>): boolean {
    return ctx.viewer?.role === Role.BUYER && ctx.viewer.department === need.department;
  },
  mayViewNeed(ctx: RequestContext, need: ServiceNeed): boolean {
    return need.status !== ServiceNeedStatus.DRAFT || this.isOfficer(ctx) || this.isBuyerOf(ctx, need);
  },
  /** The proposals of a need: its buyer and officers; an organization sees its own only. */
  mayViewAllProposals(ctx: RequestContext, need: ServiceNeed): boolean {
    return this.isOfficer(ctx) || this.isBuyerOf(ctx, need);
  },
  /** The department of a BUYER account (null for anyone else). */
  buyerDepartment(ctx: RequestContext): string | null {
    return ctx.viewer?.role === Role.BUYER ? (ctx.viewer.department ?? null) : null;
  },
  /** Red flags: officers (all of them) and buyers (their own department's, see `buyerDepartment`). */
  mayViewRedFlags(ctx: RequestContext): boolean {
    return this.isOfficer(ctx) || this.buyerDepartment(ctx) !== null;
  },
  ownOrganization(ctx: RequestContext): number | null {
    return ctx.viewer?.role === Role.ORGANIZATION ? ctx.viewer.organizationId : null;
  },
};

/**
 * A published need reads CLOSED once its deadline has passed, at once; the scheduled job of
 * deadline-close.ts then stores it so (within the minute).
 */
export function effectiveStatus(need: ServiceNeed, now: Date): ServiceNeedStatus {
  return need.status === ServiceNeedStatus.PUBLISHED && need.deadline.getTime() <= now.getTime()
    ? ServiceNeedStatus.CLOSED
    : need.status;
}
