import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { verifyTrail, verifyTrailFully } from '../helpers/trail-verify.js';

let server: TestServer;
let officer: string;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 200 });
  admin = await server.login('admin');
  officer = await server.login('officer');
});
afterAll(() => server?.close());

const VERIFY = `{ verifyAuditTrail { valid checkedEvents firstBrokenEventId } }`;

describe('the audit trail', () => {
  it('chains every change and verifies', async () => {
    for (let i = 0; i < 3; i++) {
      await server.gql(
        `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { userErrors { code } } }`,
        { input: registrationInput() },
        { token: officer, headers: { 'x-request-id': `req-${i}` } },
      );
    }
    const res = await server.gql<{ verifyAuditTrail: { valid: boolean; checkedEvents: number } }>(
      VERIFY,
      {},
      { token: officer },
    );
    expect(res.data!.verifyAuditTrail.valid).toBe(true);
    // the demo load, the logins and three registrations
    expect(res.data!.verifyAuditTrail.checkedEvents).toBeGreaterThanOrEqual(5);
    const rows = await server.orm.em
      .getKnex()('audit_event')
      .where({ action: 'registerOrganization' })
      .orderBy('id');
    expect(rows.map((r: { request_id: string }) => r.request_id)).toEqual(['req-0', 'req-1', 'req-2']);
  });

  it('refuses edits and deletes at the database, and detects a tampered row', async () => {
    const knex = server.orm.em.getKnex();
    const last = await knex('audit_event').orderBy('id', 'desc').first();
    await expect(knex('audit_event').where({ id: last.id }).update({ action: 'forged' })).rejects.toThrow(
      /append-only/,
    );
    await expect(knex('audit_event').where({ id: last.id }).delete()).rejects.toThrow(/append-only/);
    await expect(knex.raw('truncate audit_event')).rejects.toThrow(/append-only/);

    // Someone with the power to disable the trigger still cannot hide an edit.
    const victim = await knex('audit_event').where({ action: 'registerOrganization' }).orderBy('id').first();
    await knex.raw('alter table audit_event disable trigger audit_event_no_update');
    await knex('audit_event').where({ id: victim.id }).update({ actor_name: 'someone.else' });
    await knex.raw('alter table audit_event enable trigger audit_event_no_update');
    // The edit lies before the checkpoint the first test's verification signed: the full check from genesis finds it.
    const full = await verifyTrailFully(server, admin);
    expect(full.valid).toBe(false);
    expect(full.firstBrokenEventId).toBe(Buffer.from(`AuditEvent:${victim.id}`).toString('base64url'));
    // The officers' check starts after that checkpoint and hashes only the newer events (none here).
    const incremental = await verifyTrail(server, officer);
    expect(incremental.fromCheckpointEventId).not.toBeNull();
    expect(incremental.checkedEvents).toBe(0);
  });

  it('names each subject, and leaves reads and sessions out of a change history on request', async () => {
    const res = await server.gql<{
      auditTrail: { nodes: { action: string; subjectId: string; subjectName: string | null }[] };
    }>(`{ auditTrail(first: 100) { nodes { action subjectId subjectName } } }`, {}, { token: officer });
    const nodes = res.data!.auditTrail.nodes;
    const registered = nodes.find((n) => n.action === 'REGISTER_ORGANIZATION')!;
    expect(registered.subjectName).toMatch(/^上海市测试登记协会/);
    expect(nodes.find((n) => n.action === 'LOGIN')!.subjectName).toBe('officer');
    const changes = await server.gql<{ auditTrail: { totalCount: number; nodes: { action: string }[] } }>(
      `{ auditTrail(first: 100, filter: { changesOnly: true }) { totalCount nodes { action } } }`,
      {},
      { token: officer },
    );
    const actions = new Set(changes.data!.auditTrail.nodes.map((n) => n.action));
    expect(actions.has('REGISTER_ORGANIZATION')).toBe(true);
    expect(actions.has('LOGIN')).toBe(false);
    expect(actions.has('READ_ORGANIZATION_DETAILS')).toBe(false);
  });

  it('is for officers only', async () => {
    const buyer = await server.login('buyer.demo');
    expect((await server.gql(VERIFY, {}, { token: buyer })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(`{ auditTrail(first: 1) { totalCount } }`)).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
