/**
 * Deterministic demo city: Shanghai's social organizations as of late 2019, built to reproduce
 * the source document's figures exactly (DOMAIN.md). Pure: no DB, no clock, no global
 * randomness; the same seed always yields the same city. The public entry of seeds/: each
 * domain generates its part under seeds/<domain>/generate.ts, composed here.
 */
import seedrandom from 'seedrandom';
import type { RegistryCity } from './registry/model.js';
import { DEMO_AS_OF, DEMO_SOURCE_DATE } from './calendar.js';
import { generateRegistry } from './registry/generate.js';
import { renewRatings } from './registry/renewals.js';
// oversight
import type { OversightCity } from './oversight/model.js';
import { generateOversight } from './oversight/generate.js';
// funds (issue 11)
import { generateFunds } from './funds/generate.js';
import type { FundsCity } from './funds/model.js';
import { generateRelief } from './relief/generate.js';
import type { ReliefCity } from './relief/model.js';
import { generateDecoupling, type DecouplingCity } from './decoupling/generate.js';
// issue 10: procurement
import { generateProcurement } from './procurement/generate.js';
import type { ProcurementCity } from './procurement/model.js';

export { DEMO_AS_OF, DEMO_SOURCE_DATE, defaultDemoAsOf } from './calendar.js';
export {
  DEMO_COUNTS,
  REASON_CHANGE,
  REASON_DECOUPLING,
  REASON_REFORM,
  REASON_REGISTRATION,
  type DemoIndustryDepartment,
  type DemoOrganization,
  type DemoRating,
  type DemoSponsorshipPeriod,
  type DemoSponsorUnit,
} from './registry/model.js';
export { RARE_NAME_WORDS } from './vocabulary/words.js';

/**
 * Every domain's part of the city; a new domain adds its part here (`RegistryCity & …`).
 * `asOf` is the reference date (DEMO_AS_OF) the city is current to: evaluation grades are
 * valid or lapsed as they would be on it. The source figures stay tied to the source
 * date (DEMO_SOURCE_DATE, late 2019): every domain's other dates are relative to that.
 */
export type DemoCity = RegistryCity &
  OversightCity & { asOf: string } & FundsCity &
  ReliefCity &
  DecouplingCity &
  ProcurementCity;

export function generateCity(seed = 'shanghai-2019', options: { asOf?: string } = {}): DemoCity {
  const asOf = options.asOf ?? DEMO_AS_OF;
  // Each domain draws from a random stream of its own, derived from the seed and the domain's
  // name (`seedrandom(`${seed}:oversight`)` for oversight, and so on) and receives the city
  // built so far, so adding or changing a domain never shifts another's numbers. The registry
  // came first and keeps the stream of the bare seed, so its part stays as it always was.
  const source = DEMO_SOURCE_DATE;
  const registry = generateRegistry(seedrandom(seed), source);
  const city = { asOf: source, ...registry };
  // funds and relief (issue 11)
  const withFunds = { ...city, ...generateFunds(seedrandom(`${seed}:funds`), city) };
  return {
    ...withFunds,
    // oversight
    ...generateOversight(seedrandom(`${seed}:oversight`), registry, source),
    ...generateRelief(seedrandom(`${seed}:relief`), withFunds),
    ...generateDecoupling(seedrandom(`${seed}:decoupling`), city),
    // issue 9: as of the reference date, grades re-evaluated or lapsed
    asOf,
    organizations: renewRatings(seedrandom(`${seed}:ratings`), registry.organizations, asOf),
    // issue 10: procurement
    ...generateProcurement(seedrandom(`${seed}:procurement`), city),
  };
}
