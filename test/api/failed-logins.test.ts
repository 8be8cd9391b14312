import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * Failed logins and lockouts are on the trail for admins (issue 9): written
 * in a transaction of their own although the login fails, bounded by the
 * throttle (refused tries write nothing), and hidden from officers.
 */
let server: TestServer;
let admin: string;
let officer: string;

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;
const TRAIL = `query($action: AuditAction) {
  auditTrail(first: 50, filter: { action: $action }) { totalCount nodes { action actorName subjectId subjectName changes } }
}`;

type Trail = {
  auditTrail: {
    totalCount: number;
    nodes: {
      action: string;
      actorName: string | null;
      subjectId: string;
      subjectName: string;
      changes: Record<string, { after: unknown }>;
    }[];
  };
};

async function tryLogin(username: string, address: string) {
  const res = await server.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(
    LOGIN,
    { input: { username, password: 'wrong-password' } },
    { headers: { 'x-forwarded-for': address } },
  );
  return res.data!.login.userErrors.map((e) => e.code);
}

beforeAll(async () => {
  server = await startTestServer({ sample: 200, config: { loginFailuresPerAccount: 3 } });
  admin = await server.login('admin');
  officer = await server.login('officer');
});
afterAll(() => server?.close());

describe('failed logins on the trail', () => {
  it('records each failed login against the account tried, and the lockout once', async () => {
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await tryLogin('officer.pudong', '198.51.100.7'));
    // Three tries allowed, then refused while locked out.
    expect(codes.map((c) => c[0])).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
    const failed = await server.gql<Trail>(TRAIL, { action: 'LOGIN_FAILED' }, { token: admin });
    expect(failed.errors).toBeUndefined();
    const pudong = failed.data!.auditTrail.nodes.filter((n) => n.subjectName === 'officer.pudong');
    // Refused tries write nothing: three failures, not five.
    expect(pudong).toHaveLength(3);
    expect(pudong[0]).toMatchObject({ actorName: null, changes: { username: { after: 'officer.pudong' } } });
    expect(Buffer.from(pudong[0].subjectId, 'base64url').toString()).toMatch(/^Account:\d+$/);
    const locked = await server.gql<Trail>(TRAIL, { action: 'LOGIN_LOCKED_OUT' }, { token: admin });
    expect(locked.data!.auditTrail.nodes.filter((n) => n.subjectName === 'officer.pudong')).toHaveLength(1);
  });

  it('records a username that is no account as such', async () => {
    expect(await tryLogin('no.such.user', '198.51.100.8')).toEqual(['INVALID_CREDENTIALS']);
    const failed = await server.gql<Trail>(TRAIL, { action: 'LOGIN_FAILED' }, { token: admin });
    const unknown = failed.data!.auditTrail.nodes.find((n) => n.subjectName === 'no.such.user');
    expect(Buffer.from(unknown!.subjectId, 'base64url').toString()).toBe('UnknownUsername:no.such.user');
  });

  it('shows them to admins only: officers neither see them nor may filter by them', async () => {
    const all = await server.gql<Trail>(TRAIL, {}, { token: officer });
    expect(all.errors).toBeUndefined();
    expect(all.data!.auditTrail.nodes.map((n) => n.action)).not.toContain('LOGIN_FAILED');
    expect(all.data!.auditTrail.nodes.map((n) => n.action)).not.toContain('LOGIN_LOCKED_OUT');
    const filtered = await server.gql<Trail>(TRAIL, { action: 'LOGIN_FAILED' }, { token: officer });
    expect(filtered.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const csv = await fetch(`${server.url}/exports/audit-trail.csv?action=LOGIN_FAILED`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(csv.status).toBe(403);
  });

  it('keeps the chain sound', async () => {
    const verify = await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
      `{ verifyAuditTrail { valid } }`,
      {},
      { token: admin },
    );
    expect(verify.data!.verifyAuditTrail.valid).toBe(true);
  });
});
