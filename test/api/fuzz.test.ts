import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLInputObjectType } from 'graphql';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { tableFingerprints } from '../helpers/fingerprint.js';
// oversight: its mutations, inputs and tables
import {
  OVERSIGHT_INPUT_TYPES,
  OVERSIGHT_MUTATIONS,
  OVERSIGHT_QUERIES,
  OVERSIGHT_TABLES,
  oversightHostileInput,
} from './oversight/fuzz.rows.js';
// issue 10: procurement
import {
  procurementHostileInput,
  PROCUREMENT_INPUT_TYPES,
  PROCUREMENT_MUTATIONS,
  PROCUREMENT_QUERIES,
  PROCUREMENT_TABLES,
} from './procurement/fuzz.rows.js';

/**
 * Throws thousands of malformed requests at the running server, from a fixed
 * seed, and checks that it answers each with a clear 200/400/413 (never a
 * 5xx), keeps running, changes no data and keeps its audit trail valid.
 */
const REQUESTS = 3_000;
const CONCURRENCY = 8;
const random = seedrandom('fuzz-2026');

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (max: number) => Math.floor(random() * max);

const NASTY_STRINGS = [
  "' or 1=1 --",
  "'; drop table organization; --",
  '" onmouseover="alert(1)',
  '<script>alert(1)</script>',
  '\u0000\u0001\u0002',
  '\uD800',
  '𠀀𠀁𠀂'.repeat(50),
  '%s%s%s%n',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '浦东'.repeat(500),
  ' ',
  '',
  'null',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'YWRtaW4=',
  Buffer.from('Organization:1 or 1=1').toString('base64url'),
  Buffer.from('Organization:-1').toString('base64url'),
  Buffer.from('Account:99999999999999').toString('base64url'),
];

function randomString(): string {
  if (random() < 0.5) return pick(NASTY_STRINGS);
  const length = int(random() < 0.9 ? 40 : 5_000);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCodePoint(random() < 0.7 ? 32 + int(95) : int(0x2ffff));
  return s;
}

function randomValue(depth = 0): unknown {
  const kinds = ['string', 'int', 'huge', 'float', 'bool', 'null', 'array', 'object', 'deep'];
  switch (pick(depth > 3 ? kinds.slice(0, 6) : kinds)) {
    case 'string':
      return randomString();
    case 'int':
      return int(2_000) - 1_000;
    case 'huge':
      return pick([2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e300, -1e300]);
    case 'float':
      return random() * 1e6 - 5e5;
    case 'bool':
      return random() < 0.5;
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: int(5) }, () => randomValue(depth + 1));
    case 'object':
      return Object.fromEntries(
        Array.from({ length: int(5) }, () => [randomString().slice(0, 20), randomValue(depth + 1)]),
      );
    default: {
      let nested: unknown = 1;
      for (let i = 0; i < 200 + int(2_000); i++) nested = { a: nested };
      return nested;
    }
  }
}

/** Inputs that can never be valid: unknown IDs, impossible versions, usernames with forbidden characters. */
function hostileInput(): Record<string, unknown> {
  return {
    id: randomString(),
    organizationId: randomString(),
    accountId: randomString(),
    fromSponsorUnitId: randomString(),
    toSponsorUnitId: randomString(),
    sponsorUnitId: random() < 0.5 ? null : randomString(),
    version: pick([-1, 0, 2 ** 31 - 1, -(2 ** 31)]),
    creditCode: randomString().slice(0, 30),
    name: randomValue(),
    username: `Bad Name ${randomString()}`,
    password: randomValue(),
    newPassword: randomValue(),
    currentPassword: randomString(),
    effectiveOn: randomValue(),
    registeredOn: randomValue(),
    registeredCapital: randomValue(),
    status: pick(['ACTIVE', 'REVOKED', 'NOPE', 1]),
    type: pick(['SOCIAL_GROUP', 'FOUNDATION', 'X', null]),
    registrationLevel: pick(['MUNICIPAL', 'DISTRICT', 'CITY']),
    districtCode: randomValue(),
    reason: randomValue(),
    role: pick(['ADMIN', 'GOD', 7]),
    // oversight
    ...oversightHostileInput(pick, randomString),
    // funds (issue 11)
    fundId: randomString(),
    parentFundId: randomString(),
    reversesEntryId: randomString(),
    kind: pick(['DONATION', 'CHARITABLE_SPENDING', 'REVERSAL', 'STEAL', 0]),
    amount: pick(['-1.00', '0.00', '1e9', '99999999999999999.99', '1.001', 'NaN', randomString()]),
    scope: pick([['EDUCATION'], [], ['X'], randomValue()]),
    startedOn: randomValue(),
    occurredOn: randomValue(),
    balanceDestination: pick(['FOUNDATION', 'NAMED_PURPOSE', 'POCKET']),
    projectId: randomString(),
    duplicateOfId: randomString(),
    specialFundId: randomString(),
    countyCode: pick(['653130', '310115', randomString()]),
    category: pick(['INDUSTRY', 'MAGIC', null]),
    beneficiaryPeople: pick([-1, 2 ** 31, 1.5, 'many']),
    startsOn: randomValue(),
    separation: pick(['FUNCTIONS', 'PERSONNEL', 'NONE']),
    completedOn: randomValue(),
    evidence: randomValue(),
    industryDepartmentId: randomString(),
    // issue 9: change applications, contact details
    changes: pick([
      { domicile: randomValue(), name: randomValue(), registeredCapital: randomValue() },
      { sponsorUnitId: randomString(), businessScope: randomString() },
      {},
      randomValue(),
    ]),
    applicationId: randomString(),
    decision: pick(['APPROVE', 'REJECT', 'MAYBE', null]),
    comment: randomValue(),
    phone: randomValue(),
    email: pick([randomString(), 'a@b', '@example.org', 'x@例子.中国']),
    website: pick([randomString(), 'javascript:alert(1)', 'http://localhost', 'ftp://example.org']),
    // issue 10: procurement
    ...procurementHostileInput(pick, randomString),
  };
}

