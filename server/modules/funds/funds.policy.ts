import type { RequestContext } from '../../common/context.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { FieldRule, PolicyRows } from '../../graphql/policy.js';
import type { Organization } from '../registry/organization.entity.js';
import { fundsScope } from './funds.scope.js';
import type { SpecialFund } from './special-fund.entity.js';

const KEEPERS: readonly Role[] = [...OFFICER_ROLES, Role.ORGANIZATION];

/** A fund's internals: its foundation's account and the officers who manage the foundation. */
const fundInternals: FieldRule = (ctx: RequestContext, fund: SpecialFund) =>
  fundsScope.covers(ctx, fund.foundation as Organization);

const organizationFunds: FieldRule = (ctx: RequestContext, org: Organization) => fundsScope.covers(ctx, org);

/**
 * Special funds are kept by their foundation and watched by officers; the
 * services limit each list and write to the viewer's own foundation or
 * jurisdiction (funds.scope.ts). Buyers and the public see none of it.
 */
export const FUNDS_POLICY: PolicyRows = {
  operations: {
    specialFunds: KEEPERS,
    specialFund: KEEPERS,
    establishSpecialFund: KEEPERS,
    recordFundTransaction: [Role.ORGANIZATION],
    changeSpecialFundStatus: KEEPERS,
  },
  fields: {
    'SpecialFund.ledger': fundInternals,
    'SpecialFund.balance': fundInternals,
    'SpecialFund.committee': fundInternals,
    'SpecialFund.rulesOfUse': fundInternals,
    'Organization.specialFunds': organizationFunds,
  },
};
