/**
 * Loads the service purchases: profiles, needs, amendments, proposals, the demo buyer's scores,
 * contracts, subscriptions and the inbox, in multi-row batches within the driver's transaction.
 */
import type { DemoStep, LoadStep, SampleFilter } from '../load-step.js';
import { DEMO_BUYER_DEPARTMENT } from './generate.js';

const TABLES = [
  'supplier_profile',
  'service_need',
  'service_need_amendment',
  'proposal',
  'proposal_score',
  'service_contract',
  'need_subscription',
  'procurement_notification',
];

const loadProcurement: LoadStep = async ({ knex, insert }, city) => {
  const buyer = await knex('account')
    .where({ role: 'BUYER', department: DEMO_BUYER_DEPARTMENT })
    .orderBy('id')
    .first('id');
  await insert(
    'supplier_profile',
    city.supplierProfiles.map((p) => ({
      organization_id: p.organizationKey,
      categories: p.categories,
      district_codes: p.districtCodes,
      capacity: p.capacity,
      staff: JSON.stringify(p.staff),
      description: p.description,
      past_cases: p.pastCases,
    })),
    0,
    0.3,
  );
  await insert(
    'service_need',
    city.serviceNeeds.map((n) => ({
      id: n.key,
      title: n.title,
      description: n.description,
      category: n.category,
      district_codes: n.districtCodes,
      budget: n.budget,
      service_start: n.serviceStart,
      service_end: n.serviceEnd,
      deadline: n.deadline,
      min_rating: n.minRating,
      min_years: n.minYears,
      min_capacity: n.minCapacity,
      recommended_catalogue: n.recommendedCatalogue,
      weights: JSON.stringify(n.weights),
      department: n.department,
      created_by_id: n.department === DEMO_BUYER_DEPARTMENT ? (buyer?.id ?? null) : null,
      status: n.status,
      cancel_reason: n.cancelReason,
      published_at: n.publishedAt,
      closed_at: n.closedAt,
      cancelled_at: n.cancelledAt,
      awarded_at: n.awardedAt,
      created_at: n.createdAt,
      updated_at: n.createdAt,
    })),
    0.3,
    0.4,
  );
  await insert(
    'service_need_amendment',
    city.needAmendments.map((a) => ({
      id: a.key,
      need_id: a.needKey,
      reason: a.reason,
      changes: JSON.stringify(a.changes),
      previous_deadline: a.previousDeadline,
      new_deadline: a.newDeadline,
      amended_by_id: null,
      amended_at: a.amendedAt,
    })),
    0.4,
    0.45,
  );
  await insert(
    'proposal',
    city.proposals.map((p) => ({
      id: p.key,
      need_id: p.needKey,
      organization_id: p.organizationKey,
      price: p.price,
      plan: p.plan,
      team: p.team,
      status: p.status,
      submitted_at: p.submittedAt,
      withdrawn_at: p.withdrawnAt,
    })),
    0.45,
    0.65,
  );
  if (buyer)
    await insert(
      'proposal_score',
      city.proposalScores.map((s) => ({
        proposal_id: s.proposalKey,
        factor: s.factor,
        points: s.points,
        scored_by_id: buyer.id,
        scored_at: s.scoredAt,
      })),
      0.65,
      0.75,
    );
  await insert(
    'service_contract',
    city.serviceContracts.map((c) => ({
      id: c.key,
      need_id: c.needKey,
      proposal_id: c.proposalKey,
      supplier_id: c.supplierKey,
      department: c.department,
      amount: c.amount,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      awarded_at: c.awardedAt,
      rating: c.rating,
      rating_comment: c.ratingComment,
      delivered_on_time: c.deliveredOnTime,
      rated_at: c.ratedAt,
    })),
    0.75,
    0.85,
  );
  await insert(
    'need_subscription',
    city.needSubscriptions.map((s) => ({
      organization_id: s.organizationKey,
      categories: s.categories,
      district_codes: s.districtCodes,
    })),
    0.85,
    0.9,
  );
  await insert(
    'procurement_notification',
    city.procurementNotifications.map((n) => ({
      organization_id: n.organizationKey,
      kind: n.kind,
      need_id: n.needKey,
      created_at: n.createdAt,
      read_at: n.readAt,
    })),
    0.9,
    1,
  );
  for (const table of TABLES)
    await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), greatest((select max(id) from ??), 1))`, [
      table,
      table,
    ]);
};

/** The sampled organizations' profiles, proposals (with their scores and contracts) and inbox; every need. */
const sampleProcurement: SampleFilter = (city, keys) => {
  const proposals = city.proposals.filter((p) => keys.has(p.organizationKey));
  const proposalKeys = new Set(proposals.map((p) => p.key));
  return {
    supplierProfiles: city.supplierProfiles.filter((p) => keys.has(p.organizationKey)),
    proposals,
    proposalScores: city.proposalScores.filter((s) => proposalKeys.has(s.proposalKey)),
    serviceContracts: city.serviceContracts.filter((c) => proposalKeys.has(c.proposalKey)),
    needSubscriptions: city.needSubscriptions.filter((s) => keys.has(s.organizationKey)),
    procurementNotifications: city.procurementNotifications.filter((n) => keys.has(n.organizationKey)),
  };
};

export const procurementDemo: DemoStep = { load: loadProcurement, sample: sampleProcurement, weight: 2 };
