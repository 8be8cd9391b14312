import type { Knex } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../server/graphql/ids.js';

/**
 * The funds module's rows of the authorization matrix
 * (test/api/authorization-matrix.test.ts), with the records they name:
 * the demo foundation's own fund and another (municipal) foundation's.
 */
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type Roles =
  'anonymous' | 'admin' | 'officer' | 'officer.pudong' | 'officer.xuhui' | 'org.demo' | 'buyer.demo';
interface Row {
  query: string;
  variables?: () => Record<string, unknown>;
  expect: Record<Roles, Outcome>;
}

const A: Outcome = 'ALLOWED';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
const keepers = {
  anonymous: U,
  admin: A,
  officer: A,
  'officer.pudong': A,
  'officer.xuhui': A,
  'org.demo': A,
  'buyer.demo': F,
};
/** A municipal foundation's fund: municipal officers, and only its own foundation's account. */
const municipalKeepers = { ...keepers, 'officer.pudong': F, 'officer.xuhui': F };

const funds = { own: '', other: '', otherFoundation: '', ownFoundation: '' };

/** Finds the records the rows name; call in the matrix's beforeAll. */
export async function prepareFundsMatrix(knex: Knex): Promise<void> {
  const account = await knex('account').where({ username: 'org.demo' }).first();
  const own = await knex('special_fund')
    .where({ foundation_id: account.organization_id })
    .orderBy('id')
    .first();
  const other = await knex('special_fund as f')
    .join('organization as o', 'o.id', 'f.foundation_id')
    .where('o.registration_level', 'MUNICIPAL')
    .whereNot('f.foundation_id', account.organization_id)
    .orderBy('f.id')
    .first('f.id', 'f.foundation_id');
  if (!own || !other) throw new Error('the matrix needs demo funds of two foundations');
  funds.own = toGlobalId('SpecialFund', own.id);
  funds.ownFoundation = toGlobalId('Organization', account.organization_id);
  funds.other = toGlobalId('SpecialFund', other.id);
  funds.otherFoundation = toGlobalId('Organization', other.foundation_id);
}

export const FUNDS_MATRIX_ROWS: Record<string, Row> = {
  specialFunds: { query: `{ specialFunds(first: 2) { totalCount nodes { name } } }`, expect: keepers },
  specialFund: {
    query: `query($id: ID!) { specialFund(id: $id) { name } }`,
    variables: () => ({ id: funds.own }),
    expect: keepers,
  },
  'Organization.specialFunds (another foundation’s)': {
    query: `query($id: ID!) { organization(id: $id) { specialFunds { name } } }`,
    variables: () => ({ id: funds.otherFoundation }),
    expect: { ...municipalKeepers, 'org.demo': F },
  },
  'Organization.specialFunds (its own)': {
    query: `query($id: ID!) { organization(id: $id) { specialFunds { name balance ledger(first: 1) { totalCount } } } }`,
    variables: () => ({ id: funds.ownFoundation }),
    expect: municipalKeepers,
  },
  establishSpecialFund: {
    query: `mutation($f: ID) { establishSpecialFund(input: { foundationId: $f, name: "" }) { userErrors { code } } }`,
    variables: () => ({ f: funds.ownFoundation }),
    expect: municipalKeepers,
  },
  recordFundTransaction: {
    query: `mutation($id: ID!) { recordFundTransaction(input: { fundId: $id, kind: DONATION, amount: "0.00" }) { userErrors { code } } }`,
    variables: () => ({ id: funds.own }),
    expect: { ...keepers, admin: F, officer: F, 'officer.pudong': F, 'officer.xuhui': F },
  },
  'recordFundTransaction (another foundation’s fund)': {
    query: `mutation($id: ID!) { recordFundTransaction(input: { fundId: $id, kind: DONATION, amount: "0.00" }) { userErrors { code } } }`,
    variables: () => ({ id: funds.other }),
    expect: { ...keepers, admin: F, officer: F, 'officer.pudong': F, 'officer.xuhui': F, 'org.demo': F },
  },
  changeSpecialFundStatus: {
    query: `mutation($id: ID!) { changeSpecialFundStatus(input: { fundId: $id, status: ACTIVE, reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: () => ({ id: funds.own }),
    expect: municipalKeepers,
  },
};
