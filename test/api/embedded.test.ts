import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinyinSortKey } from '../../server/common/pinyin.js';
import { registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// The no-setup path of `npm start`: the same migrations and code on PGlite,
// exercised even when the rest of the suite runs against PostgreSQL (CI).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sample: 50, embedded: true });
});
afterAll(() => server?.close());

describe('the embedded PostgreSQL', () => {
  it('runs PGlite behind the ordinary pg driver with one connection', async () => {
    expect(server.database.embedded).toBe(true);
    expect(server.database.poolMax).toBe(1);
    const version = await server.orm.em.getConnection().execute<{ version: string }[]>('select version()');
    expect(version[0].version).toMatch(/PGlite/);
  });

  it('serves search, registration and the trail the same way', async () => {
    const token = await server.login('officer');
    const search = await server.gql<{ organizations: { totalCount: number; nodes: { name: string }[] } }>(
      `{ organizations(first: 10, filter: { search: "协会" }) { totalCount nodes { name } } }`,
    );
    expect(search.data!.organizations.totalCount).toBeGreaterThan(0);
    for (const o of search.data!.organizations.nodes) expect(o.name).toContain('协会');
    const input = registrationInput();
    const reg = await server.gql<{
      registerOrganization: { organization: { creditCode: string }; userErrors: [] };
    }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { creditCode } userErrors { code } } }`,
      { input },
      { token },
    );
    expect(reg.data!.registerOrganization).toEqual({
      organization: { creditCode: input.creditCode },
      userErrors: [],
    });
    const verify = await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
      `{ verifyAuditTrail { valid } }`,
      {},
      { token },
    );
    expect(verify.data!.verifyAuditTrail.valid).toBe(true);
  });

  // public register (issue 9): the same pinyin order and pinyin search as on PostgreSQL.
  it('orders names by pinyin and finds them by initials as PostgreSQL does', async () => {
    const list = await server.gql<{ organizations: { nodes: { name: string }[] } }>(
      `{ organizations(first: 100, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`,
    );
    const names = list.data!.organizations.nodes.map((o) => o.name);
    const key = (name: string) => Buffer.from(`${pinyinSortKey(name)}\u0000${name}`);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(key(a), key(b))));
    const found = await server.gql<{
      organizations: { nodes: { name: string; englishName: string | null }[] };
    }>(`{ organizations(first: 20, filter: { search: "shanghai" }) { nodes { name englishName } } }`);
    expect(found.data!.organizations.nodes.length).toBeGreaterThan(0);
    for (const o of found.data!.organizations.nodes)
      expect(`${pinyinSortKey(o.name).replace(/ /g, '')} ${o.englishName ?? ''}`.toLowerCase()).toContain(
        'shanghai',
      );
  });
});
