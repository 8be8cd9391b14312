import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { encodeCursor, type Page, type PageArguments } from '../common/pagination.js';

/** A column of an exported sheet: its header (in the caller's language) and its width. */
export interface XlsxColumn {
  header: string;
  width?: number;
  /** Money columns are written as numbers with two decimals (exact: at most 16 digits). */
  money?: boolean;
}

export type XlsxCell = string | number | null;

/**
 * Streams an XLSX workbook of one sheet (exceljs 4.4 streaming writer,
 * STACK.md): rows come in batches from `rows`, and are committed as they are
 * written. Text stays text: a cell is never a formula. An error mid-file
 * ends the download with an error (the file is then broken, never silently
 * short).
 */
export function sendXlsx(
  reply: FastifyReply,
  filename: string,
  sheet: string,
  columns: readonly XlsxColumn[],
  rows: AsyncIterable<XlsxCell[][]>,
  /** A first sheet of its own (e.g. "About": the licence and the date), as rows of label and value. */
  about?: { sheet: string; rows: [string, string][] },
): FastifyReply {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  if (about) {
    const aboutSheet = workbook.addWorksheet(about.sheet);
    aboutSheet.columns = [{ width: 24 }, { width: 90 }];
    for (const pair of about.rows) aboutSheet.addRow(pair).commit();
    aboutSheet.commit();
  }
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18 }));
  worksheet.getRow(1).font = { bold: true };
  const write = async () => {
    for await (const batch of rows) {
      for (const values of batch) {
        const row = worksheet.addRow(
          values.map((v, i) => (columns[i].money && typeof v === 'string' && v !== '' ? Number(v) : v)),
        );
        columns.forEach((c, i) => {
          if (c.money) row.getCell(i + 1).numFmt = '#,##0.00';
        });
        row.commit();
      }
    }
    worksheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    console.error(`export ${filename} failed:`, error);
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(stream);
}

/** Every page of a keyset-paged list, 100 at a time, up to `limit` items. */
export async function* allPages<T>(
  list: (args: PageArguments) => Promise<Page<T>>,
  limit = 50_000,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (let seen = 0; seen < limit;) {
    const page: Page<T> = await list({ first: 100, after });
    yield page.items;
    seen += page.items.length;
    if (!page.hasNextPage || page.keys.length === 0) return;
    after = encodeCursor(page.keys[page.keys.length - 1]);
  }
}
