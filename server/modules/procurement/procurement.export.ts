/**
 * HTTP routes of service purchase (ARCHITECTURE.md "HTTP routes"): the open contracting data
 * (OCDS 1.1.5 release and record packages, and a newest-first change feed with a cursor), and
 * the red-flag list as XLSX (streamed; officers, and buyers for their own department).
 */
import type { FastifyInstance } from 'fastify';
import type { Message } from '../../common/errors.js';
import { isCalendarDate } from '../../common/input-checker.js';
import { decodeCursor, encodeCursor } from '../../common/pagination.js';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import { knexOf } from '../../common/db.js';
import { toGlobalId } from '../../graphql/ids.js';
import { defineGetRoute, HttpError, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { sendXlsx, type XlsxCell } from '../../http/xlsx.js';
import { RedFlagKind } from './enums.js';
import type { ProcurementServices } from './index.js';
import type { OcdsRelease } from './ocds.js';

const OCDS_COST = 200;
const FEED_LIMIT = 100;

const BAD_SINCE: Message = {
  'zh-CN': 'since 须为 YYYY-MM-DD 格式的有效日期，例如 2019-01-01。',
  en: 'since must be a valid date written YYYY-MM-DD, e.g. 2019-01-01.',
};
const BAD_CURSOR: Message = {
  'zh-CN': '游标无效，请从第一页重新开始。',
  en: 'The cursor is not valid; start again from the first page.',
};
const badKinds = (kinds: string[]): Message => ({
  'zh-CN': `kinds 中的风险提示类型无效：${kinds.join('、')}；可用 ${Object.keys(RedFlagKind).join('、')}（以逗号分隔）。`,
  en: `kinds holds a red-flag kind that does not exist: ${kinds.join(', ')}; use ${Object.keys(RedFlagKind).join(', ')} (comma-separated).`,
});
const BAD_LIMIT: Message = {
  'zh-CN': 'limit 须为 1 到 100 的整数。',
  en: 'limit must be a whole number from 1 to 100.',
};

/** The `kinds` parameter of the red-flag export: comma-separated kinds, each a real one. */
function kindsOf(value: string | undefined): RedFlagKind[] | null {
  if (value === undefined || value.trim() === '') return null;
  const given = value.split(',').map((k) => k.trim());
  const unknown = given.filter((k) => !Object.hasOwn(RedFlagKind, k));
  if (unknown.length) throw new HttpError(400, 'BAD_USER_INPUT', badKinds(unknown));
  return given as RedFlagKind[];
}

function sinceOf(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!isCalendarDate(value)) throw new HttpError(400, 'BAD_USER_INPUT', BAD_SINCE);
  return value;
}

/** Releases dated on or after the day (Shanghai), compared on the instant. */
const onOrAfter = (since: string | null) => {
  const from = since ? Date.parse(`${since}T00:00:00+08:00`) : -Infinity;
  return (r: OcdsRelease) => Date.parse(r.date) >= from;
};

