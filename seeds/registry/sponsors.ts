/**
 * Step 4 of the registry: each organization's sponsor unit (业务主管单位) and its history —
 * the 2018 institutional reform, the decoupling of industry associations (脱钩) and ordinary
 * changes of sponsor.
 */
import { RegistrationLevel } from '../../server/modules/registry/enums.js';
import { dayOf } from '../calendar.js';
import { intBetween, pick, shuffle, type Rng } from '../random.js';
import { ABOLISHED_UNITS, districtCivilId, MUNICIPAL_UNITS } from '../vocabulary/sponsor-units.js';
import type { Draft } from './draft.js';
import {
  DEMO_COUNTS,
  REASON_CHANGE,
  REASON_DECOUPLING,
  REASON_REFORM,
  REASON_REGISTRATION,
} from './model.js';

const { MUNICIPAL, DISTRICT } = RegistrationLevel;

/** Abolished units' periods end here; successors take over the next day (2018 institutional reform). */
const REFORM_LAST = dayOf('2018-12-31');

/** Units created by the 2018 reform: they did not exist before 2019, so no earlier period names them. */
const SUCCESSOR_IDS = new Set(ABOLISHED_UNITS.map((u) => u.successor));
/** Units that existed throughout, usable as the earlier sponsor of an ordinary change. */
const LEGACY_MUNICIPAL_IDS = MUNICIPAL_UNITS.map((u) => u.id).filter((id) => !SUCCESSOR_IDS.has(id));

/** Chambers of commerce sponsored by the FIC are guided by the commerce commission after decoupling. */
const departmentFor = (sponsorId: string): string => (sponsorId === 'fic' ? 'commerce' : sponsorId);

export function assignSponsors(rng: Rng, drafts: Draft[], asOfDay: number): void {
  for (const d of drafts) {
    if (d.isIA) {
      d.sponsor = d.industry!.sponsor;
      d.predecessor = d.industry!.predecessor;
    } else {
      const f = d.field!;
      const districtCivil = districtCivilId(d.districtCode);
      if (f.sponsor === 'civil') d.sponsor = d.level === MUNICIPAL ? 'civil' : districtCivil;
      else if (d.level === DISTRICT && rng() < 0.75) d.sponsor = districtCivil;
      else d.sponsor = f.sponsor;
      d.predecessor = d.sponsor === f.sponsor ? f.predecessor : undefined;
    }
    // Registered before the 2018 reform under a unit that was then abolished.
    const first = d.predecessor !== undefined && d.registered <= REFORM_LAST ? d.predecessor : d.sponsor;
    d.chain = [{ unit: first, from: d.registered, reason: REASON_REGISTRATION }];
    if (first !== d.sponsor) d.chain.push({ unit: d.sponsor, from: REFORM_LAST + 1, reason: REASON_REFORM });
  }

  // Decoupling (脱钩) in batches 2016–2019; the association keeps no sponsor afterwards.
  const batches = [
    '2016-12-30',
    '2017-06-30',
    '2017-12-29',
    '2018-06-29',
    '2018-12-28',
    '2019-06-28',
    '2019-09-27',
  ].map(dayOf);
  const decouplable = shuffle(
    rng,
    drafts.filter((d) => d.isIA && d.registered < batches[0] - 180),
  );
  if (decouplable.length < DEMO_COUNTS.decoupled)
    throw new Error('generateCity: too few associations to decouple');
  for (const d of decouplable.slice(0, DEMO_COUNTS.decoupled)) {
    const on = pick(rng, batches);
    // Decoupled before the reform: the abolished unit never handed over.
    d.chain = d.chain.filter((link) => link.from < on);
    d.chain.push({ unit: null, from: on, reason: REASON_DECOUPLING });
    d.departmentId = departmentFor(d.sponsor);
  }

  // Ordinary changes of sponsor among units that existed throughout.
  const changeable = shuffle(
    rng,
    drafts.filter(
      (d) =>
        d.chain.length === 1 &&
        !d.isIA &&
        !SUCCESSOR_IDS.has(d.sponsor) &&
        d.registered <= dayOf('2018-10-31'),
    ),
  );
  for (const d of changeable.slice(0, DEMO_COUNTS.ordinarySponsorChanges)) {
    const options = LEGACY_MUNICIPAL_IDS.filter((id) => id !== d.sponsor);
    if (d.level === DISTRICT && d.sponsor !== districtCivilId(d.districtCode))
      options.push(districtCivilId(d.districtCode));
    const previous = pick(rng, options);
    const on = intBetween(rng, d.registered + 365, asOfDay);
    d.chain = [
      { unit: previous, from: d.registered, reason: REASON_REGISTRATION },
      { unit: d.sponsor, from: on, reason: REASON_CHANGE },
    ];
  }
}
