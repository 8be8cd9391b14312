import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import type { Message } from '../common/errors.js';
import type { Locale } from '../common/locale.js';

/**
 * A spreadsheet evaluates a cell that starts with = + - @ (or a tab or CR
 * before one): such text gets a leading apostrophe, so it shows as written
 * (OWASP "CSV injection"). Every CSV export writes its cells through this.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface CsvExport {
  filename: string;
  columns: string[];
  /** The rows, fetched batch by batch; an error while reading ends the file with an error line. */
  rows: AsyncIterable<unknown[][]>;
  locale: Locale;
  /** Lines before the header (a licence, a date), each written as a `# ` comment line. */
  preamble?: string[];
}

/** A comment line's text, kept to one unquoted cell (no comma, quote or line break). */
function commentLine(text: string): string {
  return `# ${text.replace(/[",\r\n]+/g, ' ')}`;
}

const EXPORT_FAILED: Message = {
  'zh-CN': '导出中断：读取数据时出错，本文件不完整，请重试。',
  en: 'Export interrupted: reading the data failed; this file is incomplete. Try again.',
};

/**
 * Streams a CSV (UTF-8 with BOM, for Excel). The first batch is read before
 * anything is sent, so a failure there is an ordinary HTTP error; a later
 * one is logged and ends the file with a line saying it is incomplete. No
 * promise is left unhandled and the process stays up.
 */
export async function sendCsv(reply: FastifyReply, csv: CsvExport): Promise<FastifyReply> {
  const batches = csv.rows[Symbol.asyncIterator]();
  const first = await batches.next();
  const out = stringify({
    header: !csv.preamble,
    columns: csv.columns,
    bom: true,
    cast: { string: neutralizeFormula },
  });
  // The preamble's comment lines (a "#" is never neutralized), then the header, are the first rows.
  for (const line of csv.preamble ?? []) out.write([commentLine(line)]);
  if (csv.preamble) out.write(csv.columns);
  let closed = false;
  out.once('close', () => (closed = true));
  reply.raw.once('close', () => (closed = true));
  // A client that goes away stops the export; a slow one slows it down.
  const write = async (row: unknown[]) => {
    if (!closed && !out.write(row)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };
  const pump = async () => {
    try {
      for (let batch = first; !batch.done && !closed; batch = await batches.next()) {
        for (const row of batch.value) await write(row);
      }
    } catch (error) {
      console.error(`export ${csv.filename} failed:`, error);
      await write([`# ${EXPORT_FAILED[csv.locale]}`]);
    } finally {
      out.end();
    }
  };
  pump().catch((error: unknown) => {
    console.error(`export ${csv.filename} could not be ended:`, error);
    out.destroy();
  });
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${csv.filename}"`)
    .send(out);
}
