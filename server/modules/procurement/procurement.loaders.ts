import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, grouped } from '../../common/loaders.js';
import { Proposal, ProposalScore, ServiceContract } from './proposal.entity.js';
import { ServiceNeed, ServiceNeedAmendment } from './service-need.entity.js';
import { SupplierProfile } from './supplier-profile.entity.js';

/** Per-request batching of service purchase's relations (a page costs a fixed number of statements). */
export function procurementLoaders(em: EntityManager) {
  return {
    serviceNeed: byKey(
      (ids: readonly number[]) => em.find(ServiceNeed, { id: { $in: [...ids] } }),
      (n) => n.id,
    ),
    needProposals: grouped(
      (ids: readonly number[]) =>
        em.find(Proposal, { need: { $in: [...ids] } }, { orderBy: { submittedAt: 'asc', id: 'asc' } }),
      (p) => p.need.id,
    ),
    /** A proposal's scores with who gave them, factor by factor. */
    proposalScores: grouped(
      (ids: readonly number[]) =>
        em.find(
          ProposalScore,
          { proposal: { $in: [...ids] } },
          { orderBy: { factor: 'asc' }, populate: ['scoredBy'] },
        ),
      (s) => s.proposal.id,
    ),
    needAmendments: grouped(
      (ids: readonly number[]) =>
        em.find(ServiceNeedAmendment, { need: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (a) => a.need.id,
    ),
    needContract: byKey(
      (ids: readonly number[]) => em.find(ServiceContract, { need: { $in: [...ids] } }),
      (c) => c.need.id,
    ),
    supplierProfile: byKey(
      (ids: readonly number[]) => em.find(SupplierProfile, { organization: { $in: [...ids] } }),
      (p) => p.organization.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof procurementLoaders> {}
}
