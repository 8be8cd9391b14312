import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officer, server, supplier, buyer, useProcurementServer } from '../../fixtures/procurement.js';

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

  it('are the officers’ only', async () => {
    for (const token of [buyer, supplier]) {
      const res = await server.gql(FLAGS, { first: 1 }, { token });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
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
    const asBuyer = await fetch(`${server.url}/exports/procurement-red-flags.xlsx`, {
      headers: { authorization: `Bearer ${buyer}` },
    });
    expect(asBuyer.status).toBe(403);
  });
});
