import type { FastifyInstance } from 'fastify';
import { today } from '../../common/clock.js';
import type { Locale } from '../../common/locale.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import { decodeId } from '../../graphql/ids.js';
import { defineGetRoute, HttpError, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { allPages, sendXlsx, type XlsxColumn } from '../../http/xlsx.js';
import { FundWarningCode } from './enums.js';
import type { FundsServices } from './index.js';

const DATE = { type: 'string', anyOf: [{ maxLength: 0 }, { format: 'date', maxLength: 10 }] };
const EXPORT_COST = 500;

const heads = (locale: Locale, pairs: [string, string, number?, boolean?][]): XlsxColumn[] =>
  pairs.map(([zh, en, width, money]) => ({ header: locale === 'en' ? en : zh, width, money }));

/**
 * GET /exports/special-funds.xlsx?search=&warnings=&asOf=: the officers'
 * fund list with its warnings; GET /exports/special-fund-ledger.xlsx?fundId=:
 * one fund's ledger, for its officers and its own foundation.
 */
export function registerFundsExports(http: FastifyInstance, deps: HttpDeps, funds: FundsServices): void {
  defineGetRoute<{ search?: string; warnings?: string; asOf?: string }>(http, deps, {
    path: '/exports/special-funds.xlsx',
    audience: OFFICER_ROLES,
    cost: EXPORT_COST,
    query: { search: PARAMETERS.text(100), warnings: PARAMETERS.text(200), asOf: DATE },
    async handle(ctx, query, reply) {
      const asOf = query.asOf || today(ctx);
      const codes = (query.warnings ?? '')
        .split(',')
        .filter((c): c is FundWarningCode => Object.values<string>(FundWarningCode).includes(c));
      const filter = { search: query.search || null, warnings: codes.length ? codes : null, asOf };
      const columns = heads(ctx.locale, [
        ['基金名称', 'Fund', 28],
        ['基金会', 'Foundation', 36],
        ['统一社会信用代码', 'Credit code', 22],
        ['状态', 'Status', 12],
        ['设立日期', 'Started on', 12],
        ['最近收支日期', 'Last activity', 14],
        ['余额（元）', 'Balance (yuan)', 18, true],
        [`预警（截至 ${asOf}）`, `Warnings (as of ${asOf})`, 80],
      ]);
      async function* rows() {
        for await (const page of allPages((args) => funds.funds.list(ctx, { ...args, filter }))) {
          const warnings = await funds.warnings.of(
            ctx,
            asOf,
            page.map((f) => f.id),
          );
          const orgs = await ctx.loaders.organization.loadMany(page.map((f) => f.foundation.id));
          yield page.map((f, i) => {
            const org = orgs[i] instanceof Error ? null : orgs[i];
            return [
              f.name,
              org?.name ?? '',
              org?.creditCode ?? '',
              f.status,
              f.startedOn,
              f.lastActivityOn ?? '',
              f.balance,
              (warnings.get(f.id) ?? []).map((w) => w.message[ctx.locale]).join('\n'),
            ];
          });
        }
      }
      return sendXlsx(
        reply,
        `special-funds-${asOf}.xlsx`,
        ctx.locale === 'en' ? 'Special funds' : '专项基金',
        columns,
        rows(),
      );
    },
  });

  defineGetRoute<{ fundId?: string }>(http, deps, {
    path: '/exports/special-fund-ledger.xlsx',
    audience: [...OFFICER_ROLES, Role.ORGANIZATION],
    cost: EXPORT_COST,
    query: { fundId: PARAMETERS.id },
    async handle(ctx, query, reply) {
      const fund = await funds.funds.byId(ctx, decodeId(query.fundId ?? '', 'SpecialFund'));
      if (!fund)
        throw new HttpError(404, 'NOT_FOUND', {
          'zh-CN': '找不到该专项基金。',
          en: 'Special fund not found.',
        });
      const columns = heads(ctx.locale, [
        ['日期', 'Date', 12],
        ['类别', 'Kind', 24],
        ['收支', 'In/out', 8],
        ['金额（元）', 'Amount (yuan)', 18, true],
        ['对方单位或个人', 'Counterparty', 30],
        ['用途', 'Purpose', 16],
        ['结余（元）', 'Balance after (yuan)', 18, true],
        ['备注', 'Note', 40],
      ]);
      async function* rows() {
        for await (const page of allPages((args) => funds.ledger.entries(ctx, fund!, args)))
          yield page.map((e) => [
            e.occurredOn,
            e.kind,
            e.direction,
            e.amount,
            e.counterparty,
            e.purpose ?? '',
            e.balanceAfter,
            e.note ?? '',
          ]);
      }
      return sendXlsx(
        reply,
        `special-fund-${fund.id}-ledger.xlsx`,
        ctx.locale === 'en' ? 'Ledger' : '收支台账',
        columns,
        rows(),
      );
    },
  });
}
