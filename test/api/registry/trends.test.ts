import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../../server/common/clock.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/**
 * Trends by year (issue 9): registrations and departures per year, computed
 * in SQL under the jurisdiction rule of registryStatistics.
 */
let server: TestServer;
let officer: string;
let pudongOfficer: string;

interface Trend {
  year: number;
  registered: number;
  deregistered: number;
  revoked: number;
}
const TRENDS = `{ registryStatistics { byYear { year registered deregistered revoked } } }`;

async function trends(token: string): Promise<Trend[]> {
  const res = await server.gql<{ registryStatistics: { byYear: Trend[] } }>(TRENDS, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.registryStatistics.byYear;
}
const sum = (rows: Trend[], key: keyof Trend) => rows.reduce((n, r) => n + r[key], 0);

beforeAll(async () => {
  server = await startTestServer({ sample: 10 });
  [officer, pudongOfficer] = await Promise.all([server.login('officer'), server.login('officer.pudong')]);
});
afterAll(() => server?.close());

describe('registryStatistics.byYear', () => {
  it('counts every organization in its registration year, and the closed ones in the year they left', async () => {
    const knex = server.orm.em.getKnex();
    const rows = await trends(officer);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => a - b));
    const count = async (where: Record<string, string>) =>
      Number((await knex('organization').where(where).count({ n: '*' }).first())!.n);
    expect(sum(rows, 'registered')).toBe(Number((await knex('organization').count({ n: '*' }).first())!.n));
    expect(sum(rows, 'deregistered')).toBe(await count({ status: 'DEREGISTERED' }));
    expect(sum(rows, 'revoked')).toBe(await count({ status: 'REVOKED' }));
    expect(sum(rows, 'deregistered')).toBeGreaterThan(0);
    const y2015 = rows.find((r) => r.year === 2015)!;
    const { rows: registered } = await knex.raw(
      `select count(*) as n from organization where extract(year from registered_on) = 2015`,
    );
    expect(y2015.registered).toBe(Number(registered[0].n));
  });

  it('keeps to the jurisdiction: a district officer counts its district’s registrations', async () => {
    const knex = server.orm.em.getKnex();
    const pudong = await trends(pudongOfficer);
    const n = await knex('organization')
      .where({ registration_level: 'DISTRICT', district_code: '310115' })
      .count({ n: '*' })
      .first();
    expect(sum(pudong, 'registered')).toBe(Number(n!.n));
  });

  it('counts a deregistration this year (Shanghai’s year) once it is made', async () => {
    const year = Number(shanghaiDateOf(new Date()).slice(0, 4));
    const before = (await trends(officer)).find((r) => r.year === year)?.deregistered ?? 0;
    const knex = server.orm.em.getKnex();
    const org = await knex('organization').where({ status: 'ACTIVE' }).orderBy('id').first();
    const res = await server.gql<{ changeOrganizationStatus: { userErrors: unknown[] } }>(
      `mutation($input: ChangeOrganizationStatusInput!) { changeOrganizationStatus(input: $input) { userErrors { code } } }`,
      {
        input: {
          organizationId: Buffer.from(`Organization:${org.id}`).toString('base64url'),
          status: 'DEREGISTERED',
          reason: '自行解散，注销登记',
        },
      },
      { token: officer },
    );
    expect(res.data!.changeOrganizationStatus.userErrors).toEqual([]);
    const after = (await trends(officer)).find((r) => r.year === year)!.deregistered;
    expect(after).toBe(before + 1);
  });
});
