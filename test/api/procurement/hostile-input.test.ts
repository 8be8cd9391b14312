import { describe, expect, it } from 'vitest';
import {
  AMEND,
  buyer,
  knex,
  needInput,
  PROFILE,
  profileInput,
  publishedNeed,
  SAVE,
  server,
  SUBMIT,
  supplier,
  useProcurementServer,
} from '../../fixtures/procurement.js';
import { tableFingerprints } from '../../helpers/fingerprint.js';
import type { UserErrorShape } from '../../helpers/user-errors.js';
import { PROCUREMENT_TABLES } from './fuzz.rows.js';

/**
 * The fuzz test's procurement inputs one at a time (test/api/fuzz.test.ts throws them all at
 * once): a valid need, proposal or amendment with a single hostile value is refused on that
 * field, in the caller's language, and nothing changes.
 */
useProcurementServer();

type Payload = Record<string, { userErrors: UserErrorShape[] } | null>;

async function fingerprint(): Promise<string> {
  return Object.values(await tableFingerprints(knex(), PROCUREMENT_TABLES)).join(',');
}

const year = new Date().getUTCFullYear();
const NEED_CASES: [string, Record<string, unknown>, string][] = [
  ['budget with three decimals', { budget: '1000.001' }, 'budget'],
  ['negative budget', { budget: '-800000.00' }, 'budget'],
  ['zero budget', { budget: '0.00' }, 'budget'],
  ['service start in year 1', { serviceStart: '0001-01-01' }, 'serviceStart'],
  ['service end in year 9999', { serviceEnd: '9999-12-31' }, 'serviceEnd'],
  ['service start before 2000', { serviceStart: '1899-01-01', serviceEnd: '1899-12-31' }, 'serviceStart'],
  ['service ending before it starts', { serviceStart: '2027-12-31', serviceEnd: '2027-01-01' }, 'serviceEnd'],
  ['deadline in year 9999', { deadline: '9999-12-31T00:00:00Z' }, 'deadline'],
  ['deadline fifty years ahead', { deadline: `${year + 50}-01-01T00:00:00Z` }, 'deadline'],
  ['deadline in year 1', { deadline: '0001-01-01T00:00:00Z' }, 'deadline'],
  ['title of a bidirectional override', { title: '\u202e服务需求' }, 'title'],
  ['title of zero-width spaces only', { title: '\u200b\u200b' }, 'title'],
  ['title of ideographic spaces only', { title: '\u3000 \u00a0' }, 'title'],
  ['title with an escape sequence', { title: '需求\u001b[31m' }, 'title'],
  ['title of a combining mark alone', { title: '\u0301' }, 'title'],
  ['title far too long', { title: '长'.repeat(1_000) }, 'title'],
];

describe('a need with one hostile value', () => {
  for (const [name, overrides, field] of NEED_CASES)
    it(`refuses ${name} on ${field}, changing nothing`, async () => {
      const before = await fingerprint();
      for (const locale of ['zh-CN', 'en']) {
        const res = await server.gql<Payload>(
          SAVE,
          { input: needInput(overrides) },
          { token: buyer, locale },
        );
        expect(res.errors).toBeUndefined();
        const errors = res.data!.saveServiceNeed!.userErrors;
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.map((e) => e.field?.at(-1))).toContain(field);
        for (const e of errors)
          expect(e.message).toMatch(locale === 'en' ? /^[\x20-\x7e‘’“”–—×]+$/ : /[\u4e00-\u9fff]/);
      }
      expect(await fingerprint()).toBe(before);
    });
});

describe('a proposal or an amendment with one hostile value', () => {
  it('refuses prices with three decimals, negative or zero, in the caller’s language', async () => {
    await server.gql(PROFILE, { input: profileInput() }, { token: supplier });
    const needId = await publishedNeed();
    const before = await fingerprint();
    for (const price of ['500000.001', '-1.00', '0.00'])
      for (const locale of ['zh-CN', 'en']) {
        const res = await server.gql<Payload>(
          SUBMIT,
          { input: { needId, price, plan: '方案', team: '团队' } },
          { token: supplier, locale },
        );
        expect(res.errors).toBeUndefined();
        const errors = res.data!.submitProposal!.userErrors;
        expect(errors.map((e) => e.field?.at(-1))).toContain('price');
        expect(errors[0].message).toMatch(locale === 'en' ? /^[\x20-\x7e]+$/ : /[\u4e00-\u9fff]/);
      }
    for (const plan of ['\u202e方案', '\u200b'])
      expect(
        (
          await server.gql<Payload>(
            SUBMIT,
            { input: { needId, price: '500000.00', plan, team: '团队' } },
            { token: supplier },
          )
        ).data!.submitProposal!.userErrors.map((e) => e.field?.at(-1)),
      ).toContain('plan');
    for (const deadline of ['9999-12-31T00:00:00Z', `${year + 50}-06-01T00:00:00Z`]) {
      const res = await server.gql<Payload>(
        AMEND,
        { input: { needId, reason: '延长截止时间', deadline } },
        { token: buyer, locale: 'en' },
      );
      expect(res.data!.amendServiceNeed!.userErrors.map((e) => e.field?.at(-1))).toContain('deadline');
    }
    expect(await fingerprint()).toBe(before);
  });
});
