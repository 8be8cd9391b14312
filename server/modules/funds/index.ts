import { fundsDemo } from '../../../seeds/funds/load.js';
import { defineModule } from '../../module.js';
import { fundMonitorSettings } from './fund-monitor.js';
import { FundWarningService } from './fund-warnings.service.js';
import { FundsErrorCode } from './funds.errors.js';
import { registerFundsExports } from './funds.export.js';
import { fundsLoaders } from './funds.loaders.js';
import { FUNDS_POLICY } from './funds.policy.js';
import { FUNDS_SUBJECTS, FundsActions } from './funds.trail.js';
import { LedgerService } from './ledger.service.js';
import { FundLedgerEntry, SpecialFund } from './special-fund.entity.js';
import {
  FundLedgerEntryResolver,
  OrganizationFundsResolver,
  SpecialFundResolver,
} from './special-fund.resolver.js';
import { SpecialFundService } from './special-fund.service.js';

/** The services are stateless: one instance serves the resolvers, the exports and node(id). */
const settings = fundMonitorSettings();
const ledger = new LedgerService();
const funds = new SpecialFundService(ledger, settings);
const warnings = new FundWarningService(settings);

function fundsServices() {
  return { ledger, funds, warnings };
}
export type FundsServices = ReturnType<typeof fundsServices>;

/** 专项基金: foundations' special funds, their exact ledger and the officers' monitoring. */
export const fundsModule = defineModule({
  name: 'funds',
  entities: [SpecialFund, FundLedgerEntry],
  services: fundsServices,
  resolvers: [SpecialFundResolver, FundLedgerEntryResolver, OrganizationFundsResolver],
  policy: FUNDS_POLICY,
  nodes: [
    { name: 'SpecialFund', type: SpecialFund, fetch: (ctx, key) => funds.byId(ctx, key) },
    { name: 'FundLedgerEntry', type: FundLedgerEntry, fetch: (ctx, key) => ledger.entryById(ctx, key) },
  ],
  loaders: fundsLoaders,
  trail: { subjects: FUNDS_SUBJECTS, actions: FundsActions },
  errorCodes: FundsErrorCode,
  demo: fundsDemo,
  routes: (http, deps, services) => registerFundsExports(http, deps, services),
});
