/**
 * Re-evaluations (复评) up to the reference date (`DEMO_AS_OF`). A grade is
 * valid five years (DOMAIN.md); the demo's first grades were awarded by the
 * source date (2019), so without re-evaluation every one would have lapsed by
 * 2024. When a grade lapses before the reference date, about two in three
 * organizations still on the register are evaluated again within a year of
 * it (same grade, or one up or down); the rest keep the lapsed grade, which
 * the register shows as expired. Draws from a stream of its own
 * (`${seed}:ratings`), so the registry's numbers never shift; a city as of the
 * source date has nothing to renew and stays exactly as it was.
 */
import { OrganizationStatus } from '../../server/modules/registry/enums.js';
import { addYears, dayOf, isoOf } from '../calendar.js';
import { intBetween, type Rng } from '../random.js';
import type { DemoOrganization, DemoRating } from './model.js';

const RENEWAL_SHARE = 0.65;
const STEPS = [-1, 0, 0, 0, 1] as const;

export function renewRatings(rng: Rng, organizations: DemoOrganization[], asOf: string): DemoOrganization[] {
  const asOfDay = dayOf(asOf);
  return organizations.map((org) => {
    let rating = org.rating;
    if (!rating || org.status !== OrganizationStatus.ACTIVE) return org;
    while (rating.validUntil < asOf && rng() < RENEWAL_SHARE) {
      const awardedDay = dayOf(rating.validUntil) + intBetween(rng, 20, 360);
      if (awardedDay > asOfDay) break;
      const step = STEPS[intBetween(rng, 0, STEPS.length - 1)];
      const grade = Math.min(5, Math.max(1, rating.grade + step)) as DemoRating['grade'];
      const awardedOn = isoOf(awardedDay);
      rating = { grade, awardedOn, validUntil: addYears(awardedOn, 5) };
    }
    return rating === org.rating ? org : { ...org, rating };
  });
}
