import type { Knex } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../server/graphql/ids.js';

/**
 * The procurement module's rows of the authorization matrix
 * (test/api/authorization-matrix.test.ts). Mutations run with input that changes nothing
 * (an unknown record or a refused value); queries name a published need of the demo buyer's
 * department.
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
const everyone = {
  anonymous: A,
  admin: A,
  officer: A,
  'officer.pudong': A,
  'officer.xuhui': A,
  'org.demo': A,
  'buyer.demo': A,
};
const loggedIn = { ...everyone, anonymous: U };
const officers = { ...loggedIn, 'org.demo': F, 'buyer.demo': F };
const buyers = {
  ...officers,
  admin: F,
  officer: F,
  'officer.pudong': F,
  'officer.xuhui': F,
  'buyer.demo': A,
};
const suppliers = { ...buyers, 'buyer.demo': F, 'org.demo': A };
const buyersAndOfficers = { ...officers, 'buyer.demo': A };
const suppliersAndOfficers = { ...officers, 'org.demo': A };

const records = { need: '', demoOrg: '' };
const NO_NEED = toGlobalId('ServiceNeed', 999_999);
const NO_PROPOSAL = toGlobalId('Proposal', 999_999);
const NO_CONTRACT = toGlobalId('ServiceContract', 999_999);
const NO_NOTIFICATION = toGlobalId('ProcurementNotification', 999_999);

/** Finds (or makes) a published need of the demo buyer's department; call in the matrix's beforeAll. */
export async function prepareProcurementMatrix(knex: Knex): Promise<void> {
  let need = await knex('service_need')
    .where({ department: '上海市民政局', status: 'PUBLISHED' })
    .orderBy('id')
    .first();
  if (!need)
    [need] = await knex('service_need')
      .insert({
        title: '矩阵测试需求',
        description: '',
        category: 'ELDERLY_CARE',
        district_codes: ['310115'],
        budget: '100000.00',
        service_start: '2027-01-01',
        service_end: '2027-12-31',
        deadline: new Date(Date.now() + 86_400_000),
        weights: JSON.stringify({ PRICE: 30, SERVICE_PLAN: 70 }),
        department: '上海市民政局',
        status: 'PUBLISHED',
        published_at: new Date(),
      })
      .returning('*');
  records.need = toGlobalId('ServiceNeed', need.id);
  const account = await knex('account').where({ username: 'org.demo' }).first();
  records.demoOrg = toGlobalId('Organization', account.organization_id);
}

const id = (v: string) => () => ({ id: v });

export const PROCUREMENT_MATRIX_ROWS: Record<string, Row> = {
  serviceNeeds: {
    query: `{ serviceNeeds(first: 2) { totalCount nodes { title status } } }`,
    expect: everyone,
  },
  serviceNeed: {
    query: `query($id: ID!) { serviceNeed(id: $id) { title proposalCount amendments { reason } contract { amount } } }`,
    variables: () => ({ id: records.need }),
    expect: everyone,
  },
  supplierMatchMethod: {
    query: `{ supplierMatchMethod { tieBreak weights { factor weight } } }`,
    expect: everyone,
  },
  supplierMatches: {
    query: `query($id: ID!) { supplierMatches(needId: $id, first: 3) { eligible score } }`,
    variables: () => ({ id: records.need }),
    expect: buyersAndOfficers,
  },
  supplierReadiness: {
    query: `query($id: ID!) { supplierReadiness(needId: $id) { eligible blockers { rule } } }`,
    variables: () => ({ id: records.need }),
    expect: loggedIn,
  },
  saveServiceNeed: {
    query: `mutation { saveServiceNeed(input: { title: "" }) { userErrors { code } } }`,
    expect: buyers,
  },
  publishServiceNeed: {
    query: `mutation($id: ID!) { publishServiceNeed(input: { needId: $id }) { userErrors { code } } }`,
    variables: id(NO_NEED),
    expect: buyers,
  },
  closeServiceNeed: {
    query: `mutation($id: ID!) { closeServiceNeed(input: { needId: $id }) { userErrors { code } } }`,
    variables: id(NO_NEED),
    expect: buyers,
  },
  cancelServiceNeed: {
    query: `mutation($id: ID!) { cancelServiceNeed(input: { needId: $id, reason: "矩阵" }) { userErrors { code } } }`,
    variables: id(NO_NEED),
    expect: buyers,
  },
  amendServiceNeed: {
    query: `mutation($id: ID!) { amendServiceNeed(input: { needId: $id, reason: "矩阵" }) { userErrors { code } } }`,
    variables: id(NO_NEED),
    expect: buyers,
  },
  myProposals: { query: `{ myProposals(first: 2) { totalCount } }`, expect: suppliers },
  submitProposal: {
    query: `mutation($id: ID!) { submitProposal(input: { needId: $id, price: "1.00", plan: "x", team: "y" }) { userErrors { code } } }`,
    variables: id(NO_NEED),
    expect: suppliers,
  },
  withdrawProposal: {
    query: `mutation($id: ID!) { withdrawProposal(input: { proposalId: $id }) { userErrors { code } } }`,
    variables: id(NO_PROPOSAL),
    expect: suppliers,
  },
  evaluateProposal: {
    query: `mutation($id: ID!) { evaluateProposal(input: { proposalId: $id, scores: [] }) { userErrors { code } } }`,
    variables: id(NO_PROPOSAL),
    expect: buyers,
  },
  awardServiceNeed: {
    query: `mutation($need: ID!, $proposal: ID!) { awardServiceNeed(input: { needId: $need, proposalId: $proposal }) { userErrors { code } } }`,
    variables: () => ({ need: NO_NEED, proposal: NO_PROPOSAL }),
    expect: buyers,
  },
  rateContract: {
    query: `mutation($id: ID!) { rateContract(input: { contractId: $id, rating: 5 }) { userErrors { code } } }`,
    variables: id(NO_CONTRACT),
    expect: buyers,
  },
  updateSupplierProfile: {
    query: `mutation { updateSupplierProfile(input: { capacity: -1 }) { userErrors { code } } }`,
    expect: suppliers,
  },
  fittingServiceNeeds: {
    query: `{ fittingServiceNeeds(first: 3) { eligible score need { title } } }`,
    expect: suppliersAndOfficers,
  },
  myNotifications: { query: `{ myNotifications(first: 2) { totalCount } }`, expect: suppliers },
  myUnreadNotificationCount: { query: `{ myUnreadNotificationCount }`, expect: suppliers },
  myNeedSubscription: { query: `{ myNeedSubscription { categories } }`, expect: suppliers },
  subscribeToNeeds: {
    query: `mutation { subscribeToNeeds(input: { districtCodes: ["999999"] }) { userErrors { code } } }`,
    expect: suppliers,
  },
  unsubscribeFromNeeds: {
    query: `mutation { unsubscribeFromNeeds(input: {}) { removed userErrors { code } } }`,
    expect: suppliers,
  },
  markNotificationRead: {
    query: `mutation($id: ID!) { markNotificationRead(input: { notificationId: $id }) { userErrors { code } } }`,
    variables: id(NO_NOTIFICATION),
    expect: suppliers,
  },
  procurementRedFlags: {
    query: `{ procurementRedFlags(first: 2) { totalCount nodes { kind detail } } }`,
    // a buyer sees its own department's only (test/api/procurement/red-flags.test.ts)
    expect: buyersAndOfficers,
  },
  'Organization.supplierProfile (the demo foundation)': {
    query: `query($id: ID!) { organization(id: $id) { supplierProfile { capacity } } }`,
    variables: () => ({ id: records.demoOrg }),
    expect: loggedIn,
  },
};
