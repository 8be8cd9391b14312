import { describe, expect, it } from 'vitest';
import { decodeId } from '../../../server/graphql/ids.js';
import {
  buyer,
  CHANGE_STATUS,
  ESTABLISH,
  establishFund,
  FUND,
  foundation,
  fundInput,
  officer,
  record,
  server,
  useFundsServer,
} from '../../fixtures/funds.js';
import { expectUserErrors } from '../../helpers/user-errors.js';

useFundsServer();

async function balanceOf(fundId: string, token = foundation): Promise<string | null> {
  const res = await server.gql<{ specialFund: { balance: string } | null }>(
    `query($id: ID!) { specialFund(id: $id) { balance } }`,
    { id: fundId },
    { token },
  );
  return res.data?.specialFund?.balance ?? null;
}

describe('setting up a special fund', () => {
  it('a foundation sets one up under itself, and the trail records it', async () => {
    const res = await server.gql<{
      establishSpecialFund: {
        specialFund: { id: string; status: string; balance: string; foundation: { name: string } };
      };
    }>(ESTABLISH, { input: fundInput() }, { token: foundation });
    const fund = res.data!.establishSpecialFund.specialFund;
    expect(fund).toMatchObject({ status: 'ACTIVE', balance: '0.00' });
    const events = await server.orm.em
      .getKnex()('audit_event')
      .where({ subject_type: 'SpecialFund', subject_key: String(decodeId(fund.id, 'SpecialFund')) });
    expect(events.map((e: { action: string }) => e.action)).toEqual(['establishSpecialFund']);
  });

  it('refuses a sub-fund, a non-foundation, a missing field and a duplicate name, in the user’s language', async () => {
    const parent = await establishFund();
    const sub = await server.gql<{ establishSpecialFund: { userErrors: never[] } }>(
      ESTABLISH,
      { input: fundInput({ parentFundId: parent, name: '', scope: [] }) },
      { token: foundation, locale: 'en' },
    );
    const errors = expectUserErrors(sub.data!.establishSpecialFund, [
      'SUB_FUND_NOT_ALLOWED',
      'REQUIRED',
      'REQUIRED',
    ]);
    expect(errors.find((e) => e.code === 'SUB_FUND_NOT_ALLOWED')!.message).toMatch(/sub-funds/);
    const knex = server.orm.em.getKnex();
    const group = await knex('organization')
      .where({ type: 'SOCIAL_GROUP', registration_level: 'MUNICIPAL' })
      .first();
    const notFoundation = await server.gql<{ establishSpecialFund: { userErrors: never[] } }>(
      ESTABLISH,
      { input: fundInput({ foundationId: Buffer.from(`Organization:${group.id}`).toString('base64url') }) },
      { token: officer },
    );
    expectUserErrors(notFoundation.data!.establishSpecialFund, ['NOT_A_FOUNDATION']);
    const name = fundInput().name;
    await establishFund({ name });
    const again = await server.gql<{ establishSpecialFund: { userErrors: never[] } }>(
      ESTABLISH,
      { input: fundInput({ name }) },
      { token: foundation },
    );
    expectUserErrors(again.data!.establishSpecialFund, ['TAKEN']);
  });
});

