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
const fixture = {
  pudongOrgId: '',
  pudongReportId: '',
  pudongCaseId: '',
  pudongRectificationId: '',
  demoCaseId: '',
  demoRectificationId: '',
  pudongListingId: '',
  demoListingId: '',
  pudongApplicationId: '',
};

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
  const demo = await knex('account').where({ username: 'org.demo' }).first();
  for (const [orgId, prefix] of [
    [pudong.id, 'pudong'],
    [demo.organization_id, 'demo'],
  ] as const) {
    const [auditCase] = await knex('audit_case')
      .insert({
        organization_id: orgId,
        kind: 'SPECIAL_AUDIT',
        title: '矩阵测试案件',
        scope: '财务',
        period_from: '2020-01-01',
        auditor: '矩阵',
        opened_on: '2021-01-01',
        working_notes: '内部底稿',
      })
      .returning('id');
    const [finding] = await knex('audit_finding')
      .insert({
        audit_case_id: auditCase.id,
        category: 'OTHER',
        severity: 'MINOR',
        description: '矩阵',
        found_on: '2021-01-02',
      })
      .returning('id');
    const [rectification] = await knex('rectification')
      .insert({
        finding_id: finding.id,
        organization_id: orgId,
        requirement: '矩阵',
        ordered_on: '2021-01-02',
        deadline: '2021-02-01',
      })
      .returning('id');
    fixture[`${prefix}CaseId`] = id('AuditCase', auditCase.id);
    fixture[`${prefix}RectificationId`] = id('Rectification', rectification.id);
    const [listing] = await knex('credit_listing')
      .insert({
        organization_id: orgId,
        list: 'ABNORMAL_ACTIVITY',
        reason_code: 'OFFICER_DECISION',
        article: '矩阵',
        reason: '矩阵',
        since: '2021-01-01',
        clock_started_on: '2021-01-01',
        source: 'RULE',
        source_rule: 'OFFICER_DECISION',
      })
      .returning('id');
    fixture[`${prefix}ListingId`] = id('CreditListing', listing.id);
    if (prefix === 'pudong') {
      const [application] = await knex('removal_application')
        .insert({ listing_id: listing.id, organization_id: orgId, statement: '矩阵' })
        .returning('id');
      fixture.pudongApplicationId = id('RemovalApplication', application.id);
    }
  }
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
  auditCases: { query: `{ auditCases(first: 2) { totalCount nodes { title } } }`, expect: officersAndFilers },
  openAuditCase: {
    query: `mutation($id: ID!) { openAuditCase(input: { organizationId: $id, kind: EVALUATION, title: "矩阵", scope: "矩阵", auditor: "矩阵", periodFrom: "1800-01-01" }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: pudongManagers,
  },
  recordAuditFinding: {
    query: `mutation($id: ID!) { recordAuditFinding(input: { auditCaseId: $id, category: OTHER, severity: MINOR, description: "" }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongCaseId }),
    expect: pudongManagers,
  },
  closeAuditCase: {
    query: `mutation($id: ID!) { closeAuditCase(input: { auditCaseId: $id, conclusion: "矩阵", version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongCaseId }),
    expect: pudongManagers,
  },
  rectifications: {
    query: `{ rectifications(first: 2) { totalCount nodes { status } } }`,
    expect: officersAndFilers,
  },
  resolveRectification: {
    query: `mutation($id: ID!) { resolveRectification(input: { rectificationId: $id, response: "矩阵", version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.demoRectificationId }),
    expect: filers,
  },
  verifyRectification: {
    query: `mutation($id: ID!) { verifyRectification(input: { rectificationId: $id, accepted: true, version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongRectificationId }),
    expect: pudongManagers,
  },
  penalties: {
    query: `{ penalties(first: 2) { totalCount nodes { kind amount legalBasis } } }`,
    expect: everyone,
  },
  imposePenalty: {
    query: `mutation($id: ID!) { imposePenalty(input: { organizationId: $id, kind: FINE, amount: "1.234", legalBasis: "矩阵" }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: pudongManagers,
  },
  'Organization.auditCases (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { auditCases { title } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: { ...pudongManagers, 'org.demo': F, 'buyer.demo': F, anonymous: U },
  },
  "AuditCase.workingNotes (the organization account's own case)": {
    query: `query($id: ID!) { node(id: $id) { ... on AuditCase { title workingNotes } } }`,
    variables: () => ({ id: fixture.demoCaseId }),
    expect: { ...everyone, 'org.demo': F },
  },
  creditListings: {
    query: `{ creditListings(first: 2) { totalCount nodes { list explanation removalCondition } } }`,
    expect: everyone,
  },
  creditListRemovalApplications: {
    query: `{ creditListRemovalApplications(first: 2) { totalCount nodes { statement } } }`,
    expect: officersAndFilers,
  },
  placeOnCreditList: {
    query: `mutation($id: ID!) { placeOnCreditList(input: { organizationId: $id, list: ABNORMAL_ACTIVITY, reason: "" }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: pudongManagers,
  },
  removeFromCreditList: {
    query: `mutation($id: ID!) { removeFromCreditList(input: { listingId: $id, reason: "矩阵", version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongListingId }),
    expect: pudongManagers,
  },
  applyForCreditListRemoval: {
    query: `mutation($id: ID!) { applyForCreditListRemoval(input: { listingId: $id, statement: "" }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.demoListingId }),
    expect: filers,
  },
  decideCreditListRemoval: {
    query: `mutation($id: ID!) { decideCreditListRemoval(input: { applicationId: $id, approve: false, reason: "矩阵", version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: fixture.pudongApplicationId }),
    expect: pudongManagers,
  },
  runComplianceSweep: {
    query: `mutation { runComplianceSweep(input: { asOf: "1800-01-01", dryRun: true }) { listed { rule } userErrors { code } } }`,
    expect: officers,
  },
  'runComplianceSweep (a real run, the whole city)': {
    query: `mutation { runComplianceSweep(input: { asOf: "1800-01-01", dryRun: false }) { listed { rule } userErrors { code } } }`,
    expect: { ...officers, 'officer.pudong': F, 'officer.xuhui': F },
  },
  enqueueComplianceSweep: {
    query: `mutation { enqueueComplianceSweep(input: { asOf: "1800-01-01" }) { jobId userErrors { code } } }`,
    expect: { ...officers, 'officer.pudong': F, 'officer.xuhui': F },
  },
  'Organization.creditListings (public)': {
    query: `query($id: ID!) { organization(id: $id) { creditListings { list since explanation removableFrom } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: everyone,
  },
  selfInspectionCampaigns: {
    query: `{ selfInspectionCampaigns { name problemsFound problemsResolved } }`,
    expect: everyone,
  },
  'Organization.evaluationEligibility (a Pudong district organization)': {
    query: `query($id: ID!) { organization(id: $id) { evaluationEligibility { eligible reasons } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: { ...pudongManagers, 'org.demo': F, 'buyer.demo': F, anonymous: U },
  },
  'Organization.changeRecords and rating (public)': {
    query: `query($id: ID!) { organization(id: $id) { changeRecords { field before after changedOn } rating { label expired } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: everyone,
  },
  'Organization.reportingHistory (public)': {
    query: `query($id: ID!) { organization(id: $id) { reportingHistory { year dueOn filingStatus result } } }`,
    variables: () => ({ id: fixture.pudongOrgId }),
    expect: everyone,
  },
};
