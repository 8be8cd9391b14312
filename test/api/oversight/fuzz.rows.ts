/**
 * The fuzz test's part for oversight (test/api/fuzz.test.ts merges it):
 * its mutations, their input types, hostile values for their fields (money
 * with three decimals or a minus sign, absurd years and dates, unknown IDs)
 * and the tables that must not change.
 */
export const OVERSIGHT_MUTATIONS = [
  'saveAnnualReport(input: $input) { report { id } userErrors { code } }',
  'submitAnnualReport(input: $input) { report { id } userErrors { code } }',
  'reviewAnnualReport(input: $input) { report { id } userErrors { code } }',
  'approveAnnualReports(input: $input) { reports { id } userErrors { code } }',
  'openAuditCase(input: $input) { auditCase { id } userErrors { code } }',
  'recordAuditFinding(input: $input) { finding { id } userErrors { code } }',
  'closeAuditCase(input: $input) { auditCase { id } userErrors { code } }',
  'resolveRectification(input: $input) { rectification { id } userErrors { code } }',
  'verifyRectification(input: $input) { rectification { id } userErrors { code } }',
  'imposePenalty(input: $input) { penalty { id } userErrors { code } }',
  'placeOnCreditList(input: $input) { listing { id } userErrors { code } }',
  'removeFromCreditList(input: $input) { listing { id } userErrors { code } }',
  'applyForCreditListRemoval(input: $input) { application { id } userErrors { code } }',
  'decideCreditListRemoval(input: $input) { application { id } userErrors { code } }',
  'runComplianceSweep(input: $input) { listed { rule } dryRun userErrors { code } }',
];

export const OVERSIGHT_INPUT_TYPES: Record<string, string> = {
  saveAnnualReport: 'SaveAnnualReportInput',
  submitAnnualReport: 'SubmitAnnualReportInput',
  reviewAnnualReport: 'ReviewAnnualReportInput',
  approveAnnualReports: 'ApproveAnnualReportsInput',
  openAuditCase: 'OpenAuditCaseInput',
  recordAuditFinding: 'RecordAuditFindingInput',
  closeAuditCase: 'CloseAuditCaseInput',
  resolveRectification: 'ResolveRectificationInput',
  verifyRectification: 'VerifyRectificationInput',
  imposePenalty: 'ImposePenaltyInput',
  placeOnCreditList: 'PlaceOnCreditListInput',
  removeFromCreditList: 'RemoveFromCreditListInput',
  applyForCreditListRemoval: 'ApplyForCreditListRemovalInput',
  decideCreditListRemoval: 'DecideCreditListRemovalInput',
  runComplianceSweep: 'RunComplianceSweepInput',
};

export const OVERSIGHT_QUERIES = [
  `query($first: Int, $filter: CreditListingFilter) { creditListings(first: $first, filter: $filter) { totalCount nodes { explanation } } }`,
  `query($first: Int, $after: String, $filter: AnnualReportFilter) { annualReports(first: $first, after: $after, filter: $filter) { totalCount nodes { year warnings { code } } } }`,
];

export const OVERSIGHT_TABLES = [
  'annual_report',
  'annual_report_review',
  'audit_case',
  'audit_finding',
  'rectification',
  'penalty',
];

const MONEY_FIELDS = [
  'incomeTotal',
  'incomeDonations',
  'incomeGovernment',
  'incomeServices',
  'incomeOther',
  'expenseTotal',
  'expenseCharitable',
  'expenseManagement',
  'expenseStaff',
  'netAssetsStart',
  'netAssetsEnd',
  'specialFundIncome',
  'specialFundExpense',
  'amount',
];

/** Values that can never be accepted (a year no report is due for makes every save fail). */
export function oversightHostileInput(
  pick: <T>(items: readonly T[]) => T,
  randomString: () => string,
): Record<string, unknown> {
  const badMoney = () =>
    pick(['1.234', '-5.00', '0.001', '-0.01', '1e5', '١٢٣', '99999999999999999.99', randomString()]);
  return {
    ...Object.fromEntries(MONEY_FIELDS.map((field) => [field, badMoney()])),
    year: pick([1700, -1, 0, 2200, 2 ** 31 - 1]),
    reportId: randomString(),
    reportIds: [randomString()],
    decision: pick(['APPROVE', 'RETURN', 'MAYBE']),
    result: pick(['PASS', 'FAIL', 'EXCELLENT', null]),
    comment: randomString(),
    asOf: pick(['0001-01-01', '9999-12-31', '2019-02-30', randomString()]),
    auditCaseId: randomString(),
    rectificationId: randomString(),
    kind: pick(['SPECIAL_AUDIT', 'FINE', 'REVOCATION', 'NOPE']),
    category: pick(['OTHER', 'X']),
    severity: pick(['MINOR', 'X']),
    accepted: pick([true, false, 'yes']),
    workingDays: pick([0, -1, 100000, 2 ** 31]),
    ...Object.fromEntries(
      [
        'openedOn',
        'closedOn',
        'periodFrom',
        'periodTo',
        'foundOn',
        'decidedOn',
        'suspendedFrom',
        'suspendedUntil',
        'deadline',
      ].map((field) => [field, pick(['1800-01-01', '9999-12-31', '2019-02-30', randomString()])]),
    ),
    listingId: randomString(),
    applicationId: randomString(),
    approve: pick([true, false]),
    // A real sweep would change data: the fuzz sends only refused ones (absurd dates, what-if thresholds).
    dryRun: false,
    thresholds: { largeFineYuan: pick(['-1', '1.234', 'x']), escalationYears: pick([0, -1, 99]) },
    list: pick(['ABNORMAL_ACTIVITY', 'NOPE']),
    since: pick(['1800-01-01', '9999-12-31']),
    removedOn: pick(['1800-01-01', '9999-12-31']),
    rectification: { requirement: randomString(), workingDays: pick([0, -5, 999]), deadline: '9999-12-31' },
  };
}
