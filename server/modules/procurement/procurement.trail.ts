import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { Proposal, ServiceContract } from './proposal.entity.js';
import { ServiceNeed } from './service-need.entity.js';
import { NeedSubscription, ProcurementNotification, SupplierProfile } from './supplier-profile.entity.js';

/** Every change service purchase records (留痕: one action per business action). */
export const ProcurementActions = defineActions([
  'saveServiceNeed',
  'publishServiceNeed',
  'closeServiceNeed',
  'closeServiceNeedAtDeadline',
  'cancelServiceNeed',
  'amendServiceNeed',
  'submitProposal',
  'withdrawProposal',
  'evaluateProposal',
  'awardServiceNeed',
  'rateContract',
  'updateSupplierProfile',
  'subscribeToNeeds',
  'unsubscribeFromNeeds',
  'markNotificationRead',
]);

function needSnapshot(need: ServiceNeed) {
  return {
    title: need.title,
    description: need.description,
    category: need.category,
    districtCodes: [...need.districtCodes],
    budget: need.budget,
    serviceStart: need.serviceStart,
    serviceEnd: need.serviceEnd,
    deadline: need.deadline instanceof Date ? need.deadline.toISOString() : need.deadline,
    allowedTypes: [...need.allowedTypes],
    minRating: need.minRating ?? null,
    minYears: need.minYears ?? null,
    requiredQualifications: [...need.requiredQualifications],
    minCapacity: need.minCapacity ?? null,
    recommendedCatalogue: need.recommendedCatalogue,
    weights: need.weights,
    status: need.status,
    cancelReason: need.cancelReason ?? null,
  };
}

export const PROCUREMENT_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'ServiceNeed',
    entity: ServiceNeed,
    snapshot: needSnapshot,
    scopeOf: () => null,
    nameOf: async (ctx, key) => (await ctx.em.findOne(ServiceNeed, Number(key)))?.title ?? null,
  }),
  subjectType({
    type: 'Proposal',
    entity: Proposal,
    snapshot: (p: Proposal) => ({ price: p.price, plan: p.plan, team: p.team, status: p.status }),
    scopeOf: () => null,
  }),
  subjectType({
    type: 'ServiceContract',
    entity: ServiceContract,
    snapshot: (c: ServiceContract) => ({
      amount: c.amount,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      rating: c.rating ?? null,
      ratingComment: c.ratingComment ?? null,
      deliveredOnTime: c.deliveredOnTime ?? null,
    }),
    scopeOf: () => null,
  }),
  subjectType({
    type: 'SupplierProfile',
    entity: SupplierProfile,
    snapshot: (p: SupplierProfile) => ({
      categories: [...p.categories],
      districtCodes: [...p.districtCodes],
      capacity: p.capacity,
      staff: p.staff,
      description: p.description,
      pastCases: p.pastCases,
    }),
    scopeOf: () => null,
  }),
  subjectType({
    type: 'NeedSubscription',
    entity: NeedSubscription,
    snapshot: (s: NeedSubscription) => ({
      categories: [...s.categories],
      districtCodes: [...s.districtCodes],
    }),
    scopeOf: () => null,
  }),
  subjectType({
    type: 'ProcurementNotification',
    entity: ProcurementNotification,
    snapshot: (n: ProcurementNotification) => ({ readAt: n.readAt?.toISOString() ?? null }),
    scopeOf: () => null,
  }),
];