export function registerProcurementRoutes(
  http: FastifyInstance,
  deps: HttpDeps,
  services: ProcurementServices,
): void {
  const { ocds } = services;
  const base = (ctx: { locale: string }, path: string) => ({
    uri: `https://data.shanghai.gov.cn/ocds/${path}`,
    version: '1.1',
    publishedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    publisher: ocds.publisher(),
    license: 'https://creativecommons.org/publicdomain/zero/1.0/',
    publicationPolicy: 'https://data.shanghai.gov.cn/ocds/policy',
  });

  defineGetRoute<{ since?: string }>(http, deps, {
    path: '/exports/ocds/release-package.json',
    audience: 'PUBLIC',
    cost: OCDS_COST,
    query: { since: PARAMETERS.text(10) },
    async handle(ctx, query, reply) {
      const keep = onOrAfter(sinceOf(query.since));
      const releases: OcdsRelease[] = [];
      for await (const batch of ocds.processes(knexOf(ctx.em)))
        for (const process of batch) releases.push(...ocds.releases(process).filter(keep));
      return reply
        .type('application/json; charset=utf-8')
        .send({ ...base(ctx, 'release-package.json'), releases });
    },
  });

  defineGetRoute<{ since?: string }>(http, deps, {
    path: '/exports/ocds/record-package.json',
    audience: 'PUBLIC',
    cost: OCDS_COST,
    query: { since: PARAMETERS.text(10) },
    async handle(ctx, query, reply) {
      const keep = onOrAfter(sinceOf(query.since));
      const records: Record<string, unknown>[] = [];
      for await (const batch of ocds.processes(knexOf(ctx.em)))
        for (const process of batch) {
          const releases = ocds.releases(process);
          if (!releases.some(keep)) continue;
          records.push({
            ocid: ocds.ocidOf(process.need.id),
            releases,
            compiledRelease: ocds.compiled(process, releases.at(-1)!),
          });
        }
      return reply
        .type('application/json; charset=utf-8')
        .send({ ...base(ctx, 'record-package.json'), records });
    },
  });

  /** Newest first, as Prozorro's feed: `next` is the cursor of the following page (null at the end). */
  defineGetRoute<{ after?: string; limit?: string }>(http, deps, {
    path: '/exports/ocds/releases',
    audience: 'PUBLIC',
    cost: OCDS_COST,
    query: { after: PARAMETERS.text(200), limit: PARAMETERS.text(3) },
    async handle(ctx, query, reply) {
      const limit = query.limit === undefined || query.limit === '' ? FEED_LIMIT : Number(query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > FEED_LIMIT)
        throw new HttpError(400, 'BAD_USER_INPUT', BAD_LIMIT);
      const after = query.after ? decodeCursor(query.after, 2) : null;
      if (query.after && (!after || typeof after[0] !== 'string' || typeof after[1] !== 'string'))
        throw new HttpError(400, 'BAD_USER_INPUT', BAD_CURSOR);
      const all: OcdsRelease[] = [];
      for await (const batch of ocds.processes(knexOf(ctx.em)))
        for (const p of batch) all.push(...ocds.releases(p));
      const key = (r: OcdsRelease) => [r.date, r.id] as const;
      const newer = (a: readonly string[], b: readonly string[]) =>
        a[0] === b[0] ? a[1] > b[1] : a[0] > b[0];
      all.sort((a, b) => (newer(key(a), key(b)) ? -1 : newer(key(b), key(a)) ? 1 : 0));
      const rest = after ? all.filter((r) => newer(after as string[], key(r))) : all;
      const page = rest.slice(0, limit);
      const last = page.at(-1);
      return reply.type('application/json; charset=utf-8').send({
        releases: page,
        next: rest.length > limit && last ? encodeCursor([last.date, last.id]) : null,
      });
    },
  });

  defineGetRoute<{ kinds?: string; department?: string }>(http, deps, {
    path: '/exports/procurement-red-flags.xlsx',
    // Officers, and buyers for their own department's flags (the service's scope).
    audience: [Role.BUYER, ...OFFICER_ROLES],
    cost: 1_000,
    query: { kinds: PARAMETERS.text(200), department: PARAMETERS.text(100) },
    async handle(ctx, query, reply) {
      const filter = { kinds: kindsOf(query.kinds), department: query.department || null };
      // Refused callers are answered before the workbook starts streaming.
      services.redFlags.assertMayView(ctx);
      const en = ctx.locale === 'en';
      const columns = [
        { header: en ? 'Kind' : '类型', width: 22 },
        { header: en ? 'Buyer' : '采购人', width: 26 },
        { header: en ? 'Service need' : '服务需求', width: 40 },
        { header: en ? 'Organization ID' : '社会组织 ID', width: 30 },
        { header: en ? 'Why it is flagged' : '提示原因', width: 70 },
        { header: en ? 'Indicator' : '参照指标', width: 40 },
      ];
      async function* rows(): AsyncGenerator<XlsxCell[][]> {
        yield [
          [en ? 'A flag is a reason to look, not an accusation.' : '风险提示是需要关注的线索，不是指控。'],
        ];
        for await (const batch of services.redFlags.all(ctx, filter, 100))
          yield batch.map((f) => [
            f.kind,
            f.buyer,
            f.needId === null ? null : toGlobalId('ServiceNeed', f.needId),
            f.organizationId === null ? null : toGlobalId('Organization', f.organizationId),
            f.detail,
            f.indicator,
          ]);
      }
      return sendXlsx(reply, 'procurement-red-flags.xlsx', en ? 'Red flags' : '风险提示', columns, rows());
    },
  });
}
