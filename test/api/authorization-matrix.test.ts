import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationType } from '../../server/modules/registry/enums.js';
import { freshCreditCode, registrationInput } from '../fixtures/registry.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';
// oversight: its rows and the records they act on
import { OVERSIGHT_CASES, prepareOversightMatrix } from './oversight/matrix.rows.js';
// funds (issue 11)
import { FUNDS_MATRIX_ROWS, prepareFundsMatrix } from './funds/matrix.rows.js';
import { prepareReliefMatrix, RELIEF_MATRIX_ROWS } from './relief/matrix.rows.js';
// issue 10: procurement
import { prepareProcurementMatrix, PROCUREMENT_MATRIX_ROWS } from './procurement/matrix.rows.js';

/**
 * Every role against every query and mutation (and the fields that mix
 * public and internal data), asserting what the rules of
 * server/modules/identity/policy.ts say. An operation in the schema
 * without a row here fails the first test.
 */
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ROLES = [
  'anonymous',
  'admin',
  'officer',
  'officer.pudong',
  'officer.xuhui',
  'org.demo',
  'buyer.demo',
] as const;
type RoleName = (typeof ROLES)[number];

interface Fixture {
  pudongOrgId: string;
  pudongOrgVersion: number;
  pudongOrgSponsorId: string;
  demoOrgId: string;
  unitId: string;
  officerAccountId: string;
}

