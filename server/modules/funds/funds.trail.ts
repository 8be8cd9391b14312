import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { SpecialFund } from './special-fund.entity.js';

/** Every change the special funds record (留痕: one action per business action). */
export const FundsActions = defineActions([
  'establishSpecialFund',
  'recordFundTransaction',
  'changeSpecialFundStatus',
]);

/** The fields of a fund the trail records before and after a change. */
function fundSnapshot(fund: SpecialFund) {
  return {
    name: fund.name,
    purpose: fund.purpose,
    scope: [...fund.scope],
    donor: fund.donor,
    startedOn: fund.startedOn,
    committee: fund.committee,
    rulesOfUse: fund.rulesOfUse,
    status: fund.status,
    statusReason: fund.statusReason ?? null,
    terminatedOn: fund.terminatedOn ?? null,
    balance: fund.balance ?? '0.00',
  };
}

export const FUNDS_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'SpecialFund',
    entity: SpecialFund,
    snapshot: fundSnapshot,
    scopeOf: (fund) => managedOrganizations.keyOf(registrarOf(fund.foundation)),
    nameOf: async (ctx, key) => (await ctx.loaders.specialFund.load(Number(key)))?.name ?? null,
  }),
];
