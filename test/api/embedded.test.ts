import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
