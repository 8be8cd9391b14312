import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../../server/common/clock.js';
import { startTestServer, TEST_DEMO_AS_OF, type TestServer } from '../../helpers/server.js';

/**
 * The demo city as of its reference date (DEMO_AS_OF, pinned for tests): a
 * grade is valid five years (DOMAIN.md), so grades awarded by the 2019 source
 * date have lapsed unless re-evaluated. Expired grades are shown as expired;
 * the minimum-rating filter and the statistics count valid grades only.
 */
let server: TestServer;
let officer: string;
const today = shanghaiDateOf(new Date());

beforeAll(async () => {
  server = await startTestServer({ sample: 10 });
  officer = await server.login('officer');
});
afterAll(() => server?.close());

const countWhere = async (where: string, bindings: unknown[] = []) => {
  const knex = server.orm.em.getKnex();
  const { rows } = await knex.raw(
    `select count(*) as n from organization where status in ('ACTIVE', 'SUSPENDED') and ${where}`,
    bindings as never[],
  );
  return Number(rows[0].n);
};

describe('evaluation grades as of the reference date', () => {
  it('are a mix of valid and lapsed grades, re-evaluations awarded after 2019 up to DEMO_AS_OF', async () => {
    const valid = await countWhere('rating_valid_until >= ?::date', [today]);
    const expired = await countWhere('rating_valid_until < ?::date', [today]);
    expect(valid).toBeGreaterThan(20);
    expect(expired).toBeGreaterThan(20);
    expect(await countWhere('rating_awarded_on > ?::date', ['2019-10-31'])).toBeGreaterThan(20);
    expect(await countWhere('rating_awarded_on > ?::date', [TEST_DEMO_AS_OF])).toBe(0);
  });

  it('shows an expired grade as expired', async () => {
    const knex = server.orm.em.getKnex();
    const lapsed = await knex('organization').where('rating_valid_until', '<', today).first();
    const id = Buffer.from(`Organization:${lapsed.id}`).toString('base64url');
    const res = await server.gql<{ organization: { rating: { expired: boolean; validUntil: string } } }>(
      `query($id: ID!) { organization(id: $id) { rating { grade validUntil expired } } }`,
      { id },
    );
    expect(res.data!.organization.rating.expired).toBe(true);
  });

  it('counts valid grades only, in the minimum-rating filter and the statistics', async () => {
    const validFourOrMore = await countWhere('rating_grade >= 4 and rating_valid_until >= ?::date', [today]);
    const list = await server.gql<{
      organizations: { totalCount: number; nodes: { rating: { grade: number; expired: boolean } }[] };
    }>(
      `{ organizations(first: 100, filter: { minRating: 4 }) { totalCount nodes { rating { grade expired } } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.organizations.totalCount).toBe(validFourOrMore);
    for (const o of list.data!.organizations.nodes) expect(o.rating).toMatchObject({ expired: false });

    const stats = await server.gql<{ registryStatistics: { byRating: { key: string; count: number }[] } }>(
      `{ registryStatistics { byRating { key count } } }`,
      {},
      { token: officer },
    );
    const buckets = Object.fromEntries(stats.data!.registryStatistics.byRating.map((b) => [b.key, b.count]));
    for (const grade of [5, 4, 3, 2, 1])
      expect(buckets[`${grade}A`]).toBe(
        await countWhere('rating_grade = ? and rating_valid_until >= ?::date', [grade, today]),
      );
    expect(buckets.EXPIRED).toBe(await countWhere('rating_valid_until < ?::date', [today]));
    expect(buckets.NONE).toBe(await countWhere('rating_grade is null'));
  });
});
