import { procurementDemo } from '../../../seeds/procurement/load.js';
import type { RequestContext } from '../../common/context.js';
import type { JobDefinition } from '../../common/jobs.js';
import { defineModule, type ModuleDeps } from '../../module.js';
import { closeAtDeadlineJob } from './deadline-close.js';
import { ProcurementErrorCode } from './procurement.errors.js';
import { MatchingService } from './matching.service.js';
import { NotificationService } from './notification.service.js';
import { OcdsService } from './ocds.js';
import { registerProcurementRoutes } from './procurement.export.js';
import { procurementLoaders } from './procurement.loaders.js';
import { PROCUREMENT_POLICY } from './procurement.policy.js';
import { procurementScope } from './procurement.scope.js';
import { loadProcurementSettings } from './procurement.settings.js';
import { PROCUREMENT_SUBJECTS, ProcurementActions } from './procurement.trail.js';
import { Proposal, ProposalScore, ServiceContract } from './proposal.entity.js';
import { ProposalResolver, ProposalScoreResolver, ServiceContractResolver } from './proposal.resolver.js';
import { ProposalService } from './proposal.service.js';
import { RedFlagService } from './red-flag.service.js';
import { ServiceNeed, ServiceNeedAmendment } from './service-need.entity.js';
import { ServiceNeedAmendmentResolver, ServiceNeedResolver } from './service-need.resolver.js';
import { ServiceNeedService } from './service-need.service.js';
import { NeedSubscription, ProcurementNotification, SupplierProfile } from './supplier-profile.entity.js';
import { SupplierProfileService } from './supplier-profile.service.js';
import {
  NotificationResolver,
  OrganizationSupplierResolver,
  RedFlagResolver,
  SupplierProfileResolver,
} from './supplier.resolver.js';

function procurementServices({ jobs }: ModuleDeps) {
  const settings = loadProcurementSettings();
  const notifications = new NotificationService();
  const notify = () => notifications.job;
  const matching = new MatchingService(settings);
  return {
    settings,
    matching,
    notifications,
    needs: new ServiceNeedService(settings, jobs, notify),
    proposals: new ProposalService(matching, jobs, notify),
    profiles: new SupplierProfileService(),
    redFlags: new RedFlagService(settings),
    ocds: new OcdsService(settings),
  };
}
export type ProcurementServices = ReturnType<typeof procurementServices>;

async function fetchNeed(ctx: RequestContext, key: number): Promise<ServiceNeed | null> {
  const need = await ctx.loaders.serviceNeed.load(key);
  return need && procurementScope.mayViewNeed(ctx, need) ? need : null;
}

async function fetchProposal(ctx: RequestContext, key: number): Promise<Proposal | null> {
  const proposal = ctx.viewer ? await ctx.em.findOne(Proposal, key) : null;
  if (!proposal) return null;
  const need = await ctx.loaders.serviceNeed.load(proposal.need.id);
  return need &&
    (procurementScope.mayViewAllProposals(ctx, need) ||
      procurementScope.ownOrganization(ctx) === proposal.organization.id)
    ? proposal
    : null;
}

/** 政府购买服务供需对接: needs, matching, proposals, award, contracts, red flags, open data. */
export const procurementModule = defineModule({
  name: 'procurement',
  entities: [
    ServiceNeed,
    ServiceNeedAmendment,
    Proposal,
    ProposalScore,
    ServiceContract,
    SupplierProfile,
    NeedSubscription,
    ProcurementNotification,
  ],
  services: procurementServices,
  resolvers: [
    ServiceNeedResolver,
    ServiceNeedAmendmentResolver,
    ProposalResolver,
    ProposalScoreResolver,
    ServiceContractResolver,
    SupplierProfileResolver,
    OrganizationSupplierResolver,
    NotificationResolver,
    RedFlagResolver,
  ],
  policy: PROCUREMENT_POLICY,
  nodes: [
    { name: 'ServiceNeed', type: ServiceNeed, fetch: fetchNeed },
    {
      name: 'ServiceNeedAmendment',
      type: ServiceNeedAmendment,
      fetch: async (ctx, key) => {
        const amendment = await ctx.em.findOne(ServiceNeedAmendment, key);
        return amendment && (await fetchNeed(ctx, amendment.need.id)) ? amendment : null;
      },
    },
    { name: 'Proposal', type: Proposal, fetch: fetchProposal },
    {
      name: 'ServiceContract',
      type: ServiceContract,
      fetch: (ctx, key) => ctx.em.findOne(ServiceContract, key),
    },
    {
      name: 'ProcurementNotification',
      type: ProcurementNotification,
      fetch: async (ctx, key) => {
        const own = procurementScope.ownOrganization(ctx);
        return own === null ? null : ctx.em.findOne(ProcurementNotification, { id: key, organization: own });
      },
    },
  ],
  loaders: procurementLoaders,
  trail: { subjects: PROCUREMENT_SUBJECTS, actions: ProcurementActions },
  errorCodes: ProcurementErrorCode,
  jobs: (services) => [
    services.notifications.job as JobDefinition<unknown>,
    closeAtDeadlineJob as JobDefinition<unknown>,
  ],
  demo: procurementDemo,
  routes: (http, deps, services) => registerProcurementRoutes(http, deps, services),
});
