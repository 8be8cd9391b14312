import type { FastifyInstance } from 'fastify';
import { OFFICER_ROLES, Role } from '../../common/roles.js';
import { defineGetRoute, PARAMETERS, type HttpDeps } from '../../http/routes.js';
import { allPages, sendXlsx } from '../../http/xlsx.js';
import { policyPeriodOfYear, ReliefCategory } from './enums.js';
import type { ReliefServices } from './index.js';
import {
  POLICY_PERIOD_LABELS,
  RELIEF_CATEGORY_LABELS,
  RELIEF_STATUS_LABELS,
  RELIEF_WORK_LABELS,
} from './relief.labels.js';
import { REGION_BY_COUNTY } from './regions.js';

const YEAR = { type: 'string', pattern: '^(|\\d{4})$' };

/** GET /exports/relief-projects.xlsx?year=&categories=&search=: the project list as the officers filter it. */
export function registerReliefExport(http: FastifyInstance, deps: HttpDeps, relief: ReliefServices): void {
  defineGetRoute<{ year?: string; categories?: string; search?: string }>(http, deps, {
    path: '/exports/relief-projects.xlsx',
    audience: [...OFFICER_ROLES, Role.ORGANIZATION],
    cost: 500,
    query: { year: YEAR, categories: PARAMETERS.text(200), search: PARAMETERS.text(100) },
    async handle(ctx, query, reply) {
      const categories = (query.categories ?? '')
        .split(',')
        .filter((c): c is ReliefCategory => Object.values<string>(ReliefCategory).includes(c));
      const filter = {
        years: query.year ? [Number(query.year)] : null,
        categories: categories.length ? categories : null,
        search: query.search || null,
      };
      const en = ctx.locale === 'en';
      const columns = (
        [
          ['项目名称', 'Project', 40],
          ['社会组织', 'Organization', 36],
          ['省', 'Province', 14],
          ['州市', 'Prefecture', 18],
          ['县', 'County', 16],
          ['类别', 'Category', 14],
          ['政策时期', 'Policy period', 22],
          ['年度', 'Year', 8],
          ['承诺金额（元）', 'Committed (yuan)', 18, true],
          ['到位金额（元）', 'Invested (yuan)', 18, true],
          ['受益人数', 'People', 10],
          ['受益户数', 'Households', 10],
          ['状态', 'Status', 12],
          ['重复（已关联）', 'Linked duplicate', 10],
        ] as [string, string, number, boolean?][]
      ).map(([zh, e, width, money]) => ({ header: en ? e : zh, width, money }));
      async function* rows() {
        for await (const page of allPages((args) => relief.projects.list(ctx, { ...args, filter }))) {
          const orgs = await ctx.loaders.organization.loadMany(page.map((p) => p.organization.id));
          yield page.map((p, i) => {
            const r = REGION_BY_COUNTY.get(p.countyCode);
            const org = orgs[i] instanceof Error ? null : orgs[i];
            return [
              p.title,
              org?.name ?? '',
              (en ? r?.provinceEn : r?.province) ?? '',
              (en ? r?.prefectureEn : r?.prefecture) ?? '',
              (en ? r?.countyEn : r?.county) ?? p.countyCode,
              RELIEF_CATEGORY_LABELS[ctx.locale][p.policyPeriod][p.category],
              POLICY_PERIOD_LABELS[ctx.locale][p.policyPeriod],
              p.year,
              p.committedAmount,
              p.investedAmount,
              p.beneficiaryPeople,
              p.beneficiaryHouseholds,
              RELIEF_STATUS_LABELS[ctx.locale][p.status],
              p.duplicateOf ? (en ? 'Yes' : '是') : '',
            ];
          });
        }
      }
      return sendXlsx(
        reply,
        `relief-projects${query.year ? `-${query.year}` : ''}.xlsx`,
        query.year
          ? RELIEF_WORK_LABELS[ctx.locale][policyPeriodOfYear(Number(query.year))]
          : en
            ? 'Relief and revitalization'
            : '扶贫与乡村振兴项目',
        columns,
        rows(),
      );
    },
  });
}
