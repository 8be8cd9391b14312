import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { recordStatements, type StatementRecorder } from '../helpers/statements.js';

/**
 * The read path (issue 12): what a read sends to PostgreSQL, counted at the
 * driver. The list page is at most 2 statements with every value bound;
 * reads open no transaction and take no lock; the session is looked up once
 * and never reads the password hash; unfiltered totals come from the counts
 * the database maintains, exact after every registration and status change.
 */
let server: TestServer;
let officer: string;
let orgAccount: string;
let statements: StatementRecorder;

beforeAll(async () => {
  server = await startTestServer({ sample: 20 });
  officer = await server.login('officer');
  orgAccount = await server.login('org.demo');
  statements = recordStatements();
});
afterAll(async () => {
  statements?.stop();
  await server?.close();
});

async function sent<T>(query: string, variables?: Record<string, unknown>, token?: string) {
  statements.clear();
  const res = await server.gql<T>(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return { data: res.data!, statements: statements.reads() };
}

const LIST = `query($first: Int, $after: String) { organizations(first: $first, after: $after) {
  totalCount nodes { id name creditCode type status district { code name } sponsorUnit { name } rating { grade validUntil } }
  pageInfo { endCursor hasNextPage } } }`;
const DETAIL = `query($id: ID!) { organization(id: $id) { id name legalRepresentative domicile businessScope registeredCapital
  sponsorUnit { name } sponsorHistory { validFrom validTo reason sponsorUnit { name } } } }`;
const INLINED_LIST = /\bin \(\s*'?[\w-]+'?\s*(,|\))/i;

describe('the read path', () => {
  it('answers a list page in 2 statements whatever its size, every value bound', async () => {
    type Page = {
      organizations: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string } };
    };
    const small = await sent<Page>(LIST, { first: 5 });
    const large = await sent<Page>(LIST, { first: 100 });
    const next = await sent<Page>(LIST, { first: 100, after: large.data.organizations.pageInfo.endCursor });
    expect(large.data.organizations.nodes).toHaveLength(100);
    for (const page of [small, large, next]) {
      expect(page.statements.length).toBeLessThanOrEqual(2);
      for (const text of page.statements) expect(text).not.toMatch(INLINED_LIST);
    }
    // One text for every page size: PostgreSQL parses it once.
    expect(new Set([...small.statements, ...large.statements])).toEqual(new Set(large.statements));
    // Without totalCount, nothing is counted.
    const uncounted = await sent(
      `{ organizations(first: 50) { nodes { id district { name } sponsorUnit { name } } } }`,
    );
    expect(uncounted.statements).toHaveLength(1);
  });

  it('reads an officer’s detail without a transaction or a lock, the session looked up once', async () => {
    const list = await server.gql<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 1, filter: { registrationLevel: MUNICIPAL }) { nodes { id } } }`,
    );
    const id = list.data!.organizations.nodes[0].id;
    await sent(DETAIL, { id }, officer);
    const read = await sent<{ organization: { legalRepresentative: string } }>(DETAIL, { id }, officer);
    expect(read.data.organization.legalRepresentative).toBeTruthy();
    // Session, the record with its district and unit, the history with its units, the read event.
    expect(read.statements).toHaveLength(4);
    expect(read.statements.filter((s) => /from "?session"? /.test(s))).toHaveLength(1);
    for (const text of read.statements) {
      expect(text).not.toMatch(/^\s*(begin|commit)|advisory|password_hash/i);
      expect(text).not.toMatch(INLINED_LIST);
    }
    const own = await sent(DETAIL, { id: await ownOrganization() }, orgAccount);
    expect(own.statements).toHaveLength(3);
  });

  it('counts the whole register exactly after registrations and status changes', async () => {
    const total = async () =>
      (
        await server.gql<{ organizations: { totalCount: number } }>(
          `{ organizations(first: 1) { totalCount } }`,
        )
      ).data!.organizations.totalCount;
    const counted = async (statuses?: string[]) => {
      const query = server.orm.em.getKnex()('organization').count({ n: '*' });
      if (statuses) query.whereIn('status', statuses);
      return Number((await query.first())!.n);
    };
    const active = async () =>
      (
        await server.gql<{ organizations: { totalCount: number } }>(
          `{ organizations(first: 1, filter: { statuses: [ACTIVE] }) { totalCount } }`,
        )
      ).data!.organizations.totalCount;
    expect(await total()).toBe(await counted());
    const registered = await server.gql<{ registerOrganization: { organization: { id: string } } }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } } }`,
      { input: registrationInput() },
      { token: officer },
    );
    const id = registered.data!.registerOrganization.organization.id;
    expect(await total()).toBe(await counted());
    expect(await active()).toBe(await counted(['ACTIVE']));
    const suspended = await server.gql(
      `mutation($input: ChangeOrganizationStatusInput!) { changeOrganizationStatus(input: $input) { userErrors { code } } }`,
      { input: { organizationId: id, status: 'SUSPENDED', reason: '测试停止活动' } },
      { token: officer },
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data).toEqual({ changeOrganizationStatus: { userErrors: [] } });
    expect(await active()).toBe(await counted(['ACTIVE']));
    expect(await total()).toBe(await counted());
  });
});

async function ownOrganization(): Promise<string> {
  const me = await server.gql<{ me: { organization: { id: string } } }>(
    `{ me { organization { id } } }`,
    {},
    { token: orgAccount },
  );
  return me.data!.me.organization.id;
}
