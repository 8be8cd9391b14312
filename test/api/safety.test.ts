import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_COMPLEXITY } from '../../server/graphql/limits.js';
import { OrganizationType } from '../../server/modules/registry/enums.js';
import { freshCreditCode, registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { subjectColumns } from '../helpers/trail.js';

let server: TestServer;
let officer: string;
let pudongOfficer: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 40 });
  [officer, pudongOfficer] = await Promise.all([server.login('officer'), server.login('officer.pudong')]);
});
afterAll(() => server?.close());

async function post(body: string | Buffer, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('limits checked before a query runs', () => {
  it('refuses a query costlier than the limit, however it is spread over aliases', async () => {
    const page = `organizations(first: 100) { nodes { name district { name } sponsorUnit { name } } }`;
    expect((await server.gql(`{ ${page} }`)).errors).toBeUndefined();
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ${page}`).join(' ');
    const res = await server.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toContain(String(MAX_QUERY_COMPLEXITY));
  });

  it('refuses batched requests, bodies over 1 MB and broken JSON with 4xx, not 5xx', async () => {
    const batch = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(batch.status).toBe(400);
    const huge = await post(
      JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
    );
    expect(huge.status).toBe(413);
    const broken = await post('{"query": "{ me { id } }"');
    expect(broken.status).toBe(400);
    const notUtf8 = await post(Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    expect(notUtf8.status).toBe(400);
  });

  it('refuses more than 100 ids at once', async () => {
    const ids = Array.from({ length: 101 }, (_, i) =>
      Buffer.from(`Organization:${i + 1}`).toString('base64url'),
    );
    const res = await server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids },
      { locale: 'en' },
    );
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/at most 100/);
  });

  it('never shows a stack trace or SQL in an error', async () => {
    const res = await server.gql(
      `{ organizations(first: 5, filter: { search: "'; drop table organization; --" }) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const bad = await server.gql(`{ organization(id: "${'A'.repeat(5000)}") { name } }`);
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|select |at \w+ \(/i);
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy without inline scripts and the usual hardening headers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('keeps CORS closed: no browser on another origin may read the API', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post(JSON.stringify({ query: '{ me { id } }' }), { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the trail as each officer sees it', () => {
  it('records officers reading internal fields, once per record and request', async () => {
    const org = await server.gql<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 3, filter: { registrationLevel: MUNICIPAL }) { nodes { id } } }`,
    );
    const ids = org.data!.organizations.nodes.map((n) => n.id);
    const readsOf = () =>
      server.orm.em
        .getKnex()('audit_event')
        .where({ action: 'readOrganizationDetails', subject_type: 'Organization' })
        .whereIn(
          'subject_key',
          ids.map((id) => subjectColumns(id).subject_key),
        );
    const before = (await readsOf()).length;
    await server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { legalRepresentative domicile } } }`,
      { ids },
      { token: officer },
    );
    const reads = await readsOf();
    expect(reads).toHaveLength(before + 3);
    expect(reads.every((r: { actor_name: string }) => r.actor_name === 'officer')).toBe(true);
    // Public fields are not sensitive reads.
    await server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { name } } }`,
      { ids },
      { token: officer },
    );
    expect(await readsOf()).toHaveLength(before + 3);
  });

  it("shows a district officer its district's events only, in lists, counts and exports", async () => {
    const pudong = await server.gql<{
      registerOrganization: { organization: { id: string; creditCode: string } };
    }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id creditCode } } }`,
      {
        input: registrationInput({
          registrationLevel: 'DISTRICT',
          districtCode: '310115',
          creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310115'),
        }),
      },
      { token: officer },
    );
    const municipal = await server.gql<{ registerOrganization: { organization: { id: string } } }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } } }`,
      { input: registrationInput() },
      { token: officer },
    );
    const TRAIL = `query($action: AuditAction) { auditTrail(first: 100, filter: { action: $action }) { totalCount nodes { subjectId actorName } } }`;
    const all = await server.gql<{ auditTrail: { totalCount: number; nodes: { subjectId: string }[] } }>(
      TRAIL,
      { action: 'REGISTER_ORGANIZATION' },
      { token: officer },
    );
    const subjects = all.data!.auditTrail.nodes.map((n) => n.subjectId);
    expect(subjects).toContain(pudong.data!.registerOrganization.organization.id);
    expect(subjects).toContain(municipal.data!.registerOrganization.organization.id);
    const district = await server.gql<{ auditTrail: { totalCount: number; nodes: { subjectId: string }[] } }>(
      TRAIL,
      { action: 'REGISTER_ORGANIZATION' },
      { token: pudongOfficer },
    );
    expect(district.data!.auditTrail.nodes.map((n) => n.subjectId)).toEqual([
      pudong.data!.registerOrganization.organization.id,
    ]);
    expect(district.data!.auditTrail.totalCount).toBe(1);

    const csv = await fetch(`${server.url}/exports/audit-trail.csv?action=registerOrganization`, {
      headers: { authorization: `Bearer ${pudongOfficer}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    // Headed in the caller's language, subjects by name and credit code (issue 9: test/api/trail-export.test.ts).
    expect(lines[0]).toBe(
      '编号,时间（北京时间）,操作人,角色,操作,对象类型,对象名称,统一社会信用代码,变更内容,请求编号,哈希',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(pudong.data!.registerOrganization.organization.creditCode);

    // The same rules hold when an event or a history period is asked for by its ID.
    const NODE = `query($id: ID!) { node(id: $id) { id } }`;
    const knex = server.orm.em.getKnex();
    const municipalEvent = await knex('audit_event')
      .where({
        action: 'registerOrganization',
        ...subjectColumns(municipal.data!.registerOrganization.organization.id),
      })
      .first();
    const eventId = Buffer.from(`AuditEvent:${municipalEvent.id}`).toString('base64url');
    expect(
      (await server.gql<{ node: unknown }>(NODE, { id: eventId }, { token: officer })).data!.node,
    ).toEqual({ id: eventId });
    expect(
      (await server.gql<{ node: unknown }>(NODE, { id: eventId }, { token: pudongOfficer })).data!.node,
    ).toBeNull();
    const period = await knex('sponsorship_period')
      .where({
        organization_id: Number(
          Buffer.from(municipal.data!.registerOrganization.organization.id, 'base64url')
            .toString()
            .split(':')[1],
        ),
      })
      .first();
    const periodId = Buffer.from(`SponsorshipPeriod:${period.id}`).toString('base64url');
    const buyerToken = await server.login('buyer.demo');
    expect(
      (await server.gql<{ node: unknown }>(NODE, { id: periodId }, { token: officer })).data!.node,
    ).toEqual({ id: periodId });
    expect(
      (await server.gql<{ node: unknown }>(NODE, { id: periodId }, { token: buyerToken })).data!.node,
    ).toBeNull();
    expect(
      (await server.gql<{ node: unknown }>(NODE, { id: periodId }, { token: pudongOfficer })).data!.node,
    ).toBeNull();

    const full = await fetch(`${server.url}/exports/audit-trail.csv?action=registerOrganization`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect((await full.text()).trim().split('\n').length).toBe(subjects.length + 1);
    expect((await fetch(`${server.url}/exports/audit-trail.csv`)).status).toBe(401);
    const buyer = await server.login('buyer.demo');
    expect(
      (
        await fetch(`${server.url}/exports/audit-trail.csv`, {
          headers: { authorization: `Bearer ${buyer}` },
        })
      ).status,
    ).toBe(403);
  });
});
