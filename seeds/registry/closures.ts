/**
 * The day each closed organization left the register (注销 or 撤销), for the
 * trends by year: at least a year after its registration, by the source date.
 * Draws from a stream of its own (`${seed}:closures`), so the registry's
 * numbers never shift.
 */
import { CLOSED_STATUSES } from '../../server/modules/registry/enums.js';
import { dayOf, isoOf } from '../calendar.js';
import { intBetween, type Rng } from '../random.js';
import type { DemoOrganization } from './model.js';

export function closeDates(
  rng: Rng,
  organizations: DemoOrganization[],
  sourceDate: string,
): DemoOrganization[] {
  const last = dayOf(sourceDate);
  return organizations.map((org) => {
    if (!CLOSED_STATUSES.includes(org.status)) return org;
    const first = Math.min(dayOf(org.registeredOn) + 365, last);
    return { ...org, closedOn: isoOf(intBetween(rng, first, last)) };
  });
}
