import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { toGlobalId } from '../../graphql/ids.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { ReliefProject } from './relief-project.entity.js';

/** Every change the relief projects record (留痕). */
export const ReliefActions = defineActions([
  'registerReliefProject',
  'updateReliefProject',
  'linkReliefDuplicate',
]);

function projectSnapshot(p: ReliefProject) {
  return {
    title: p.title,
    countyCode: p.countyCode,
    category: p.category,
    policyPeriod: p.policyPeriod,
    committedAmount: p.committedAmount,
    investedAmount: p.investedAmount,
    beneficiaryPeople: p.beneficiaryPeople,
    beneficiaryHouseholds: p.beneficiaryHouseholds,
    startsOn: p.startsOn,
    endsOn: p.endsOn ?? null,
    partners: p.partners ?? null,
    status: p.status,
    duplicateOfId: p.duplicateOf ? toGlobalId('ReliefProject', p.duplicateOf.id) : null,
  };
}

export const RELIEF_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'ReliefProject',
    entity: ReliefProject,
    snapshot: projectSnapshot,
    scopeOf: (p) => managedOrganizations.keyOf(registrarOf(p.organization)),
    nameOf: async (ctx, key) => (await ctx.em.findOne(ReliefProject, Number(key)))?.title ?? null,
  }),
];
