import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buyer,
  establishFund,
  foundation,
  officer,
  record,
  server,
  useFundsServer,
} from '../../fixtures/funds.js';

useFundsServer();

async function download(path: string, token?: string, locale = 'zh-CN') {
  const res = await fetch(`${server.url}${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': locale },
  });
  return res;
}

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0];
}

describe('XLSX exports', () => {
  it('the officers’ fund list, with warnings as of a day, in the caller’s language', async () => {
    const res = await download('/exports/special-funds.xlsx?asOf=2019-10-31&warnings=DORMANT', officer, 'en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const sheet = await sheetOf(res);
    expect(sheet.getRow(1).getCell(1).value).toBe('Fund');
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let i = 2; i <= sheet.rowCount; i++)
      expect(String(sheet.getRow(i).getCell(8).value)).toMatch(/Dormant/);
  });

  it('a fund’s ledger, exact to the fen, for its officers and its foundation; refused to buyers and the public', async () => {
    const fund = await establishFund();
    await record(fund, { kind: 'DONATION', amount: '1234567.89', counterparty: '=HYPERLINK("x")' });
    const path = `/exports/special-fund-ledger.xlsx?fundId=${encodeURIComponent(fund)}`;
    for (const token of [officer, foundation]) {
      const sheet = await sheetOf(await download(path, token));
      expect(sheet.getRow(2).getCell(4).value).toBe(1234567.89);
      const cell = sheet.getRow(2).getCell(5);
      expect(cell.value).toBe('=HYPERLINK("x")');
      expect(cell.formula).toBeUndefined();
    }
    expect((await download(path, buyer)).status).toBe(403);
    expect((await download(path)).status).toBe(401);
    expect((await download('/exports/special-fund-ledger.xlsx?fundId=nope', officer)).status).toBe(404);
  });

  it('the relief project list, filtered', async () => {
    const res = await download('/exports/relief-projects.xlsx?year=2019&categories=EDUCATION', officer);
    const sheet = await sheetOf(res);
    expect(sheet.getRow(1).getCell(1).value).toBe('项目名称');
    expect(sheet.name).toBe('扶贫项目');
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let i = 2; i <= sheet.rowCount; i++) {
      // Labels, named by the period (issue 9): 2019 is poverty alleviation (扶贫), not 乡村振兴.
      expect(sheet.getRow(i).getCell(6).value).toBe('教育扶贫');
      expect(sheet.getRow(i).getCell(7).value).toBe('脱贫攻坚');
      expect(sheet.getRow(i).getCell(8).value).toBe(2019);
    }
    expect((await download('/exports/relief-projects.xlsx?year=abc', officer)).status).toBe(400);
  });
});