const QUERIES = [
  `query($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) { organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount nodes { name legalRepresentative sponsorHistory { validFrom } } } }`,
  `query($id: ID!) { organization(id: $id) { name domicile } node(id: $id) { id } }`,
  `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
  `query($creditCode: String!) { organizationByCreditCode(creditCode: $creditCode) { id } }`,
  `query($first: Int, $filter: SponsorUnitFilter) { sponsorUnits(first: $first, filter: $filter) { nodes { name } } }`,
  `query($first: Int, $after: String, $filter: AuditTrailFilter) { auditTrail(first: $first, after: $after, filter: $filter) { totalCount } }`,
  `query($first: Int, $filter: AccountFilter) { accounts(first: $first, filter: $filter) { totalCount } }`,
  // oversight
  ...OVERSIGHT_QUERIES,
  // funds (issue 11)
  `query($first: Int, $after: String, $filter: SpecialFundFilter) { specialFunds(first: $first, after: $after, filter: $filter) { totalCount nodes { balance warnings { code } ledger(first: $first, after: $after) { totalCount } } } }`,
  `query($id: ID!) { specialFund(id: $id) { name ledger(first: 5) { nodes { amount } } } }`,
  `query($first: Int, $after: String, $filter: ReliefProjectFilter) { reliefProjects(first: $first, after: $after, filter: $filter) { totalCount nodes { title region { county } } } }`,
  `query($first: Int) { reliefStatistics(year: $first, districtCodes: ["x"]) { projectCount byRegion { key } } reliefDuplicateCandidates(year: $first, first: $first) { similarity } }`,
  `query($first: Int, $after: String, $filter: DecouplingFilter) { decouplings(first: $first, after: $after, filter: $filter) { totalCount nodes { decoupling { state regressions { code } } } } decouplingProgress { total } }`,
  // issue 9: change applications
  `query($first: Int, $after: String, $filter: ChangeApplicationFilter) { changeApplications(first: $first, after: $after, filter: $filter) { totalCount nodes { status changes { field before after } filedBy { displayName } } } }`,
  // issue 10: procurement
  ...PROCUREMENT_QUERIES,
];
const MUTATIONS = [
  'registerOrganization(input: $input) { organization { id } userErrors { code } }',
  'updateOrganization(input: $input) { organization { id } userErrors { code } }',
  'changeOrganizationStatus(input: $input) { organization { id } userErrors { code } }',
  'changeSponsorUnit(input: $input) { organization { id } userErrors { code } }',
  'correctSponsorshipPeriod(input: $input) { organization { id } userErrors { code } }',
  'transferSponsorUnit(input: $input) { transferredCount userErrors { code } }',
  'createAccount(input: $input) { account { id } userErrors { code } }',
  'disableAccount(input: $input) { account { id } userErrors { code } }',
  'resetPassword(input: $input) { account { id } userErrors { code } }',
  'changePassword(input: $input) { account { id } userErrors { code } }',
  'login(input: $input) { token userErrors { code } }',
  // oversight
  ...OVERSIGHT_MUTATIONS,
  // funds (issue 11)
  'establishSpecialFund(input: $input) { specialFund { id } userErrors { code } }',
  'recordFundTransaction(input: $input) { entry { id } userErrors { code } }',
  'changeSpecialFundStatus(input: $input) { specialFund { id } userErrors { code } }',
  'registerReliefProject(input: $input) { reliefProject { id } userErrors { code } }',
  'updateReliefProject(input: $input) { reliefProject { id } userErrors { code } }',
  'linkReliefDuplicate(input: $input) { reliefProject { id } userErrors { code } }',
  'recordDecouplingSeparation(input: $input) { organization { id } userErrors { code } }',
  'completeDecoupling(input: $input) { organization { id } userErrors { code } }',
  // issue 9: change applications, contact details, first accounts
  'fileChangeApplication(input: $input) { application { id } userErrors { code } }',
  'reviewChangeApplication(input: $input) { application { id } organization { id } userErrors { code } }',
  'withdrawChangeApplication(input: $input) { application { id } userErrors { code } }',
  'updateContactDetails(input: $input) { organization { id } userErrors { code } }',
  'issueOrganizationAccount(input: $input) { oneTimePassword userErrors { code } }',
  // issue 10: procurement
  ...PROCUREMENT_MUTATIONS,
];
const INPUT_TYPES: Record<string, string> = {
  registerOrganization: 'RegisterOrganizationInput',
  updateOrganization: 'UpdateOrganizationInput',
  changeOrganizationStatus: 'ChangeOrganizationStatusInput',
  changeSponsorUnit: 'ChangeSponsorUnitInput',
  correctSponsorshipPeriod: 'CorrectSponsorshipPeriodInput',
  transferSponsorUnit: 'TransferSponsorUnitInput',
  createAccount: 'CreateAccountInput',
  disableAccount: 'AccountIdInput',
  resetPassword: 'ResetPasswordInput',
  changePassword: 'ChangePasswordInput',
  login: 'LoginInput',
  // oversight
  ...OVERSIGHT_INPUT_TYPES,
  // funds (issue 11)
  establishSpecialFund: 'EstablishSpecialFundInput',
  recordFundTransaction: 'RecordFundTransactionInput',
  changeSpecialFundStatus: 'ChangeSpecialFundStatusInput',
  registerReliefProject: 'RegisterReliefProjectInput',
  updateReliefProject: 'UpdateReliefProjectInput',
  linkReliefDuplicate: 'LinkReliefDuplicateInput',
  recordDecouplingSeparation: 'RecordDecouplingSeparationInput',
  completeDecoupling: 'CompleteDecouplingInput',
  // issue 9
  fileChangeApplication: 'FileChangeApplicationInput',
  reviewChangeApplication: 'ReviewChangeApplicationInput',
  withdrawChangeApplication: 'WithdrawChangeApplicationInput',
  updateContactDetails: 'UpdateContactDetailsInput',
  issueOrganizationAccount: 'IssueOrganizationAccountInput',
  // issue 10: procurement
  ...PROCUREMENT_INPUT_TYPES,
};

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

/** Hostile values for the fields the input type has, so most requests reach the services' own checks. */
function hostileInputFor(typeName: string): Record<string, unknown> {
  const type = schema.getType(typeName) as GraphQLInputObjectType;
  const values = hostileInput();
  return Object.fromEntries(
    Object.keys(type.getFields()).map((field) => [field, values[field] ?? randomString()]),
  );
}

interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

function makeRequest(tokens: string[]): FuzzRequest {
  const token = pick([undefined, ...tokens]);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (random() < 0.2)
    headers['accept-language'] = randomString()
      .slice(0, 50)
      .replace(/[^\x20-\x7e]/g, '');
  const json = (kind: string, payload: unknown): FuzzRequest => ({
    kind,
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify(payload),
  });
  const roll = random();
  if (roll < 0.12) return json('garbage query text', { query: randomString() });
  if (roll < 0.4)
    return json('valid query, hostile variables', { query: pick(QUERIES), variables: hostileVariables() });
  if (roll < 0.7) {
    const mutation = pick(MUTATIONS);
    const name = mutation.slice(0, mutation.indexOf('('));
    return json('mutation, hostile input', {
      query: `mutation($input: ${INPUT_TYPES[name]}!) { ${mutation} }`,
      variables: { input: random() < 0.85 ? hostileInputFor(INPUT_TYPES[name]) : randomValue() },
    });
  }
  if (roll < 0.76)
    return json(
      'wrong JSON shape',
      pick([randomValue(), [], [{ query: '{ me { id } }' }], { query: 42 }, { variables: '{' }]),
    );
  if (roll < 0.82) {
    const depth = 100 + int(3_000);
    return json('deeply nested query text', { query: `${'{ me '.repeat(depth)}${'}'.repeat(depth)}` });
  }
  if (roll < 0.86)
    return json('many aliases', {
      query: `{ ${Array.from({ length: 500 + int(2_000) }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
    });
  if (roll < 0.9) {
    const bytes = Buffer.from(
      JSON.stringify({ query: `{ organizations(first: 1) { totalCount } }`, variables: { s: 'xx' } }),
    );
    for (let i = 0; i < 5; i++) bytes[int(bytes.length)] = 0x80 + int(0x80);
    return { kind: 'invalid UTF-8 / corrupt bytes', method: 'POST', path: '/graphql', headers, body: bytes };
  }
  if (roll < 0.93)
    return {
      kind: 'wrong content type',
      method: 'POST',
      path: '/graphql',
      headers: {
        ...headers,
        'content-type': pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ]),
      },
      body: randomString(),
    };
  if (roll < 0.97) {
    const query = encodeBytes(random() < 0.5 ? randomString() : pick(QUERIES));
    return {
      kind: 'GET with odd parameters',
      method: 'GET',
      path: `/graphql?query=${query}&variables=${encodeBytes(randomString())}`,
      headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  }
  return json('oversized body', {
    query: '{ me { id } }',
    variables: { pad: 'x'.repeat(2_000_000 + int(9_000_000)) },
  });
}

