import type { FastifyInstance } from 'fastify';
import { today } from '../../common/clock.js';
import { DomainError, type Message } from '../../common/errors.js';
import type { Locale } from '../../common/locale.js';
import { OrderDirection } from '../../common/pagination.js';
import { decodeId } from '../../graphql/ids.js';
import { sendCsv } from '../../http/csv.js';
import {
  defineGetRoute,
  HttpError,
  PARAMETERS,
  type HttpDeps,
  type ParameterSchema,
} from '../../http/routes.js';
import { allPages, sendXlsx, type XlsxCell } from '../../http/xlsx.js';
import { CreditList, OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import type { RegistryServices } from './index.js';
import { searchTermOf } from './organization-search.service.js';
import { OrganizationOrderField, type OrganizationFilterKeys } from './organization.inputs.js';
import { LEVEL_LABELS, registrationAuthorityOf, STATUS_LABELS, TYPE_LABELS } from './registry.labels.js';
import type { OrganizationRecord } from './registry.records.js';
import { registrarOf } from './registry.scope.js';

/**
 * Bulk data of the public register (as the UK Charity Commission offers its
 * register): GET /exports/register.csv and /exports/register.xlsx, the whole
 * register or the `organizations` filter, public fields only, streamed, with
 * the licence and the extraction date.
 */

/** Rate-limit points of one download (the whole register is ~180 pages of 100). */
const EXPORT_COST = 2_000;

/** A comma-separated list of enum values, or empty. */
function listOf(values: readonly string[]): ParameterSchema {
  const one = `(${values.join('|')})`;
  return { type: 'string', maxLength: 500, pattern: `^(${one}(,${one})*)?$` };
}

const ORDER_FIELDS = [
  OrganizationOrderField.NAME,
  OrganizationOrderField.REGISTERED_ON,
  OrganizationOrderField.CREDIT_CODE,
];

/** The parameters: `organizations`' filter (lists comma-separated) and its order, e.g. `REGISTERED_ON_DESC`. */
export interface RegisterExportQuery {
  search?: string;
  types?: string;
  statuses?: string;
  registrationLevel?: string;
  districtCodes?: string;
  sponsorUnitId?: string;
  minRating?: string;
  isIndustryAssociation?: 'true' | 'false';
  isBrand?: 'true' | 'false';
  onCreditList?: 'true' | 'false';
  creditLists?: string;
  order?: string;
}

const QUERY: { [K in keyof RegisterExportQuery]-?: ParameterSchema } = {
  search: PARAMETERS.text(60),
  types: listOf(Object.values(OrganizationType)),
  statuses: listOf(Object.values(OrganizationStatus)),
  registrationLevel: { type: 'string', enum: ['', ...Object.values(RegistrationLevel)] },
  districtCodes: { type: 'string', maxLength: 200, pattern: '^(\\d{6}(,\\d{6})*)?$' },
  sponsorUnitId: PARAMETERS.id,
  minRating: { type: 'string', pattern: '^[1-5]?$' },
  isIndustryAssociation: PARAMETERS.boolean,
  isBrand: PARAMETERS.boolean,
  onCreditList: PARAMETERS.boolean,
  creditLists: listOf(Object.values(CreditList)),
  order: { type: 'string', pattern: `^((${ORDER_FIELDS.join('|')})(_(ASC|DESC))?)?$` },
};

const list = <T extends string>(value: string | undefined): T[] | null =>
  value ? (value.split(',') as T[]) : null;
const flag = (value: 'true' | 'false' | undefined): boolean | null => (value ? value === 'true' : null);

/** The service's filter from the parameters (already checked by their schemas); nothing is read yet. */
export function registerFilterOf(query: RegisterExportQuery): OrganizationFilterKeys {
  return {
    search: searchTermOf(query.search),
    types: list<OrganizationType>(query.types),
    statuses: list<OrganizationStatus>(query.statuses),
    registrationLevel: (query.registrationLevel || null) as RegistrationLevel | null,
    districtCodes: list<string>(query.districtCodes),
    sponsorUnitId: query.sponsorUnitId ? decodeId(query.sponsorUnitId, 'SponsorUnit') : null,
    minRating: query.minRating ? Number(query.minRating) : null,
    isIndustryAssociation: flag(query.isIndustryAssociation),
    isBrand: flag(query.isBrand),
    onCreditList: flag(query.onCreditList),
    creditLists: list<CreditList>(query.creditLists),
  };
}

function orderOf(order: string | undefined) {
  if (!order) return null;
  const match = /^(.*?)(?:_(ASC|DESC))?$/.exec(order)!;
  return {
    field: match[1] as OrganizationOrderField,
    direction: (match[2] as OrderDirection | undefined) ?? OrderDirection.ASC,
  };
}

type Column = [
  zh: string,
  en: string,
  width: number,
  value: (o: OrganizationRecord, l: Locale) => XlsxCell,
  money?: boolean,
];

const label = (m: Message | undefined, locale: Locale) => m?.[locale] ?? '';

/** Public fields only, whoever downloads. */
const COLUMNS: Column[] = [
  ['统一社会信用代码', 'Credit code', 22, (o) => o.creditCode],
  ['名称', 'Name', 40, (o) => o.name],
  ['英文名称', 'English name', 40, (o) => o.englishName ?? ''],
  ['类型', 'Type', 16, (o, l) => label(TYPE_LABELS[o.type], l)],
  ['状态', 'Status', 10, (o, l) => label(STATUS_LABELS[o.status], l)],
  ['登记级别', 'Level', 10, (o, l) => label(LEVEL_LABELS[o.registrationLevel], l)],
  ['登记管理机关', 'Registration authority', 28, (o, l) => registrationAuthorityOf(registrarOf(o))[l]],
  ['所在区代码', 'District code', 10, (o) => o.district.code],
  ['成立登记日期', 'Registered on', 12, (o) => o.registeredOn],
  ['注销日期', 'Deregistered on', 12, (o) => o.deregisteredOn ?? ''],
  ['撤销日期', 'Revoked on', 12, (o) => o.revokedOn ?? ''],
  ['法定代表人', 'Legal representative', 14, (o) => o.legalRepresentative],
  ['注册资金（元）', 'Registered capital (yuan)', 18, (o) => o.registeredCapital, true],
  ['住所', 'Domicile', 40, (o) => o.domicile],
  ['业务范围', 'Business scope', 60, (o) => o.businessScope],
  ['行业协会商会', 'Industry association', 8, (o) => (o.isIndustryAssociation ? 'Y' : '')],
  ['评估等级', 'Rating', 8, (o) => (o.rating ? o.rating.label : '')],
  ['评估有效期至', 'Rating valid until', 12, (o) => o.ratingValidUntil ?? ''],
];

const LICENCE = {
  'zh-CN':
    '知识共享署名 4.0 国际许可协议（CC BY 4.0）https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  en: 'Creative Commons Attribution 4.0 International (CC BY 4.0) https://creativecommons.org/licenses/by/4.0/',
} satisfies Message;

function about(locale: Locale, date: string, filtered: boolean): [string, string][] {
  return locale === 'en'
    ? [
        ['Dataset', 'Register of social organizations of Shanghai: public fields'],
        ['Publisher', 'Shanghai Municipal Civil Affairs Bureau (social organization registration)'],
        ['Licence', LICENCE.en],
        ['Extracted on', date],
        ['Scope', filtered ? 'Organizations matching the filter of the register page' : 'The whole register'],
        ['Attribution', `Source: Shanghai register of social organizations, ${date}`],
      ]
    : [
        ['数据集', '上海市社会组织登记信息（公开字段）'],
        ['发布机关', '上海市民政局（社会组织登记管理）'],
        ['许可协议', LICENCE['zh-CN']],
        ['数据日期', date],
        ['范围', filtered ? '按登记查询页面的筛选条件' : '全部登记信息'],
        ['署名', `数据来源：上海市社会组织登记信息，${date}`],
      ];
}

const hasFilter = (query: RegisterExportQuery) =>
  Object.entries(query).some(([key, value]) => key !== 'order' && value !== undefined && value !== '');

export function registerRegisterExports(
  http: FastifyInstance,
  deps: HttpDeps,
  registry: RegistryServices,
): void {
  for (const format of ['csv', 'xlsx'] as const) {
    defineGetRoute<RegisterExportQuery>(http, deps, {
      path: `/exports/register.${format}`,
      audience: 'PUBLIC',
      cost: EXPORT_COST,
      query: QUERY,
      async handle(ctx, query, reply) {
        let filter: OrganizationFilterKeys;
        try {
          filter = registerFilterOf(query);
        } catch (error) {
          if (error instanceof DomainError)
            throw new HttpError(400, 'BAD_USER_INPUT', error.problems[0]!.message);
          throw error;
        }
        const orderBy = orderOf(query.order);
        const date = today(ctx);
        const filtered = hasFilter(query);
        const cols = COLUMNS;
        const filename = `shanghai-social-organizations${filtered ? '-filtered' : ''}-${date}.${format}`;
        async function* rows() {
          const pages = allPages((args) => registry.search.list(ctx, { ...args, filter, orderBy }), 100_000);
          for await (const page of pages)
            yield page.map((o) => cols.map(([, , , value]) => value(o, ctx.locale)));
        }
        reply.header('link', `<${LICENCE.en.split(' ').pop()}>; rel="license"`);
        const aboutRows = about(ctx.locale, date, filtered);
        if (format === 'csv') {
          return sendCsv(reply, {
            filename,
            columns: cols.map(([zh, en]) => (ctx.locale === 'en' ? en : zh)),
            rows: rows(),
            locale: ctx.locale,
            preamble: aboutRows.map(([k, v]) => `${k}: ${v}`),
          });
        }
        return sendXlsx(
          reply,
          filename,
          ctx.locale === 'en' ? 'Register' : '登记信息',
          cols.map(([zh, en, width, , money]) => ({ header: ctx.locale === 'en' ? en : zh, width, money })),
          rows(),
          { sheet: ctx.locale === 'en' ? 'About' : '说明', rows: aboutRows },
        );
      },
    });
  }
}
