/** Loads the relief projects; originals come before the duplicates that point at them. */
import type { DemoStep, LoadStep, SampleFilter } from '../load-step.js';

const loadRelief: LoadStep = async ({ knex, insert }, city) => {
  await insert(
    'relief_project',
    city.reliefProjects.map((p) => ({
      id: p.key,
      organization_id: p.organizationKey,
      special_fund_id: p.specialFundKey,
      title: p.title,
      province_code: p.provinceCode,
      prefecture_code: p.prefectureCode,
      county_code: p.countyCode,
      category: p.category,
      policy_period: p.policyPeriod,
      year: p.year,
      committed_amount: p.committedAmount,
      invested_amount: p.investedAmount,
      beneficiary_people: p.beneficiaryPeople,
      beneficiary_households: p.beneficiaryHouseholds,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      partners: p.partners,
      status: p.status,
      duplicate_of_id: p.duplicateOfKey,
    })),
    0,
    1,
  );
  await knex.raw(
    `select setval(pg_get_serial_sequence('relief_project', 'id'), greatest((select max(id) from relief_project), 1))`,
  );
};

/** The sampled organizations' projects, and the originals their duplicates point at (kept unlinked otherwise). */
const sampleRelief: SampleFilter = (city, keys) => {
  const kept = city.reliefProjects.filter((p) => keys.has(p.organizationKey));
  const keptKeys = new Set(kept.map((p) => p.key));
  const funds = new Set(city.specialFunds.filter((f) => keys.has(f.foundationKey)).map((f) => f.key));
  return {
    reliefProjects: kept.map((p) => ({
      ...p,
      duplicateOfKey: p.duplicateOfKey !== null && keptKeys.has(p.duplicateOfKey) ? p.duplicateOfKey : null,
      specialFundKey: p.specialFundKey !== null && funds.has(p.specialFundKey) ? p.specialFundKey : null,
    })),
  };
};

export const reliefDemo: DemoStep = { load: loadRelief, sample: sampleRelief, weight: 2 };
