/**
 * The registry of the demo city: sponsor units, industry departments, 17,400 organizations and
 * their sponsorship periods, reproducing the source document's figures exactly (DOMAIN.md
 * "Demo split"). Pure: the same random stream always yields the same registry.
 *
 * The steps draw from the one stream in a fixed order; reordering them, or a draw within
 * them, changes the whole city (the digest test in test/unit/generate-city.test.ts notices).
 */
import { buildCreditCode } from '../../server/modules/registry/credit-code.js';
import {
  CATEGORY_DIGIT,
  MUNICIPAL_DIVISION,
  OrganizationStatus,
  OrganizationType,
  RegistrationLevel,
} from '../../server/modules/registry/enums.js';
import { dayOf, isoOf, randomDayInYear } from '../calendar.js';
import { Weighted, type Rng } from '../random.js';
import { DISTRICT_WEIGHTS, DISTRICTS_BY_CODE, MUNICIPAL_DOMICILE_WEIGHTS } from '../vocabulary/places.js';
import { REGISTRATION_YEARS } from '../vocabulary/registration-years.js';
import { ALL_UNITS, DEPARTMENT_IDS } from '../vocabulary/sponsor-units.js';
import { capitalOf, domicileOf, formatCapital, orgBody, personName } from './details.js';
import { draftPopulation, type Draft } from './draft.js';
import type { DemoOrganization, DemoSponsorshipPeriod, RegistryCity } from './model.js';
import { createNamer } from './naming.js';
import { rateAndSuspend } from './ratings.js';
import { assignSponsors } from './sponsors.js';

const districtPicker = new Weighted(Object.entries(DISTRICT_WEIGHTS));
const municipalDomicilePicker = new Weighted(Object.entries(MUNICIPAL_DOMICILE_WEIGHTS));

export function generateRegistry(rng: Rng, asOf: string): RegistryCity {
  const asOfDay = dayOf(asOf);
  const { drafts, onRegister } = draftPopulation(rng);
  describe(rng, drafts, asOfDay);
  rateAndSuspend(rng, onRegister, asOf);
  assignSponsors(rng, drafts, asOfDay);
  return records(rng, drafts);
}

/** Step 2: domicile, field, registration date, name, credit code and capital. */
function describe(rng: Rng, drafts: Draft[], asOfDay: number): void {
  const bodies = new Set<string>();
  const name = createNamer(rng);
  for (const d of drafts) {
    const municipal = d.level === RegistrationLevel.MUNICIPAL;
    d.districtCode = (municipal ? municipalDomicilePicker : districtPicker).pick(rng);
    d.registered = randomDayInYear(rng, registrationYears(d).pick(rng), asOfDay);
    name(d);

    let body = orgBody(rng, d.registered);
    while (bodies.has(body)) body = orgBody(rng, d.registered);
    bodies.add(body);
    d.creditCode = buildCreditCode(
      CATEGORY_DIGIT[d.type],
      municipal ? MUNICIPAL_DIVISION : d.districtCode,
      body,
    );
    d.capital = capitalOf(rng, d);
  }
}

function registrationYears(d: Draft): Weighted<number> {
  if (d.isIA) return REGISTRATION_YEARS.ia;
  const closed = d.status !== OrganizationStatus.ACTIVE;
  if (d.type === OrganizationType.SOCIAL_SERVICE_INSTITUTION)
    return closed ? REGISTRATION_YEARS.closedSsi : REGISTRATION_YEARS.ssi;
  return closed ? REGISTRATION_YEARS.closed : REGISTRATION_YEARS.general;
}

/**
 * Municipal organizations, industry associations, brand and rated ones go by
 * an English name too; of the small district ones, every other one has none.
 * Decided by key, so it draws nothing from the random stream.
 */
function hasEnglishName(d: Draft, key: number): boolean {
  return d.level === RegistrationLevel.MUNICIPAL || d.isIA || d.isBrand || d.rating !== null || key % 2 === 1;
}

/** Step 5: keys in registration order, then the output records. */
function records(rng: Rng, drafts: Draft[]): RegistryCity {
  const sorted = [...drafts].sort((a, b) => a.registered - b.registered || a.index - b.index);
  const unitKey = new Map(ALL_UNITS.map((u, i) => [u.id, i + 1]));
  const departmentKey = new Map(DEPARTMENT_IDS.map((id, i) => [id as string, i + 1]));
  const unitById = new Map(ALL_UNITS.map((u) => [u.id, u]));
  const keyOfUnit = (id: string | null): number | null => (id === null ? null : unitKey.get(id)!);

  const organizations: DemoOrganization[] = [];
  const sponsorshipPeriods: DemoSponsorshipPeriod[] = [];
  sorted.forEach((d, i) => {
    const key = i + 1;
    const district = DISTRICTS_BY_CODE.get(d.districtCode)!;
    const current = d.chain[d.chain.length - 1].unit;
    organizations.push({
      key,
      creditCode: d.creditCode,
      name: d.name,
      englishName: hasEnglishName(d, key) ? d.englishName : null,
      type: d.type,
      status: d.status,
      registrationLevel: d.level,
      districtCode: d.districtCode,
      registeredOn: isoOf(d.registered),
      legalRepresentative: personName(rng),
      domicile: domicileOf(rng, d.districtCode, district.name),
      businessScope: d.scope,
      registeredCapital: formatCapital(d.capital),
      isIndustryAssociation: d.isIA,
      isBrand: d.isBrand,
      rating: d.rating,
      sponsorUnitKey: keyOfUnit(current),
      industryDepartmentKey: d.departmentId === null ? null : departmentKey.get(d.departmentId)!,
    });
    d.chain.forEach((link, j) => {
      const following = d.chain[j + 1];
      sponsorshipPeriods.push({
        organizationKey: key,
        sponsorUnitKey: keyOfUnit(link.unit),
        validFrom: isoOf(link.from),
        validTo: following ? isoOf(following.from - 1) : null,
        reason: link.reason,
      });
    });
  });

  return {
    sponsorUnits: ALL_UNITS.map((u) => ({
      key: unitKey.get(u.id)!,
      name: u.name,
      englishName: u.englishName,
      active: u.active,
    })),
    industryDepartments: DEPARTMENT_IDS.map((id) => {
      const unit = unitById.get(id)!;
      return { key: departmentKey.get(id)!, name: unit.name, englishName: unit.englishName };
    }),
    organizations,
    sponsorshipPeriods,
  };
}
