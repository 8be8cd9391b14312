import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/** The trail export (D1), CSV injection (D11) and who sees client addresses (D17). */
let server: TestServer;
let officer: string;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  [officer, admin] = await Promise.all([server.login('officer.pudong'), server.login('admin')]);
});
afterAll(() => server?.close());

const exportOf = (query: string, token: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/exports/audit-trail.csv?${query}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });

async function alive() {
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
}

describe('the audit-trail export', () => {
  it('refuses input the database cannot take before running anything, and stays up', async () => {
    for (const query of [
      'subjectId=%00',
      'changesOnly=maybe',
      'from=yesterday',
      'action=' + 'x'.repeat(100),
    ]) {
      const res = await exportOf(query, officer, { 'accept-language': 'en' });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'BAD_USER_INPUT' });
    }
    await alive();
    const unknown = await exportOf('action=constructor', officer);
    expect(unknown.status).toBe(200);
    expect((await unknown.text()).trim().split('\n')).toHaveLength(1);
  });

  it('answers a failure before the first row with an error, and one after it with an error line', async () => {
    const knex = server.orm.em.getKnex();
    await knex.raw('alter table audit_event rename to audit_event_away');
    try {
      const res = await exportOf('', officer);
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await knex.raw('alter table audit_event_away rename to audit_event');
    }
    await alive();

    // More than one batch of big events; the reader waits, so the export is paused after the first batch.
    const pad = 'x'.repeat(4_000);
    const rows = Array.from({ length: 2_100 }, (_, i) => ({
      action: 'loadDemoData',
      subject_type: 'Dataset',
      subject_key: `pad-${i}`,
      changes: JSON.stringify({ pad: { before: null, after: pad } }),
      previous_hash: '0'.repeat(64),
      hash: '0'.repeat(64),
    }));
    for (let i = 0; i < rows.length; i += 500) await knex('audit_event').insert(rows.slice(i, i + 500));
    const res = await exportOf('action=loadDemoData', admin);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();
    await knex.raw('alter table audit_event rename to audit_event_away');
    let text = '';
    try {
      const decoder = new TextDecoder();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        text += decoder.decode(chunk.value, { stream: true });
    } finally {
      await knex.raw('alter table audit_event_away rename to audit_event');
    }
    expect(text.trim().split('\n').at(-1)).toMatch(/^# 导出中断/);
    await alive();
  });

  it('neutralizes cells a spreadsheet would evaluate, and keeps only safe request ids', async () => {
    const mutation = `mutation { logout(input: {}) { userErrors { code } } }`;
    const token = await server.login('officer');
    const post = (requestId: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': requestId,
        },
        body: JSON.stringify({ query: mutation }),
      });
    await post('=HYPERLINK("http://evil.example","x")');
    const [event] = await server.orm.em
      .getKnex()('audit_event')
      .where({ action: 'logout' })
      .orderBy('id', 'desc')
      .limit(1);
    expect(event.request_id).toMatch(/^[0-9a-f-]{36}$/);

    await server.orm.em
      .getKnex()('audit_event')
      .insert({
        action: 'loadDemoData',
        subject_type: 'Dataset',
        subject_key: 'formula',
        actor_name: '=1+2',
        role: '@SUM(A1)',
        changes: JSON.stringify({}),
        request_id: '-2+3',
        previous_hash: '0'.repeat(64),
        hash: '0'.repeat(64),
      });
    const csv = await (await exportOf('action=loadDemoData', admin)).text();
    const line = csv.split('\n').find((l) => l.includes('1+2'))!;
    expect(line).toContain(`'=1+2`);
    expect(line).toContain(`'@SUM(A1)`);
    expect(line).toContain(`'-2+3`);
  });

  it('shows client addresses to admins only, in the CSV and in GraphQL alike', async () => {
    const header = async (token: string) =>
      (await (await exportOf('action=login', token)).text()).replace(/^\uFEFF/, '').split('\n')[0];
    // The export's columns are named in the caller's language (issue 9): 客户端地址, the client address.
    expect(await header(admin)).toContain('客户端地址');
    expect(await header(officer)).not.toContain('客户端地址');
    const query = `{ auditTrail(first: 1, filter: { action: LOGIN }) { nodes { clientAddress } } }`;
    const asAdmin = await server.gql<{ auditTrail: { nodes: { clientAddress: string }[] } }>(
      query,
      {},
      { token: admin },
    );
    expect(asAdmin.data!.auditTrail.nodes[0].clientAddress).toBeTruthy();
    const asOfficer = await server.gql(query, {}, { token: officer });
    expect(asOfficer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
