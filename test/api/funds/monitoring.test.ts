import { describe, expect, it } from 'vitest';
import { generateCity } from '../../../seeds/generate-city.js';
import { sumAmounts } from '../../../server/common/money.js';
import { toGlobalId } from '../../../server/graphql/ids.js';
import { establishFund, foundation, officer, record, server, useFundsServer } from '../../fixtures/funds.js';

useFundsServer();

const AS_OF = '2019-10-31';
const city = generateCity();

interface Listed {
  specialFunds: {
    totalCount: number;
    nodes: {
      id: string;
      name: string;
      balance: string;
      warnings: { code: string; message: string; facts: Record<string, unknown> }[];
    }[];
  };
}

const LIST = `query($filter: SpecialFundFilter, $asOf: Date) {
  specialFunds(first: 100, filter: $filter) { totalCount nodes { id name balance warnings(asOf: $asOf) { code message facts } } }
}`;

describe('the demo funds', () => {
  it('load with balances that are the sums of their ledgers', async () => {
    const mine = city.specialFunds.filter((f) => f.foundationKey === city.specialFunds[0].foundationKey);
    const res = await server.gql<Listed>(LIST, { asOf: AS_OF }, { token: foundation });
    const byId = new Map(res.data!.specialFunds.nodes.map((n) => [n.id, n]));
    expect(byId.size).toBe(mine.length);
    for (const fund of mine) {
      const entries = city.fundLedger.filter((e) => e.fundKey === fund.key);
      const expected = sumAmounts(entries.map((e) => (e.direction === 'IN' ? e.amount : `-${e.amount}`)));
      expect(byId.get(toGlobalId('SpecialFund', fund.key))!.balance).toBe(expected);
    }
  });

  it('show officers their warnings as of a day, each saying why, and filter the city-wide list by them', async () => {
    const res = await server.gql<Listed>(
      LIST,
      { asOf: AS_OF, filter: { warnings: ['DORMANT', 'ADMIN_OVER_CEILING'], asOf: AS_OF } },
      { token: officer, locale: 'en' },
    );
    const listed = res.data!.specialFunds.nodes;
    expect(listed.length).toBeGreaterThan(0);
    for (const fund of listed)
      expect(fund.warnings.map((w) => w.code)).toEqual(
        expect.arrayContaining([expect.stringMatching(/DORMANT|ADMIN_OVER_CEILING/)]),
      );
    const demoDormant = city.specialFunds.find(
      (f) => f.foundationKey === city.specialFunds[0].foundationKey && f.profile === 'DORMANT',
    )!;
    const dormant = listed.find((n) => n.id === toGlobalId('SpecialFund', demoDormant.key))!;
    expect(dormant.warnings.find((w) => w.code === 'DORMANT')!.message).toMatch(
      /no ledger activity since \d{4}-\d{2}-\d{2}, more than 12 months/,
    );
    const demoOver = city.specialFunds.find(
      (f) => f.foundationKey === city.specialFunds[0].foundationKey && f.profile === 'OVER_CEILING',
    )!;
    const over = listed.find((n) => n.id === toGlobalId('SpecialFund', demoOver.key))!;
    const warning = over.warnings.find((w) => w.code === 'ADMIN_OVER_CEILING')!;
    expect(warning.message).toMatch(/above the foundation's cap of \d+%/);
    expect(Number(warning.facts.share)).toBeGreaterThan(20);
  });

  it('flags spending outside the scope, and a fund the annual report leaves out', async () => {
    const fund = await establishFund({ startedOn: '2019-01-01', scope: ['EDUCATION'] });
    await record(fund, { kind: 'DONATION', amount: '1000.00', occurredOn: '2019-02-01' });
    await record(fund, {
      kind: 'CHARITABLE_SPENDING',
      amount: '10.00',
      purpose: 'CULTURE',
      occurredOn: '2019-03-01',
    });
    const knex = server.orm.em.getKnex();
    const orgId = (await knex('account').where({ username: 'org.demo' }).first()).organization_id;
    const report = {
      organization_id: orgId,
      year: 2019,
      status: 'SUBMITTED',
      due_on: '2020-05-31',
      submitted_at: new Date(),
      received_on: '2020-03-01',
    };
    await knex('annual_report').insert({ ...report, special_funds_summary: '春蕾助学专项基金' });
    const asOf = '2020-02-29';
    const one = await server.gql<{ specialFund: { warnings: { code: string }[] } }>(
      `query($id: ID!, $asOf: Date) { specialFund(id: $id) { warnings(asOf: $asOf) { code } } }`,
      { id: fund, asOf },
      { token: officer },
    );
    expect(one.data!.specialFund.warnings.map((w) => w.code).sort()).toEqual([
      'MISSING_FROM_ANNUAL_REPORT',
      'OUT_OF_SCOPE',
    ]);
    const filtered = await server.gql<Listed>(
      LIST,
      { asOf, filter: { warnings: ['MISSING_FROM_ANNUAL_REPORT'], asOf } },
      { token: officer },
    );
    expect(filtered.data!.specialFunds.nodes.map((n) => n.id)).toContain(fund);
  });
});
