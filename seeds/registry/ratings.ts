/**
 * Step 3 of the registry: suspensions (停止活动), evaluation grades (社会组织评估 1A–5A) and
 * the first batch of brand organizations (品牌社会组织), all among the 17,000 on the register.
 */
import { OrganizationStatus } from '../../server/modules/registry/enums.js';
import { addYears, dayOf, isoOf } from '../calendar.js';
import { intBetween, shuffle, type Rng } from '../random.js';
import type { Draft } from './draft.js';
import { DEMO_COUNTS, type DemoRating } from './model.js';

export function rateAndSuspend(rng: Rng, onRegister: Draft[], asOf: string): void {
  for (const d of shuffle(rng, [...onRegister]).slice(0, DEMO_COUNTS.suspended))
    d.status = OrganizationStatus.SUSPENDED;

  // Eligible for evaluation: registered two full years before the award (DOMAIN.md).
  const ratingWindowStart = dayOf('2015-01-01');
  const eligible = shuffle(
    rng,
    onRegister.filter(
      (d) => d.status === OrganizationStatus.ACTIVE && d.registered <= dayOf(addYears(asOf, -2)),
    ),
  );
  const gradeCounts: readonly (readonly [DemoRating['grade'], number])[] = [
    [5, 120],
    [4, 480],
    [3, DEMO_COUNTS.ratedThreeAOrBetter - 600],
    [2, 650],
    [1, DEMO_COUNTS.rated - DEMO_COUNTS.ratedThreeAOrBetter - 650],
  ];
  let next = 0;
  const topRated: Draft[] = [];
  for (const [grade, count] of gradeCounts) {
    for (let i = 0; i < count; i++) {
      const d = eligible[next++];
      const earliest = Math.max(ratingWindowStart, dayOf(addYears(isoOf(d.registered), 2)));
      const awardedOn = isoOf(intBetween(rng, earliest, dayOf(asOf)));
      d.rating = { grade, awardedOn, validUntil: addYears(awardedOn, 5) };
      if (grade >= 4) topRated.push(d);
    }
  }
  // First batch of brand organizations (品牌社会组织): 4A or 5A, active.
  for (const d of shuffle(rng, topRated).slice(0, DEMO_COUNTS.brands)) d.isBrand = true;
}