/** Percent-encodes every byte, so even lone surrogates make a URL. */
function encodeBytes(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

function hostileVariables(): Record<string, unknown> {
  return {
    first: pick([-1, 0, 101, 2 ** 31, 1e300, 'ten', null, 5]),
    after: randomValue(),
    id: randomString(),
    ids: Array.from({ length: int(120) }, () => randomString().slice(0, 50)),
    creditCode: randomString(),
    filter:
      random() < 0.5
        ? randomValue()
        : {
            search: randomString(),
            types: [randomString()],
            minRating: randomValue(),
            districtCodes: [randomString()],
            sponsorUnitId: randomString(),
            from: randomString(),
          },
    orderBy:
      random() < 0.5 ? randomValue() : { field: pick(['NAME', 'X']), direction: pick(['ASC', 'SIDEWAYS']) },
  };
}

let server: TestServer;
let tokens: string[];
beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  tokens = await Promise.all(
    ['admin', 'officer', 'officer.pudong', 'org.demo', 'buyer.demo'].map((u) => server.login(u)),
  );
});
afterAll(() => server?.close());

const TABLES = [
  'district',
  'sponsor_unit',
  'industry_department',
  'organization',
  'sponsorship_period',
  'account',
  // oversight
  ...OVERSIGHT_TABLES,
  // funds (issue 11)
  'special_fund',
  'fund_ledger_entry',
  'relief_project',
  'relief_progress_update',
  'decoupling',
  'decoupling_item',
  // issue 9
  'change_application',
  // issue 10: procurement
  ...PROCUREMENT_TABLES,
];

