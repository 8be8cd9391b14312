import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { OFFICER_ROLES } from '../../common/roles.js';
import { today } from '../../common/clock.js';
import { toGlobalId } from '../../graphql/ids.js';
import { neutralizeFormula } from '../../http/csv.js';
import { defineGetRoute, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { OrganizationType } from '../registry/enums.js';
import type { AnnualReportFilterKeys } from './annual-report.inputs.js';
import type { AnnualReportList } from './annual-report.list.js';
import { CrossCheckCode } from './cross-checks.js';
import { AnnualReportStatus } from './enums.js';
import { filingStatus } from './reporting.js';

const BATCH = 2_000;
/** An export holds at most this many reports; narrow the filter for more. */
export const MAX_REPORT_EXPORT_ROWS = 200_000;
const EXPORT_COST = 1_000;

interface ReportExportQuery {
  year?: string;
  statuses?: string;
  districtCodes?: string;
  types?: string;
  hasWarnings?: 'true' | 'false';
  overdue?: 'true' | 'false';
  warningCodes?: string;
}

const HEADERS: Record<'zh-CN' | 'en', string[]> = {
  'zh-CN': [
    '编号',
    '统一社会信用代码',
    '社会组织',
    '区',
    '类型',
    '年度',
    '状态',
    '年检结论',
    '截止日期',
    '报送日期',
    '报送情况',
    '校验提示',
    '收入合计',
    '费用合计',
    '年末净资产',
  ],
  en: [
    'ID',
    'Credit code',
    'Organization',
    'District',
    'Type',
    'Year',
    'Status',
    'Result',
    'Due on',
    'Received on',
    'Filing',
    'Warnings',
    'Total income',
    'Total expenses',
    'Net assets at year end',
  ],
};

const list = <T extends string>(value: string | undefined, allowed: readonly T[]): T[] | null =>
  value ? (value.split(',').filter((v) => (allowed as readonly string[]).includes(v)) as T[]) : null;
const bool = (value: 'true' | 'false' | undefined) => (value === undefined ? null : value === 'true');
const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * GET /exports/annual-reports.xlsx: the officers' worklist as a spreadsheet
 * (exceljs' streaming writer), with the worklist's filters and jurisdiction.
 */
export function registerReportExport(http: FastifyInstance, deps: HttpDeps, reports: AnnualReportList): void {
  defineGetRoute<ReportExportQuery>(http, deps, {
    path: '/exports/annual-reports.xlsx',
    audience: OFFICER_ROLES,
    cost: EXPORT_COST,
    query: {
      year: { type: 'string', pattern: '^\\d{4}$' },
      statuses: PARAMETERS.text(100),
      districtCodes: PARAMETERS.text(200),
      types: PARAMETERS.text(100),
      hasWarnings: PARAMETERS.boolean,
      overdue: PARAMETERS.boolean,
      warningCodes: PARAMETERS.text(200),
    },
    async handle(ctx, query, reply) {
      const filter: AnnualReportFilterKeys = {
        year: query.year ? Number(query.year) : null,
        statuses: list(query.statuses, Object.values(AnnualReportStatus)),
        districtCodes: query.districtCodes ? query.districtCodes.split(',').slice(0, 20) : null,
        types: list(query.types, Object.values(OrganizationType)),
        hasWarnings: bool(query.hasWarnings),
        overdue: bool(query.overdue),
        warningCodes: list(query.warningCodes, Object.values(CrossCheckCode)),
      };
      const asOf = today(ctx);
      const first = await reports.exportBatch(ctx, filter, 0, BATCH);
      const stream = new PassThrough();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream,
        useStyles: false,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(ctx.locale === 'en' ? 'Annual reports' : '年度报告');
      sheet.addRow(HEADERS[ctx.locale]).commit();
      let closed = false;
      reply.raw.once('close', () => (closed = true));
      const pump = async () => {
        let batch = first;
        for (let written = 0; batch.length > 0 && written < MAX_REPORT_EXPORT_ROWS && !closed;) {
          for (const row of batch) {
            sheet
              .addRow([
                toGlobalId('AnnualReport', Number(row.id)),
                row.credit_code,
                neutralizeFormula(String(row.organization_name)),
                row.district_code,
                row.organization_type,
                row.year,
                row.status,
                row.result,
                String(row.due_on),
                row.received_on === null ? null : String(row.received_on),
                filingStatus(String(row.due_on), row.received_on as string | null, asOf),
                (row.warning_codes as string[]).join(', '),
                amount(row.income_total),
                amount(row.expense_total),
                amount(row.net_assets_end),
              ])
              .commit();
          }
          written += batch.length;
          if (batch.length < BATCH) break;
          batch = await reports.exportBatch(ctx, filter, Number(batch[batch.length - 1].id), BATCH);
        }
        sheet.commit();
        await workbook.commit();
      };
      pump().catch((error: unknown) => {
        console.error('export annual-reports.xlsx failed:', error);
        stream.destroy(error as Error);
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="annual-reports.xlsx"')
        .send(stream);
    },
  });
}
