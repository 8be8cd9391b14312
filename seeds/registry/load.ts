/**
 * Loads the registry's part of the demo city. Rows take the generator's keys as ids; the
 * sequences are moved past them so that records created later get fresh ids.
 */
import { pinyinInitials, pinyinSortKey } from '../../server/common/pinyin.js';
import { confusableSkeleton } from '../../server/common/text.js';
import type { DemoStep, LoadStep, SampleFilter } from '../load-step.js';
// decoupling (issue 11)
import { loadDecoupling } from '../decoupling/load.js';

/** The last day a demo organization may have closed on. */
const loadRegistry: LoadStep = async (loader, city) => {
  const { knex, insert } = loader;
  await insert(
    'sponsor_unit',
    city.sponsorUnits.map((u) => ({
      id: u.key,
      name: u.name,
      english_name: u.englishName,
      active: u.active,
    })),
    0,
    0.01,
  );
  await insert(
    'industry_department',
    city.industryDepartments.map((d) => ({ id: d.key, name: d.name, english_name: d.englishName })),
    0.01,
    0.02,
  );
  await insert(
    'organization',
    city.organizations.map((o) => ({
      id: o.key,
      credit_code: o.creditCode,
      name: o.name,
      name_skeleton: confusableSkeleton(o.name),
      name_pinyin: pinyinSortKey(o.name),
      name_initials: pinyinInitials(o.name),
      // The day it left the register, drawn once by the generator (seeds/registry/closures.ts).
      deregistered_on: o.status === 'DEREGISTERED' ? (o.closedOn ?? null) : null,
      revoked_on: o.status === 'REVOKED' ? (o.closedOn ?? null) : null,
      english_name: o.englishName,
      type: o.type,
      status: o.status,
      registration_level: o.registrationLevel,
      district_code: o.districtCode,
      registered_on: o.registeredOn,
      legal_representative: o.legalRepresentative,
      domicile: o.domicile,
      business_scope: o.businessScope,
      registered_capital: o.registeredCapital,
      is_industry_association: o.isIndustryAssociation,
      is_brand: o.isBrand,
      rating_grade: o.rating?.grade ?? null,
      rating_awarded_on: o.rating?.awardedOn ?? null,
      rating_valid_until: o.rating?.validUntil ?? null,
      sponsor_unit_id: o.sponsorUnitKey,
      industry_department_id: o.industryDepartmentKey,
    })),
    0.02,
    0.73,
  );
  await insert(
    'sponsorship_period',
    city.sponsorshipPeriods.map((p) => ({
      organization_id: p.organizationKey,
      sponsor_unit_id: p.sponsorUnitKey,
      valid_from: p.validFrom,
      valid_to: p.validTo,
      reason: p.reason,
    })),
    0.73,
    1,
  );
  for (const table of ['sponsor_unit', 'industry_department', 'organization']) {
    await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [
      table,
      table,
    ]);
  }
  // decoupling (issue 11)
  await loadDecoupling(loader, city);
};

/** The sampled organizations and their sponsorship history; all units and departments. */
const sampleRegistry: SampleFilter = (city, keys) => ({
  organizations: city.organizations.filter((o) => keys.has(o.key)),
  sponsorshipPeriods: city.sponsorshipPeriods.filter((p) => keys.has(p.organizationKey)),
  // decoupling (issue 11)
  decouplings: city.decouplings.filter((d) => keys.has(d.organizationKey)),
});

export const registryDemo: DemoStep = { load: loadRegistry, sample: sampleRegistry, weight: 93 };
