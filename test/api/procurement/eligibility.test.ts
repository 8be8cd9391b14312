import { beforeAll, describe, expect, it } from 'vitest';
import {
  buyer,
  giveProfiles,
  globalId,
  knex,
  officer,
  publishedNeed,
  server,
  SUBMIT,
  supplierAccount,
  useProcurementServer,
} from '../../fixtures/procurement.js';

useProcurementServer();

const READINESS = `query($need: ID!, $org: ID) { supplierReadiness(needId: $need, organizationId: $org) {
  eligible eligibleFrom blockers { rule statutory article detail eligibleFrom } } }`;

interface Readiness {
  eligible: boolean;
  eligibleFrom: string | null;
  blockers: {
    rule: string;
    statutory: boolean;
    article: string;
    detail: string;
    eligibleFrom: string | null;
  }[];
}

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const yearsFrom = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;
const year = Number(today.slice(0, 4));

let orgs: number[] = [];
let need = '';
let catalogueNeed = '';

async function readiness(needId: string, org: number, locale = 'zh-CN'): Promise<Readiness> {
  const res = await server.gql<{ supplierReadiness: Readiness }>(
    READINESS,
    { need: needId, org: globalId('Organization', org) },
    { token: buyer, locale },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.supplierReadiness;
}

beforeAll(async () => {
  orgs = await knex()('organization')
    .where({ status: 'ACTIVE', type: 'SOCIAL_SERVICE_INSTITUTION' })
    .where('registered_on', '<', '2010-01-01')
    .orderBy('id')
    .limit(12)
    .pluck('id');
  await giveProfiles(orgs, { capacity: 400, staff: { SOCIAL_WORKER: 4 } });
  need = await publishedNeed();
  catalogueNeed = await publishedNeed({ requirements: { recommendedCatalogue: true } });
});

describe('statutory eligibility, each rule with its article', () => {
  it('a clean organization with a profile is eligible', async () => {
    const r = await readiness(need, orgs[0]);
    expect(r).toMatchObject({ eligible: true, blockers: [], eligibleFrom: null });
  });

  it('ACTIVE: a suspended organization is excluded, no date decides it', async () => {
    await knex()('organization').where({ id: orgs[1] }).update({ status: 'SUSPENDED' });
    const r = await readiness(need, orgs[1], 'en');
    expect(r.blockers.map((b) => b.rule)).toEqual(['ACTIVE']);
    expect(r.blockers[0]).toMatchObject({ statutory: true, eligibleFrom: null });
    expect(r.blockers[0].article).toMatch(/Order No\. 102/);
    expect(r.eligibleFrom).toBeNull();
  });

  it('NOT_ON_CREDIT_LIST: a current listing excludes it; the listing’s removal eligibility is the date', async () => {
    const res = await server.gql<{ placeOnCreditList: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { placeOnCreditList(input: { organizationId: $id, list: ABNORMAL_ACTIVITY, reasonCode: "UNREACHABLE", reason: "无法联系", article: "第十条第四项" }) { userErrors { code message } } }`,
      { id: globalId('Organization', orgs[2]) },
      { token: officer },
    );
    expect(res.data!.placeOnCreditList.userErrors).toEqual([]);
    const listing = await knex()('credit_listing').where({ organization_id: orgs[2] }).first();
    const r = await readiness(need, orgs[2]);
    expect(r.blockers.map((b) => b.rule)).toEqual(['NOT_ON_CREDIT_LIST']);
    expect(r.blockers[0].detail).toMatch(/信用名单/);
    expect(r.blockers[0].eligibleFrom).toBe(
      listing.removable_from ? String(listing.removable_from).slice(0, 10) : null,
    );
  });

  it('NO_FAILED_INSPECTION: a FAIL in the last two years excludes it until the year it drops out', async () => {
    await knex()('annual_report').insert({
      organization_id: orgs[3],
      year: year - 1,
      status: 'APPROVED',
      result: 'FAIL',
      due_on: `${year}-05-31`,
      received_on: `${year}-03-01`,
      submitted_at: new Date(),
      reviewed_at: new Date(),
    });
    const r = await readiness(need, orgs[3]);
    expect(r.blockers.map((b) => b.rule)).toEqual(['NO_FAILED_INSPECTION']);
    expect(r.blockers[0].eligibleFrom).toBe(`${year + 2}-01-01`);
    expect(r.eligibleFrom).toBe(`${year + 2}-01-01`);
  });

  it('NO_SERIOUS_PENALTY: a large fine within three years excludes it until three years after; a warning does not', async () => {
    const decided = yearsFrom(today, -1);
    await knex()('penalty').insert([
      {
        organization_id: orgs[4],
        kind: 'FINE',
        amount: '60000.00',
        legal_basis: '条例第三十条',
        decided_on: decided,
      },
      { organization_id: orgs[5], kind: 'WARNING', legal_basis: '条例第三十条', decided_on: decided },
    ]);
    const r = await readiness(need, orgs[4]);
    expect(r.blockers.map((b) => b.rule)).toEqual(['NO_SERIOUS_PENALTY']);
    const until = new Date(`${yearsFrom(decided, 3)}T00:00:00Z`);
    expect(r.blockers[0].eligibleFrom).toBe(
      new Date(until.getTime() + 86_400_000).toISOString().slice(0, 10),
    );
    expect((await readiness(need, orgs[5])).eligible).toBe(true);
  });

  it('recommended catalogue: two years registered (dated), 3A or better, PASS both years', async () => {
    const registered = yearsFrom(today, -1);
    await knex()('organization').where({ id: orgs[6] }).update({ registered_on: registered });
    const r = await readiness(catalogueNeed, orgs[6]);
    const rules = r.blockers.map((b) => b.rule);
    expect(rules).toEqual(['CATALOGUE_REGISTERED_YEARS', 'CATALOGUE_RATING', 'CATALOGUE_INSPECTIONS_PASSED']);
    expect(r.blockers[0].eligibleFrom).toBe(yearsFrom(registered, 2));
    // the grade decides without a date, so there is no overall date
    expect(r.blockers[1].eligibleFrom).toBeNull();
    expect(r.eligibleFrom).toBeNull();
    // a graded organization with two passes meets the catalogue
    await knex()('organization')
      .where({ id: orgs[7] })
      .update({
        rating_grade: 4,
        rating_awarded_on: yearsFrom(today, -1),
        rating_valid_until: yearsFrom(today, 4),
      });
    await knex()('annual_report').insert(
      [year - 2, year - 1].map((y) => ({
        organization_id: orgs[7],
        year: y,
        status: 'APPROVED',
        result: 'PASS',
        due_on: `${y + 1}-05-31`,
        received_on: `${y + 1}-03-01`,
        submitted_at: new Date(),
        reviewed_at: new Date(),
      })),
    );
    expect((await readiness(catalogueNeed, orgs[7])).eligible).toBe(true);
  });
});

describe('the buyer’s requirements on top', () => {
  it('types, rating, years (dated), qualifications and capacity each block with their own reason', async () => {
    const strict = await publishedNeed({
      requirements: {
        organizationTypes: ['SOCIAL_GROUP'],
        minRating: 3,
        minYears: 30,
        qualifications: ['LAWYER'],
        minCapacity: 1000,
      },
    });
    const r = await readiness(strict, orgs[8], 'en');
    expect(r.blockers.map((b) => b.rule)).toEqual([
      'ORGANIZATION_TYPE',
      'MIN_RATING',
      'MIN_YEARS',
      'QUALIFICATIONS',
      'CAPACITY',
    ]);
    expect(r.blockers.every((b) => !b.statutory)).toBe(true);
    const iso = String((await knex()('organization').where({ id: orgs[8] }).first()).registered_on).slice(
      0,
      10,
    );
    expect(r.blockers.find((b) => b.rule === 'MIN_YEARS')!.eligibleFrom).toBe(yearsFrom(iso, 30));
    expect(r.blockers.find((b) => b.rule === 'QUALIFICATIONS')!.detail).toMatch(/LAWYER/);
  });

  it('an organization without a supplier profile is told to fill one in', async () => {
    const bare = (
      await knex()('organization as o')
        .leftJoin('supplier_profile as sp', 'sp.organization_id', 'o.id')
        .whereNull('sp.id')
        .where('o.status', 'ACTIVE')
        .first('o.id')
    ).id as number;
    const r = await readiness(need, bare);
    expect(r.blockers.map((b) => b.rule)).toEqual(['SUPPLIER_PROFILE']);
  });

  it('an ineligible organization cannot submit, and is told why (with the article)', async () => {
    const token = await supplierAccount(orgs[1], 'supplier.suspended');
    const res = await server.gql<{ submitProposal: { userErrors: { code: string; message: string }[] } }>(
      SUBMIT,
      { input: { needId: need, price: '100000.00', plan: '方案', team: '团队' } },
      { token, locale: 'en' },
    );
    expect(res.data!.submitProposal.userErrors.map((e) => e.code)).toEqual(['NOT_ELIGIBLE']);
    expect(res.data!.submitProposal.userErrors[0].message).toMatch(/SUSPENDED.*Order No\. 102/);
    expect(await knex()('proposal').where({ organization_id: orgs[1] }).count({ n: '*' }).first()).toEqual({
      n: '0',
    });
  });
});
