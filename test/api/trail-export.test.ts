import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateTimeOf } from '../../server/common/clock.js';
import { REGISTER, registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The trail export is for people (issue 9): columns in the caller's language,
 * actions and roles by their labels, subjects by name and credit code (no
 * base64 IDs), times in Shanghai's local time.
 */
let server: TestServer;
let officer: string;
let org: { id: string; creditCode: string; name: string };

/** Splits CSV text into rows of cells (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      cell += c;
    } else if (c === ',') {
      endCell();
    } else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

async function exportCsv(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/exports/audit-trail.csv?${query}`, {
    headers: { authorization: `Bearer ${officer}`, ...headers },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, rows: parseCsv(text) };
}

beforeAll(async () => {
  server = await startTestServer({ sample: 200 });
  officer = await server.login('officer');
  const res = await server.gql<{
    registerOrganization: { organization: { id: string; creditCode: string; name: string } };
  }>(REGISTER, { input: registrationInput() }, { token: officer });
  org = res.data!.registerOrganization.organization;
});
afterAll(() => server?.close());

describe('the trail export', () => {
  it('speaks Chinese by default: Chinese columns, action and role labels, the subject by name and credit code', async () => {
    const { text, rows } = await exportCsv(`action=REGISTER_ORGANIZATION&subjectId=${org.id}`);
    expect(rows[0]).toEqual([
      '编号',
      '时间（北京时间）',
      '操作人',
      '角色',
      '操作',
      '对象类型',
      '对象名称',
      '统一社会信用代码',
      '变更内容',
      '请求编号',
      '哈希',
    ]);
    expect(rows).toHaveLength(2);
    const [id, time, actor, role, action, type, name, code] = rows[1];
    expect(actor).toBe('officer');
    expect(role).toBe('登记管理人员');
    expect(action).toBe('成立登记');
    expect(type).toBe('社会组织');
    expect(name).toBe(org.name);
    expect(code).toBe(org.creditCode);
    // No base64 global IDs: the subject's and the actor's are both gone.
    expect(text).not.toContain(org.id);
    // Shanghai's local time of the stored instant.
    const stored = await server.orm.em.getKnex()('audit_event').where('id', Number(id)).first();
    expect(time).toBe(shanghaiDateTimeOf(new Date(stored.occurred_at)));
    expect(time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('speaks English by Accept-Language, or by lang=en whatever the header says', async () => {
    for (const [query, headers] of [
      [`subjectId=${org.id}`, { 'accept-language': 'en-GB,en;q=0.9' }],
      [`subjectId=${org.id}&lang=en`, { 'accept-language': 'zh-CN' }],
    ] as const) {
      const { rows } = await exportCsv(query, headers);
      expect(rows[0].slice(0, 8)).toEqual([
        'ID',
        'Time (Beijing)',
        'By',
        'Role',
        'Action',
        'Subject type',
        'Subject',
        'Credit code',
      ]);
      const registration = rows.find((r) => r[4] === 'Registration');
      expect(registration?.slice(2, 8)).toEqual([
        'officer',
        'Registration officer',
        'Registration',
        'Organization',
        org.name,
        org.creditCode,
      ]);
    }
  });
});
