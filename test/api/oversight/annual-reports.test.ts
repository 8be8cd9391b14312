import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  cleanFigures,
  demoOrgId,
  fileReport,
  officer,
  orgAccount,
  pudongOfficer,
  REVIEW,
  SAVE,
  server,
  SUBMIT,
  useOversightServer,
  type ReportPayload,
} from '../../fixtures/oversight.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useOversightServer();

const lastYear = new Date().getUTCFullYear() - 1;

async function trailOf(reportId: string) {
  const res = await server.gql<{ auditTrail: { nodes: { action: string }[] } }>(
    `query($id: ID!) { auditTrail(first: 50, filter: { subjectId: $id }) { nodes { action } } }`,
    { id: reportId },
    { token: officer },
  );
  return res.data!.auditTrail.nodes.map((n) => n.action).sort();
}

describe('filing and reviewing an annual report', () => {
  it('saves a draft with live cross-checks, submits, is returned, corrected and approved', async () => {
    const draft = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      { input: { year: lastYear, ...cleanFigures({ incomeTotal: '1200000.00' }) } },
      { token: orgAccount, locale: 'en' },
    );
    const report = draft.data!.saveAnnualReport.report!;
    expect(report.status).toBe('DRAFT');
    expect(report.warnings.map((w) => w.code)).toEqual(['INCOME_PARTS_MISMATCH']);
    expect(report.warnings[0].message).toContain('1200000.00');
    expect(report.warnings[0].figures).toEqual({ total: '1200000.00', sumOfParts: '1000000.00' });

    const fixed = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      { input: { reportId: report.id, version: report.version, incomeTotal: '1000000.00' } },
      { token: orgAccount },
    );
    expect(fixed.data!.saveAnnualReport.report!.warnings).toEqual([]);
    const submitted = await server.gql<{ submitAnnualReport: ReportPayload }>(
      SUBMIT,
      { input: { reportId: report.id } },
      { token: orgAccount },
    );
    const sent = submitted.data!.submitAnnualReport.report!;
    expect(sent.status).toBe('SUBMITTED');
    expect(sent.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.viewerCanEdit).toBe(false);

    // Submitted: the organization can no longer change it.
    const late = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      { input: { reportId: report.id, version: sent.version, volunteers: 3 } },
      { token: orgAccount },
    );
    expectUserErrors(late.data!.saveAnnualReport, ['INVALID_TRANSITION']);

    const noComment = await server.gql<{ reviewAnnualReport: ReportPayload }>(
      REVIEW,
      { input: { reportId: report.id, decision: 'RETURN', version: sent.version } },
      { token: officer },
    );
    expectUserErrors(noComment.data!.reviewAnnualReport, ['REQUIRED']);
    const returned = await server.gql<{ reviewAnnualReport: ReportPayload }>(
      REVIEW,
      {
        input: {
          reportId: report.id,
          decision: 'RETURN',
          comment: '请补充理事会会议记录',
          version: sent.version,
        },
      },
      { token: officer },
    );
    const back = returned.data!.reviewAnnualReport.report!;
    expect(back.status).toBe('RETURNED');
    expect(back.reviewComment).toBe('请补充理事会会议记录');

    const corrected = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      { input: { reportId: report.id, version: back.version, boardMeetings: 3 } },
      { token: orgAccount },
    );
    const again = await server.gql<{ submitAnnualReport: ReportPayload }>(
      SUBMIT,
      { input: { reportId: report.id, version: corrected.data!.saveAnnualReport.report!.version } },
      { token: orgAccount },
    );
    const resent = again.data!.submitAnnualReport.report!;
    expect(resent.receivedOn).toBe(sent.receivedOn);

    // Two officers at once on one version: one wins, the other is told.
    const [a, b] = await Promise.all(
      ['PASS', 'BASIC_PASS'].map((result) =>
        server.gql<{ reviewAnnualReport: ReportPayload }>(
          REVIEW,
          { input: { reportId: report.id, decision: 'APPROVE', result, version: resent.version } },
          { token: officer },
        ),
      ),
    );
    const outcomes = [a, b].map((r) => r.data!.reviewAnnualReport);
    const winners = outcomes.filter((o) => o.report);
    expect(winners).toHaveLength(1);
    expect(outcomes.find((o) => !o.report)!.userErrors.map((e) => e.code)[0]).toMatch(
      /STALE_VERSION|INVALID_TRANSITION/,
    );
    expect(winners[0].report!.status).toBe('APPROVED');

    const mine = await server.gql<{ node: { reviews: ReportPayload['report'] extends infer R ? R : never } }>(
      `query($id: ID!) { node(id: $id) { ... on AnnualReport { status reviews { decision result comment } } } }`,
      { id: report.id },
      { token: orgAccount },
    );
    expect(mine.data!.node).toMatchObject({
      status: 'APPROVED',
      reviews: [
        { decision: 'RETURN', result: null, comment: '请补充理事会会议记录' },
        { decision: 'APPROVE' },
      ],
    });
    expect(await trailOf(report.id)).toEqual([
      'REVIEW_ANNUAL_REPORT',
      'REVIEW_ANNUAL_REPORT',
      'SAVE_ANNUAL_REPORT',
      'SAVE_ANNUAL_REPORT',
      'SAVE_ANNUAL_REPORT',
      'SUBMIT_ANNUAL_REPORT',
      'SUBMIT_ANNUAL_REPORT',
    ]);
  });

  it('refuses bad figures and years field by field, in the user’s language, changing nothing', async () => {
    const bad = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      {
        input: {
          year: lastYear - 1,
          incomeTotal: '100.001',
          expenseTotal: '-5.00',
          netAssetsEnd: '-20.00',
          volunteers: -1,
        },
      },
      { token: orgAccount, locale: 'en' },
    );
    const errors = expectUserErrors(bad.data!.saveAnnualReport, ['INVALID', 'INVALID', 'INVALID']);
    expect(errors.map((e) => e.field)).toEqual([
      ['input', 'incomeTotal'],
      ['input', 'expenseTotal'],
      ['input', 'volunteers'],
    ]);
    expect(errors[0].message).toBe(
      'Total income must be an amount of yuan, not negative, with at most two decimals.',
    );
    for (const year of [1700, lastYear + 1, 2200]) {
      const res = await server.gql<{ saveAnnualReport: ReportPayload }>(
        SAVE,
        { input: { year } },
        { token: orgAccount },
      );
      expectUserErrors(res.data!.saveAnnualReport, ['REPORT_NOT_DUE']);
    }
    const none = await server.gql<{ annualReports: { totalCount: number } }>(
      `query($id: ID!, $year: Int) { annualReports(filter: { organizationId: $id, year: $year }) { totalCount } }`,
      { id: demoOrgId, year: lastYear - 1 },
      { token: orgAccount },
    );
    expect(none.data!.annualReports.totalCount).toBe(0);
  });

  it('asks for the missing figures before it submits', async () => {
    const saved = await server.gql<{ saveAnnualReport: ReportPayload }>(
      SAVE,
      { input: { year: lastYear - 2, incomeTotal: '10.00' } },
      { token: orgAccount },
    );
    const res = await server.gql<{ submitAnnualReport: ReportPayload }>(
      SUBMIT,
      { input: { reportId: saved.data!.saveAnnualReport.report!.id } },
      { token: orgAccount },
    );
    const errors = res.data!.submitAnnualReport.userErrors;
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['REPORT_INCOMPLETE']));
    expect(errors.map((e) => e.field![1])).toContain('expenseTotal');
    expect(errors.map((e) => e.field![1])).toContain('auditFirm');
  });
});