interface Case {
  query: string;
  variables?: (f: Fixture, role: RoleName) => Record<string, unknown>;
  /** Runs with a session of its own (logout ends the one it is given). */
  ownSession?: boolean;
  expect: Record<RoleName, Outcome>;
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
const admins = { ...officers, officer: F, 'officer.pudong': F, 'officer.xuhui': F };
/** Officers whose jurisdiction covers a Pudong district-level organization. */
const pudongManagers = { ...officers, 'officer.xuhui': F };
const municipal = { ...officers, 'officer.pudong': F, 'officer.xuhui': F };
const NOT_AN_ACCOUNT = Buffer.from('Account:999999').toString('base64url');

const CASES: Record<string, Case> = {
  // ---- queries
  node: {
    query: `query($id: ID!) { node(id: $id) { id } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: everyone,
  },
  nodes: {
    query: `query($id: ID!) { nodes(ids: [$id]) { id } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: everyone,
  },
  me: { query: `{ me { username } }`, expect: everyone },
  districts: { query: `{ districts { code } }`, expect: everyone },
  industryDepartments: { query: `{ industryDepartments { name } }`, expect: everyone },
  organizations: { query: `{ organizations(first: 2) { totalCount nodes { name } } }`, expect: everyone },
  organization: {
    query: `query($id: ID!) { organization(id: $id) { name sponsorUnit { name } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: everyone,
  },
  organizationByCreditCode: {
    query: `{ organizationByCreditCode(creditCode: "X") { id } }`,
    expect: everyone,
  },
  sponsorUnits: {
    query: `{ sponsorUnits(first: 2) { nodes { name organizationCount } } }`,
    expect: everyone,
  },
  registryStatistics: { query: `{ registryStatistics { total } }`, expect: officers },
  auditTrail: { query: `{ auditTrail(first: 2) { totalCount } }`, expect: officers },
  verifyAuditTrail: { query: `{ verifyAuditTrail { valid } }`, expect: officers },
  accounts: { query: `{ accounts(first: 2) { totalCount } }`, expect: admins },
  // ---- fields that mix public and internal data
  // Public (issue 9), as the national platform publishes them: everyone reads them.
  'Organization public fields (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { name creditCode type status registrationAuthority registeredOn deregisteredOn revokedOn legalRepresentative domicile businessScope registeredCapital sponsorUnit { name } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: everyone,
  },
  'Organization.industryDepartment, sponsorHistory (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { industryDepartment { name } sponsorHistory { validFrom } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: { ...pudongManagers, 'org.demo': F, 'buyer.demo': F },
  },
  "Organization.sponsorHistory (the organization account's own)": {
    query: `query($id: ID!) { organization(id: $id) { sponsorHistory { validFrom } } }`,
    variables: (f) => ({ id: f.demoOrgId }),
    expect: { ...officers, 'officer.pudong': F, 'officer.xuhui': F, 'org.demo': A },
  },
  // ---- mutations (each with input that changes nothing, or a record of its own)
  login: {
    query: `mutation { login(input: { username: "nobody", password: "wrong-password" }) { userErrors { code } } }`,
    expect: everyone,
  },
  logout: {
    query: `mutation { logout(input: {}) { userErrors { code } } }`,
    ownSession: true,
    expect: everyone,
  },
  changePassword: {
    query: `mutation { changePassword(input: { currentPassword: "not-my-password", newPassword: "long-enough-password" }) { userErrors { code } } }`,
    expect: loggedIn,
  },
  createAccount: {
    query: `mutation { createAccount(input: { username: "x", role: BUYER, password: "short" }) { userErrors { code } } }`,
    expect: admins,
  },
  updateAccount: {
    query: `mutation($id: ID!) { updateAccount(input: { accountId: $id, version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: NOT_AN_ACCOUNT }),
    expect: admins,
  },
  disableAccount: {
    query: `mutation($id: ID!) { disableAccount(input: { accountId: $id }) { userErrors { code } } }`,
    variables: () => ({ id: NOT_AN_ACCOUNT }),
    expect: admins,
  },
  enableAccount: {
    query: `mutation($id: ID!) { enableAccount(input: { accountId: $id }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.officerAccountId }),
    expect: admins,
  },
  resetPassword: {
    query: `mutation($id: ID!) { resetPassword(input: { accountId: $id, newPassword: "short" }) { userErrors { code } } }`,
    variables: () => ({ id: NOT_AN_ACCOUNT }),
    expect: admins,
  },
  registerOrganization: {
    query: `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code message } } }`,
    variables: () => ({
      input: registrationInput({
        registrationLevel: 'DISTRICT',
        districtCode: '310115',
        creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310115'),
      }),
    }),
    expect: pudongManagers,
  },
  updateOrganization: {
    query: `mutation($id: ID!) { updateOrganization(input: { id: $id, version: -1, domicile: "上海市浦东新区某路1号" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  changeOrganizationStatus: {
    query: `mutation($id: ID!) { changeOrganizationStatus(input: { organizationId: $id, status: ACTIVE, reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  changeSponsorUnit: {
    query: `mutation($id: ID!, $unit: ID) { changeSponsorUnit(input: { organizationId: $id, sponsorUnitId: $unit, effectiveOn: "2026-01-01", reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId, unit: f.pudongOrgSponsorId }),
    expect: pudongManagers,
  },
  correctSponsorshipPeriod: {
    // A start before any period is refused after the rights check: nothing changes.
    query: `mutation($id: ID!, $unit: ID) { correctSponsorshipPeriod(input: { organizationId: $id, sponsorUnitId: $unit, validFrom: "1901-01-01", reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId, unit: f.pudongOrgSponsorId }),
    expect: pudongManagers,
  },
  transferSponsorUnit: {
    query: `mutation($unit: ID!) { transferSponsorUnit(input: { fromSponsorUnitId: $unit, toSponsorUnitId: $unit, effectiveOn: "2026-01-01", reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ unit: f.unitId }),
    expect: municipal,
  },
  // ---- oversight (test/api/oversight/matrix.rows.ts)
  ...OVERSIGHT_CASES,
  // funds (issue 11)
  ...FUNDS_MATRIX_ROWS,
  ...RELIEF_MATRIX_ROWS,
  // decoupling (issue 11)
  decouplings: { query: `{ decouplings(first: 2) { totalCount nodes { name } } }`, expect: officers },
  decouplingProgress: { query: `{ decouplingProgress { total decoupled } }`, expect: officers },
  'Organization.decoupling (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { decoupling { state } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: { ...pudongManagers, 'org.demo': F, 'buyer.demo': F },
  },
  recordDecouplingSeparation: {
    query: `mutation($id: ID!) { recordDecouplingSeparation(input: { organizationId: $id, separation: FUNCTIONS, completedOn: "2020-01-01", evidence: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  completeDecoupling: {
    query: `mutation($id: ID!) { completeDecoupling(input: { organizationId: $id }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  // ---- trail checkpoints (issue 7, D7): full re-verification from genesis
  startFullTrailVerification: {
    query: `mutation { startFullTrailVerification { job { jobId state } userErrors { code } } }`,
    expect: admins,
  },
  fullTrailVerification: {
    query: `{ fullTrailVerification(jobId: "00000000-0000-4000-8000-000000000000") { state } }`,
    expect: admins,
  },
  // ---- issue 9: change applications, contact details, first accounts (organization workspace)
  changeApplications: {
    query: `{ changeApplications(first: 2) { totalCount nodes { status changes { field } } } }`,
    expect: { ...officers, 'org.demo': A },
  },
  fileChangeApplication: {
    // No item to change: refused after the rights check, nothing is filed.
    query: `mutation($id: ID!) { fileChangeApplication(input: { organizationId: $id, changes: {}, effectiveOn: "2026-01-01", reason: "矩阵测试" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.demoOrgId }),
    expect: { ...loggedIn, admin: F, officer: F, 'officer.pudong': F, 'officer.xuhui': F, 'buyer.demo': F },
  },
  withdrawChangeApplication: {
    query: `mutation($id: ID!) { withdrawChangeApplication(input: { applicationId: $id }) { userErrors { code } } }`,
    variables: () => ({ id: Buffer.from('ChangeApplication:999999').toString('base64url') }),
    expect: { ...loggedIn, admin: F, officer: F, 'officer.pudong': F, 'officer.xuhui': F, 'buyer.demo': F },
  },
  reviewChangeApplication: {
    query: `mutation($id: ID!) { reviewChangeApplication(input: { applicationId: $id, decision: REJECT }) { userErrors { code } } }`,
    variables: () => ({ id: Buffer.from('ChangeApplication:999999').toString('base64url') }),
    expect: officers,
  },
  updateContactDetails: {
    // A malformed email: refused after the rights check, nothing changes.
    query: `mutation($id: ID!) { updateContactDetails(input: { organizationId: $id, email: "not-an-email" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  'updateContactDetails (its own organization)': {
    query: `mutation($id: ID!) { updateContactDetails(input: { organizationId: $id, email: "not-an-email" }) { userErrors { code } } }`,
    variables: (f) => ({ id: f.demoOrgId }),
    expect: { ...officers, 'officer.pudong': F, 'officer.xuhui': F, 'org.demo': A },
  },
  issueOrganizationAccount: {
    // A malformed username: refused after the rights check, no account is made.
    query: `mutation($id: ID!) { issueOrganizationAccount(input: { organizationId: $id, username: "Not Valid!" }) { oneTimePassword userErrors { code } } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: pudongManagers,
  },
  'Organization.contactPhone (public contact details)': {
    query: `query($id: ID!) { organization(id: $id) { contactPhone contactEmail website viewerCanFileChangeApplication viewerCanUpdateContactDetails } }`,
    variables: (f) => ({ id: f.pudongOrgId }),
    expect: everyone,
  },
  // issue 9 (misc): failed logins and lockouts are on the trail for admins only
  'auditTrail (failed logins)': {
    query: `{ auditTrail(first: 1, filter: { action: LOGIN_FAILED }) { totalCount } }`,
    expect: admins,
  },
  'auditTrail (lockouts)': {
    query: `{ auditTrail(first: 1, filter: { action: LOGIN_LOCKED_OUT }) { totalCount } }`,
    expect: admins,
  },
  // issue 10: procurement (test/api/procurement/matrix.rows.ts)
  ...PROCUREMENT_MATRIX_ROWS,
};

let server: TestServer;
let fixture: Fixture;
const tokens = new Map<RoleName, string>();

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  const admin = await server.login('admin');
  const created = await server.gql<{ createAccount: { userErrors: unknown[] } }>(
    `mutation { createAccount(input: { username: "officer.xuhui", displayName: "徐汇区社团局", role: REGISTRATION_OFFICER, jurisdictionCode: "310104", password: "${DEMO_PASSWORD}" }) { userErrors { code message } } }`,
    {},
    { token: admin },
  );
  expect(created.data!.createAccount.userErrors).toEqual([]);
  for (const role of ROLES) if (role !== 'anonymous') tokens.set(role, await server.login(role));
  const knex = server.orm.em.getKnex();
  const pudong = await knex('organization')
    .where({ registration_level: 'DISTRICT', district_code: '310115', status: 'ACTIVE' })
    .whereNotNull('sponsor_unit_id')
    .orderBy('id')
    .first();
  const demo = await knex('account').where({ username: 'org.demo' }).first();
  const officer = await knex('account').where({ username: 'officer' }).first();
  const id = (type: string, key: number) => Buffer.from(`${type}:${key}`).toString('base64url');
  fixture = {
    pudongOrgId: id('Organization', pudong.id),
    pudongOrgVersion: pudong.version,
    pudongOrgSponsorId: id('SponsorUnit', pudong.sponsor_unit_id),
    demoOrgId: id('Organization', demo.organization_id),
    unitId: id('SponsorUnit', pudong.sponsor_unit_id),
    officerAccountId: id('Account', officer.id),
  };
  // oversight
  await prepareOversightMatrix(server);
  // funds (issue 11)
  await prepareFundsMatrix(knex);
  await prepareReliefMatrix(knex);
  // issue 10: procurement
  await prepareProcurementMatrix(knex);
});
afterAll(() => server?.close());

describe('the authorization matrix', () => {
  it('has a row for every query and mutation in the schema', () => {
    const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
      Object.keys(t.getFields()),
    );
    const covered = new Set(Object.keys(CASES));
    const missing = operations.filter((op) => !covered.has(op));
    expect(missing, 'add these operations to the matrix and to OPERATION_RULES').toEqual([]);
    console.log(`matrix: ${operations.length} operations and 2 field rules × ${ROLES.length} roles`);
  });

  for (const [operation, testCase] of Object.entries(CASES)) {
    it(`${operation}`, async () => {
      const outcomes: Record<string, Outcome | string> = {};
      for (const role of ROLES) {
        let token = role === 'anonymous' ? undefined : tokens.get(role);
        if (testCase.ownSession && token) token = await server.login(role);
        const res = await server.gql(testCase.query, testCase.variables?.(fixture, role) ?? {}, { token });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes('UNAUTHENTICATED')) outcomes[role] = 'UNAUTHENTICATED';
        else if (codes.includes('FORBIDDEN')) outcomes[role] = 'FORBIDDEN';
        else if (codes.length === 0 && res.status === 200) outcomes[role] = 'ALLOWED';
        else outcomes[role] = `unexpected ${res.status} ${JSON.stringify(res.errors)}`;
      }
      expect(outcomes).toEqual(testCase.expect);
    });
  }

  it('changed nothing it was not meant to', async () => {
    const knex = server.orm.em.getKnex();
    const pudong = await knex('organization')
      .where({ id: Number(Buffer.from(fixture.pudongOrgId, 'base64url').toString().split(':')[1]) })
      .first();
    expect(pudong.version).toBe(fixture.pudongOrgVersion);
    expect(Number((await knex('account').count({ n: '*' }).first())!.n)).toBe(6);
    const verify = await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
      `{ verifyAuditTrail { valid } }`,
      {},
      { token: tokens.get('admin') },
    );
    expect(verify.data!.verifyAuditTrail.valid).toBe(true);
  });
});