describe('the ledger', () => {
  it('records income and spending exactly, and refuses an overdraft with a clear error', async () => {
    const fund = await establishFund();
    const income = await record(fund, { kind: 'DONATION', amount: '1000000.10', counterparty: '张先生' });
    expect(income.data!.recordFundTransaction.entry).toMatchObject({
      direction: 'IN',
      balanceAfter: '1000000.10',
    });
    const spent = await record(fund, { kind: 'CHARITABLE_SPENDING', amount: '0.20', purpose: 'EDUCATION' });
    expect(spent.data!.recordFundTransaction.specialFund!.balance).toBe('999999.90');
    const admin = await record(fund, { kind: 'ADMINISTRATIVE_SPENDING', amount: '999999.89' });
    expect(admin.data!.recordFundTransaction.specialFund!.balance).toBe('0.01');
    const over = await record(
      fund,
      { kind: 'CHARITABLE_SPENDING', amount: '0.02', purpose: 'EDUCATION' },
      foundation,
    );
    const [error] = expectUserErrors(over.data!.recordFundTransaction, ['INSUFFICIENT_BALANCE']);
    expect(error.message).toContain('0.01');
    expect(await balanceOf(fund)).toBe('0.01');
    const noPurpose = await record(fund, { kind: 'CHARITABLE_SPENDING', amount: '0.01' });
    expectUserErrors(noPurpose.data!.recordFundTransaction, ['REQUIRED']);
    const zero = await record(fund, { kind: 'DONATION', amount: '0.00' });
    expectUserErrors(zero.data!.recordFundTransaction, ['INVALID']);
  });

  it('lets only one of two spendings racing against one balance pass', async () => {
    const fund = await establishFund();
    await record(fund, { kind: 'DONATION', amount: '100.00' });
    for (let round = 0; round < 3; round += 1) {
      const before = await balanceOf(fund);
      if (before !== '100.00')
        await record(fund, { kind: 'DONATION', amount: String(100 - Number(before)) + '.00' });
      const results = await Promise.all(
        [1, 2].map(() =>
          record(fund, { kind: 'CHARITABLE_SPENDING', amount: '60.00', purpose: 'EDUCATION' }),
        ),
      );
      const passed = results.filter((r) => r.data!.recordFundTransaction.userErrors.length === 0);
      const refused = results.filter((r) => r.data!.recordFundTransaction.userErrors.length > 0);
      expect(passed).toHaveLength(1);
      expect(refused[0].data!.recordFundTransaction.userErrors[0].code).toBe('INSUFFICIENT_BALANCE');
      expect(await balanceOf(fund)).toBe('40.00');
    }
  });

  it('corrects by a reversing entry that names the entry, once; entries are never edited', async () => {
    const fund = await establishFund();
    await record(fund, { kind: 'DONATION', amount: '500.00' });
    const spent = await record(fund, { kind: 'CHARITABLE_SPENDING', amount: '120.50', purpose: 'CHILDREN' });
    const entryId = spent.data!.recordFundTransaction.entry!.id;
    const reversal = await record(fund, { kind: 'REVERSAL', reversesEntryId: entryId, note: '录入错误' });
    expect(reversal.data!.recordFundTransaction.entry).toMatchObject({
      direction: 'IN',
      amount: '120.50',
      balanceAfter: '500.00',
      reversesEntryId: entryId,
    });
    const twice = await record(fund, { kind: 'REVERSAL', reversesEntryId: entryId });
    expectUserErrors(twice.data!.recordFundTransaction, ['ALREADY_REVERSED']);
    const knex = server.orm.em.getKnex();
    const key = decodeId(entryId, 'FundLedgerEntry');
    await expect(knex('fund_ledger_entry').where({ id: key }).update({ amount: '1.00' })).rejects.toThrow(
      /append-only/,
    );
    await expect(knex('fund_ledger_entry').where({ id: key }).delete()).rejects.toThrow(/append-only/);
    const ledger = await server.gql<{
      specialFund: { ledger: { totalCount: number; nodes: { kind: string }[] } };
    }>(
      `query($id: ID!) { specialFund(id: $id) { ledger(first: 10) { totalCount nodes { kind } } } }`,
      { id: fund },
      { token: foundation },
    );
    expect(ledger.data!.specialFund.ledger.nodes.map((n) => n.kind)).toEqual([
      'REVERSAL',
      'CHARITABLE_SPENDING',
      'DONATION',
    ]);
  });

  it('the database itself refuses an overdraft and a balance set by hand', async () => {
    const fund = await establishFund();
    await record(fund, { kind: 'DONATION', amount: '10.00' });
    const knex = server.orm.em.getKnex();
    const key = decodeId(fund, 'SpecialFund');
    await expect(
      knex('fund_ledger_entry').insert({
        fund_id: key,
        kind: 'CHARITABLE_SPENDING',
        direction: 'OUT',
        amount: '10.01',
        occurred_on: '2021-01-01',
        counterparty: 'x',
        purpose: 'EDUCATION',
      }),
    ).rejects.toThrow(/special_fund_balance_check/);
    await expect(knex('special_fund').where({ id: key }).update({ balance: '99.00' })).rejects.toThrow(
      /only through its ledger/,
    );
    expect(await balanceOf(fund)).toBe('10.00');
  });

  it('termination needs a reason and hands the balance back by a ledger entry', async () => {
    const fund = await establishFund();
    await record(fund, { kind: 'DONATION', amount: '88.80' });
    const noReason = await server.gql<{ changeSpecialFundStatus: { userErrors: never[] } }>(
      CHANGE_STATUS,
      { input: { fundId: fund, status: 'TERMINATED' } },
      { token: foundation },
    );
    expectUserErrors(noReason.data!.changeSpecialFundStatus, ['REQUIRED']);
    const done = await server.gql<{
      changeSpecialFundStatus: {
        specialFund: { status: string; balance: string };
        entry: { kind: string; amount: string; counterparty: string };
      };
    }>(
      CHANGE_STATUS,
      {
        input: {
          fundId: fund,
          status: 'TERMINATED',
          reason: '协议期满',
          balanceDestination: 'NAMED_PURPOSE',
          destinationPurpose: '助学金项目',
        },
      },
      { token: foundation },
    );
    expect(done.data!.changeSpecialFundStatus).toMatchObject({
      specialFund: { status: 'TERMINATED', balance: '0.00' },
      entry: { kind: 'BALANCE_TRANSFER', amount: '88.80', counterparty: '助学金项目' },
    });
    const after = await record(fund, { kind: 'DONATION', amount: '1.00' });
    expectUserErrors(after.data!.recordFundTransaction, ['FUND_NOT_ACTIVE']);
  });
});

describe('who sees a fund', () => {
  it('its foundation and officers; not buyers or the public; other foundations’ funds stay out of a list', async () => {
    const fund = await establishFund();
    expect(await balanceOf(fund, officer)).toBe('0.00');
    const asBuyer = await server.gql(
      `query($id: ID!) { specialFund(id: $id) { id } }`,
      { id: fund },
      { token: buyer },
    );
    expect(asBuyer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: fund });
    expect(anonymous.data).toEqual({ node: null });
    const list = await server.gql<{ specialFunds: { nodes: { foundation: { id: string } }[] } }>(
      `{ specialFunds(first: 100) { nodes { ${FUND} } } }`,
      {},
      { token: foundation },
    );
    const own = new Set(list.data!.specialFunds.nodes.map((n) => n.foundation.id));
    expect(own.size).toBe(1);
    const spending = await record(fund, { kind: 'DONATION', amount: '1.00' }, officer);
    expect(spending.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