describe("the officers' worklist", () => {
  it('lists waiting reports oldest first, filters by warnings, and approves the clean ones in bulk', async () => {
    const clean = [await fileReport(lastYear - 3), await fileReport(lastYear - 4)];
    const warned = await fileReport(lastYear - 5, { expenseTotal: '1.00' });
    expect(warned.warnings.map((w) => w.code)).toContain('EXPENSE_PARTS_MISMATCH');
    const LIST = `query($filter: AnnualReportFilter) { annualReports(first: 100, filter: $filter) { totalCount nodes { id year warnings { code } } } }`;
    const waiting = await server.gql<{ annualReports: { totalCount: number; nodes: { id: string }[] } }>(
      LIST,
      { filter: { statuses: ['SUBMITTED'], organizationId: demoOrgId } },
      { token: officer },
    );
    expect(waiting.data!.annualReports.nodes.map((n) => n.id)).toEqual([...clean, warned].map((r) => r.id));
    const withWarnings = await server.gql<{ annualReports: { nodes: { id: string }[] } }>(
      LIST,
      { filter: { statuses: ['SUBMITTED'], hasWarnings: true, warningCodes: ['EXPENSE_PARTS_MISMATCH'] } },
      { token: officer },
    );
    expect(withWarnings.data!.annualReports.nodes.map((n) => n.id)).toContain(warned.id);

    const BULK = `mutation($input: ApproveAnnualReportsInput!) { approveAnnualReports(input: $input) { reports { id status result } ${USER_ERRORS} } }`;
    const refused = await server.gql<{
      approveAnnualReports: ReportPayload;
    }>(BULK, { input: { reportIds: [clean[0].id, warned.id] } }, { token: officer });
    expectUserErrors(refused.data!.approveAnnualReports, ['REPORT_HAS_WARNINGS']);
    const approved = await server.gql<{
      approveAnnualReports: { reports: { status: string; result: string }[] };
    }>(BULK, { input: { reportIds: clean.map((r) => r.id) } }, { token: officer });
    expect(approved.data!.approveAnnualReports.reports).toEqual(
      clean.map((r) => ({ id: r.id, status: 'APPROVED', result: 'PASS' })),
    );
    for (const r of clean)
      expect((await trailOf(r.id)).filter((a) => a === 'REVIEW_ANNUAL_REPORT')).toHaveLength(1);
  });

  it("keeps a district officer to the district's reports, in lists, counts and node", async () => {
    const report = await fileReport(lastYear - 6);
    const list = await server.gql<{
      annualReports: {
        totalCount: number;
        nodes: { organization: { registrationLevel: string; district: { code: string } } }[];
      };
    }>(
      `{ annualReports(first: 100) { totalCount nodes { organization { registrationLevel district { code } } } } }`,
      {},
      { token: pudongOfficer },
    );
    for (const n of list.data!.annualReports.nodes) {
      expect(n.organization.registrationLevel).toBe('DISTRICT');
      expect(n.organization.district.code).toBe('310115');
    }
    const node = await server.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: report.id },
      { token: pudongOfficer },
    );
    expect(node.data!.node).toBeNull();
    const review = await server.gql<{ reviewAnnualReport: ReportPayload }>(
      REVIEW,
      { input: { reportId: report.id, decision: 'APPROVE', result: 'PASS', version: report.version } },
      { token: pudongOfficer },
    );
    expect(review.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the XLSX export of the worklist', () => {
  it('streams the filtered list in the jurisdiction, and refuses organizations', async () => {
    const get = (token: string, query: string) =>
      fetch(`${server.url}/exports/annual-reports.xlsx?${query}`, {
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      });
    const res = await get(officer, `statuses=APPROVED,SUBMITTED`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(3).value).toBe('Organization');
    const listed = await server.gql<{ annualReports: { totalCount: number } }>(
      `{ annualReports(filter: { statuses: [APPROVED, SUBMITTED] }) { totalCount } }`,
      {},
      { token: officer },
    );
    expect(sheet.actualRowCount - 1).toBe(listed.data!.annualReports.totalCount);
    expect((await get(orgAccount, '')).status).toBe(403);
    expect((await get(officer, 'year=abc')).status).toBe(400);
  });
});
