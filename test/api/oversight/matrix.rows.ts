import type { TestServer } from '../../helpers/server.js';

/**
 * The authorization matrix's rows for oversight's operations and fields
 * (test/api/authorization-matrix.test.ts spreads them into its cases), with
 * the records they act on, made by `prepareOversightMatrix` once the
 * server is up. Every input is refused or changes nothing.
 */
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type RoleName =
  'anonymous' | 'admin' | 'officer' | 'officer.pudong' | 'officer.xuhui' | 'org.demo' | 'buyer.demo';
interface OversightCase {
  query: string;
  variables?: () => Record<string, unknown>;
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
const pudongManagers = { ...officers, 'officer.xuhui': F };
const officersAndFilers = { ...officers, 'org.demo': A };
const filers = {
  ...loggedIn,
  admin: F,
  officer: F,
  'officer.pudong': F,
  'officer.xuhui': F,
  'buyer.demo': F,
};

const id = (type: string, key: number) => Buffer.from(`${type}:${key}`).toString('base64url');
const fixture = { pudongOrgId: '', pudongReportId: '' };

/** A draft report of a Pudong district organization: what the review rows act on. */
export async function prepareOversightMatrix(server: TestServer): Promise<void> {
  const knex = server.orm.em.getKnex();
  const pudong = await knex('organization')
    .where({ registration_level: 'DISTRICT', district_code: '310115', status: 'ACTIVE' })
    .orderBy('id')
    .first();
  const [report] = await knex('annual_report')
    .insert({ organization_id: pudong.id, year: 1999, due_on: '2000-05-31', status: 'DRAFT' })
    .returning('id');
  fixture.pudongOrgId = id('Organization', pudong.id);
  fixture.pudongReportId = id('AnnualReport', report.id);
}

const NO_REPORT = id('AnnualReport', 999_999);

export const OVERSIGHT_CASES: Record<string, OversightCase> = {
  annualReports: {
    query: `{ annualReports(first: 2) { totalCount nodes { id } } }`,
    expect: officersAndFilers,
  },
  saveAnnualReport: {
    query: `mutation { saveAnnualReport(input: { year: 1700 }) { userErrors { code } } }`,
    expect: filers,
  },
  submitAnnualReport: {
    query: `mutation($id: ID!) { submitAnnualReport(input: { reportId: $id }) { userErrors { code } } }`,
    variables: () => ({ id: NO_REPORT }),
    expect: filers,
  },
  reviewAnnualReport: {
    query: `mutation($id: ID!) { reviewAnnualReport(input: { reportId: $id, decision: APPROVE, result: PASS, version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongReportId }),
    expect: pudongManagers,
  },
  approveAnnualReports: {
    query: `mutation($id: ID!) { approveAnnualReports(input: { reportIds: [$id] }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongReportId }),
    expect: pudongManagers,
  },
  'Organization.annualReports (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { annualReports { year reviewComment warnings { code } } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: { ...pudongManagers, 'org.demo': F, 'buyer.demo': F, anonymous: U },
  },
  'Organization.reportingHistory (public)': {
    query: `query($id: ID!) { organization(id: $id) { reportingHistory { year dueOn filingStatus result } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: everyone,
  },
};