const fingerprint = () => tableFingerprints(server.orm.em.getKnex(), TABLES);

describe('fuzzing the running server', () => {
  it(`answers ${REQUESTS} malformed requests with 4xx or userErrors, changing nothing`, async () => {
    const before = await fingerprint();
    const requests = Array.from({ length: REQUESTS }, () => makeRequest(tokens));
    const statuses = new Map<string, number>();
    const kinds = new Map<string, number>();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++];
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        const res = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await res.text();
        const outcome =
          res.status === 200 && /"userErrors":\[\{/.test(text) ? '200 with userErrors' : String(res.status);
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        // 413: body too large, 415: not JSON, 431: a URL too long for the HTTP server.
        if (![200, 400, 413, 415, 431].includes(res.status))
          failures.push(`${request.kind}: ${res.status} ${text.slice(0, 300)}`);
        if (/INTERNAL_SERVER_ERROR|stacktrace| {4}at /.test(text))
          failures.push(`${request.kind}: leaked ${text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(
      'fuzz requests by kind:',
      Object.fromEntries(kinds),
      'statuses:',
      Object.fromEntries(statuses),
    );
    expect(failures.slice(0, 10)).toEqual([]);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await fingerprint()).toEqual(before);
    const verify = await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
      `{ verifyAuditTrail { valid } }`,
      {},
      { token: tokens[0] },
    );
    expect(verify.data!.verifyAuditTrail.valid).toBe(true);
  }, 300_000);
});
