/**
 * The fuzz test's part for procurement (test/api/fuzz.test.ts merges it): its mutations, their
 * input types, hostile values that can never be accepted (unknown IDs, a category that is not
 * one, weights that do not sum, prices and ratings out of range, money with three decimals,
 * dates out of any need's range, odd Unicode in texts) and the tables that must not
 * change. `unsubscribeFromNeeds` has no fields to fuzz and would remove the demo subscription,
 * so it is left out.
 */
export const PROCUREMENT_MUTATIONS = [
  'saveServiceNeed(input: $input) { serviceNeed { id } userErrors { code } }',
  'publishServiceNeed(input: $input) { serviceNeed { id } userErrors { code } }',
  'closeServiceNeed(input: $input) { serviceNeed { id } userErrors { code } }',
  'cancelServiceNeed(input: $input) { serviceNeed { id } userErrors { code } }',
  'amendServiceNeed(input: $input) { serviceNeed { id } userErrors { code } }',
  'submitProposal(input: $input) { proposal { id } userErrors { code } }',
  'withdrawProposal(input: $input) { proposal { id } userErrors { code } }',
  'evaluateProposal(input: $input) { proposal { id } userErrors { code } }',
  'awardServiceNeed(input: $input) { contract { id } userErrors { code } }',
  'rateContract(input: $input) { contract { id } userErrors { code } }',
  'updateSupplierProfile(input: $input) { supplierProfile { capacity } userErrors { code } }',
  'subscribeToNeeds(input: $input) { subscription { categories } userErrors { code } }',
  'markNotificationRead(input: $input) { notification { id } userErrors { code } }',
];

export const PROCUREMENT_INPUT_TYPES: Record<string, string> = {
  saveServiceNeed: 'SaveServiceNeedInput',
  publishServiceNeed: 'ServiceNeedActionInput',
  closeServiceNeed: 'ServiceNeedActionInput',
  cancelServiceNeed: 'CancelServiceNeedInput',
  amendServiceNeed: 'AmendServiceNeedInput',
  submitProposal: 'SubmitProposalInput',
  withdrawProposal: 'WithdrawProposalInput',
  evaluateProposal: 'EvaluateProposalInput',
  awardServiceNeed: 'AwardServiceNeedInput',
  rateContract: 'RateContractInput',
  updateSupplierProfile: 'UpdateSupplierProfileInput',
  subscribeToNeeds: 'SubscribeToNeedsInput',
  markNotificationRead: 'MarkNotificationReadInput',
};

export const PROCUREMENT_QUERIES = [
  `query($first: Int, $after: String, $filter: ServiceNeedFilter) { serviceNeeds(first: $first, after: $after, filter: $filter) { totalCount nodes { title status proposalCount districts { code } } } }`,
  `query($id: ID!, $first: Int) { supplierMatches(needId: $id, first: $first, includeIneligible: true) { score reasons { detail } blockers { rule } } supplierReadiness(needId: $id) { eligible } }`,
  `query($id: ID, $first: Int) { fittingServiceNeeds(organizationId: $id, first: $first, includeIneligible: true) { score need { title } } }`,
  `query($first: Int, $after: String, $filter: RedFlagFilter) { procurementRedFlags(first: $first, after: $after, filter: $filter) { totalCount nodes { detail } } }`,
];

export const PROCUREMENT_TABLES = [
  'service_need',
  'service_need_amendment',
  'proposal',
  'proposal_score',
  'service_contract',
  'supplier_profile',
  'need_subscription',
  'procurement_notification',
];

const ODD_TEXT = [
  '\u202e服务',
  '\u200b\u200b',
  '\u3000 \u00a0',
  '需求\u001b[31m',
  '\u0301',
  '\ud800',
  'a\u0000b',
];

/** Values no procurement mutation accepts; fields shared with other modules keep theirs. */
export function procurementHostileInput(
  pick: <T>(items: readonly T[]) => T,
  randomString: () => string,
): Record<string, unknown> {
  return {
    needId: randomString(),
    proposalId: randomString(),
    contractId: randomString(),
    notificationId: randomString(),
    budget: pick(['-1.00', '0.00', '1.001', '1e9', '99999999999999999.99', randomString()]),
    price: pick(['-1.00', '0.00', '1.001', 'NaN', randomString()]),
    deadline: pick([
      '2019-13-01T00:00:00Z',
      'tomorrow',
      '0000-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      '2099-01-01T00:00:00+08:00',
      randomString(),
    ]),
    serviceStart: pick(['2019-02-30', '9999-99-99', '1899-01-01', '2999-12-31', randomString()]),
    serviceEnd: pick(['2019-02-30', '', '0001-01-01', randomString()]),
    // odd Unicode: a bidirectional override, zero-width or ideographic spaces only, an escape
    // sequence, a combining mark alone, a lone surrogate, NUL (test/api/procurement/hostile-input.test.ts
    // tries each alone on a valid need)
    title: pick(ODD_TEXT),
    plan: pick(ODD_TEXT),
    team: pick(ODD_TEXT),
    weights: pick([
      [{ factor: 'PRICE', weight: 5 }],
      [{ factor: 'PRICE', weight: 200 }],
      [{ factor: 'MAGIC', weight: 50 }],
      randomString(),
    ]),
    requirements: pick([{ minRating: 9 }, { minYears: -1 }, { organizationTypes: ['X'] }, randomString()]),
    scores: pick([[{ factor: 'PRICE', points: '10' }], [{ factor: 'X', points: '1' }], randomString()]),
    rating: pick([0, 6, -1, 2 ** 31, 1.5, 'five']),
    capacity: pick([-1, 2 ** 31, 1.5, 'many']),
    staff: pick([
      [{ qualification: 'WIZARD', count: 1 }],
      [{ qualification: 'LAWYER', count: -1 }],
      randomString(),
    ]),
    categories: pick([['MAGIC'], 'x', [randomString()]]),
    districtCodes: pick([['999999'], ['31011'], [randomString()], 'x']),
  };
}
