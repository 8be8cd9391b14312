import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buyer,
  officer,
  otherBuyer,
  passDeadline,
  PROFILE,
  profileInput,
  publishedNeed,
  server,
  SUBMIT,
  supplier,
  useProcurementServer,
} from '../../fixtures/procurement.js';

useProcurementServer();

const FLAGS = `query($filter: RedFlagFilter, $first: Int, $after: String) { procurementRedFlags(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } nodes { key kind buyer detail disclaimer indicator serviceNeed { id } organization { id } } } }`;

interface Flags {
  procurementRedFlags: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      key: string;
      kind: string;
      buyer: string;
      detail: string;
      disclaimer: string;
      serviceNeed: { id: string } | null;
    }[];
  };
}

describe('red flags for officers', () => {
  it('each flag is explained, with the reminder that it is a reason to look; kinds filter', async () => {
    const all = await server.gql<Flags>(FLAGS, { first: 100 }, { token: officer });
    expect(all.errors).toBeUndefined();
    const flags = all.data!.procurementRedFlags;
    expect(flags.totalCount).toBeGreaterThan(0);
    const kinds = new Set(flags.nodes.map((f) => f.kind));
    expect(kinds).toContain('SINGLE_PROPOSAL');
    for (const f of flags.nodes) {
      expect(f.detail.length).toBeGreaterThan(10);
      expect(f.disclaimer).toMatch(/不是.*指控/);
    }
    const single = await server.gql<Flags>(
      FLAGS,
      { first: 100, filter: { kinds: ['SINGLE_PROPOSAL'] } },
      { token: officer, locale: 'en' },
    );
    const nodes = single.data!.procurementRedFlags.nodes;
    expect(nodes.every((f) => f.kind === 'SINGLE_PROPOSAL' && f.serviceNeed)).toBe(true);
    expect(nodes[0].detail).toMatch(/single proposal/);
    const byBuyer = await server.gql<Flags>(
      FLAGS,
      { first: 100, filter: { department: nodes[0].buyer } },
      { token: officer },
    );
    expect(byBuyer.data!.procurementRedFlags.nodes.every((f) => f.buyer === nodes[0].buyer)).toBe(true);
  });

  it('pages by a stable key', async () => {
    const first = await server.gql<Flags>(FLAGS, { first: 3 }, { token: officer });
    const page = first.data!.procurementRedFlags;
    if (!page.pageInfo.hasNextPage) return;
    const next = await server.gql<Flags>(
      FLAGS,
      { first: 3, after: page.pageInfo.endCursor },
      { token: officer },
    );
    const keys = next.data!.procurementRedFlags.nodes.map((f) => f.key);
    expect(keys.every((k) => k > page.nodes.at(-1)!.key)).toBe(true);
  });

  it('are refused to organizations and the public', async () => {
    const asOrganization = await server.gql(FLAGS, { first: 1 }, { token: supplier });
    expect(asOrganization.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(FLAGS, { first: 1 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('export as XLSX for officers, one row per flag under the reminder', async () => {
    const total = (await server.gql<Flags>(FLAGS, { first: 1 }, { token: officer })).data!.procurementRedFlags
      .totalCount;
    const res = await fetch(`${server.url}/exports/procurement-red-flags.xlsx`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(total + 2);
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/不是指控/);
    const anonymous = await fetch(`${server.url}/exports/procurement-red-flags.xlsx`);
    expect(anonymous.status).toBe(401);
    const asOrganization = await fetch(`${server.url}/exports/procurement-red-flags.xlsx`, {
      headers: { authorization: `Bearer ${supplier}` },
    });
    expect(asOrganization.status).toBe(403);
  });

  it('refuse an unknown kind in the export with a 400 in the caller’s language', async () => {
    const res = await fetch(`${server.url}/exports/procurement-red-flags.xlsx?kinds=SINGLE_PROPOSAL,NOPE`, {
      headers: { authorization: `Bearer ${officer}`, 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/NOPE/);
    const zh = await fetch(`${server.url}/exports/procurement-red-flags.xlsx?kinds=nope`, {
      headers: { authorization: `Bearer ${buyer}`, 'accept-language': 'zh-CN' },
    });
    expect(zh.status).toBe(400);
    expect(JSON.stringify(await zh.json())).toMatch(/风险提示类型/);
  });
});

type FlagNode = Flags['procurementRedFlags']['nodes'][number];

/** Every flag the caller may see (page by page), with the total the last page told. */
async function allFlags(token: string, filter: Record<string, unknown> | null = null) {
  const nodes: FlagNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { errors?: unknown; data?: Flags } = await server.gql<Flags>(
      FLAGS,
      { first: 100, after, filter },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const page: Flags['procurementRedFlags'] = res.data!.procurementRedFlags;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { totalCount: page.totalCount, nodes };
    after = page.pageInfo.endCursor;
  }
}

/** A need of the buyer's department that drew one proposal by its deadline (a SINGLE_PROPOSAL flag). */
async function singleProposalNeed(token: string): Promise<string> {
  const needId = await publishedNeed({}, token);
  const submitted = await server.gql<{ submitProposal: { userErrors: unknown[] } }>(
    SUBMIT,
    { input: { needId, price: '600000.00', plan: '助餐和探访', team: '社工 6 人' } },
    { token: supplier },
  );
  expect(submitted.data?.submitProposal.userErrors).toEqual([]);
  await passDeadline(needId);
  return needId;
}

describe('red flags for buyers', () => {
  it('a buyer sees its own department’s flags, never another department’s', async () => {
    await server.gql(PROFILE, { input: profileInput() }, { token: supplier });
    const own = await singleProposalNeed(buyer);
    const foreign = await singleProposalNeed(otherBuyer);

    const all = await allFlags(officer);
    const departments = new Set(all.nodes.map((f) => f.buyer));
    expect(departments).toContain('上海市民政局');
    expect(departments).toContain('上海市卫生健康委员会');

    for (const [token, department, mine, theirs] of [
      [buyer, '上海市民政局', own, foreign],
      [otherBuyer, '上海市卫生健康委员会', foreign, own],
    ] as const) {
      const flags = await allFlags(token);
      expect(flags.nodes.length).toBeGreaterThan(0);
      expect(flags.nodes.every((f) => f.buyer === department)).toBe(true);
      expect(flags.totalCount).toBe(all.nodes.filter((f) => f.buyer === department).length);
      const needs = flags.nodes.map((f) => f.serviceNeed?.id);
      expect(needs).toContain(mine);
      expect(needs).not.toContain(theirs);
      expect(flags.nodes[0].disclaimer).toMatch(/不是.*指控/);
      // Asking for another department's flags gives nothing, not theirs.
      const other = department === '上海市民政局' ? '上海市卫生健康委员会' : '上海市民政局';
      expect(await allFlags(token, { department: other })).toEqual({ totalCount: 0, nodes: [] });
    }
  });

  it('the buyer’s XLSX export holds its own department’s flags only', async () => {
    const own = await allFlags(buyer);
    const res = await fetch(`${server.url}/exports/procurement-red-flags.xlsx`, {
      headers: { authorization: `Bearer ${buyer}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(own.totalCount + 2);
    const buyers = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 2) buyers.add(String(row.getCell(2).value));
    });
    expect([...buyers]).toEqual(['上海市民政局']);
    const foreign = await fetch(
      `${server.url}/exports/procurement-red-flags.xlsx?department=${encodeURIComponent('上海市卫生健康委员会')}`,
      { headers: { authorization: `Bearer ${buyer}` } },
    );
    expect(foreign.status).toBe(200);
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(Buffer.from(await foreign.arrayBuffer()) as unknown as ArrayBuffer);
    expect(empty.worksheets[0].rowCount).toBe(2);
  });
});
