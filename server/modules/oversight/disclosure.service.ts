import { CommonErrorCode, DomainError } from '../../common/errors.js';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import type { Organization } from '../registry/organization.entity.js';
import type { ReportingYear } from './annual-report.types.js';
import type { Message } from '../../common/errors.js';
import { addYears } from './calendar.js';
import type { EvaluationEligibility, SelfInspectionSummary } from './disclosure.types.js';
import { AuditCaseKind, InspectionResult } from './enums.js';
import type { OversightSettings } from './oversight.settings.js';
import { filingStatus, reportDueOn, reportExempt } from './reporting.js';

const MAX_YEARS = 10;
/** Public fields whose changes the public page shows (internal ones, e.g. the domicile, stay internal). */
export const PUBLIC_CHANGE_FIELDS = [
  'name',
  'englishName',
  'status',
  'type',
  'registrationLevel',
  'isIndustryAssociation',
];

const REASONS = {
  young: { 'zh-CN': '成立登记未满两年', en: 'Registered less than two full years ago' },
  noReport: { 'zh-CN': '上一年度未参加年检', en: 'No annual inspection last year' },
  failed: { 'zh-CN': '上一年度年检不合格', en: 'Last year’s inspection failed' },
  basicTwice: { 'zh-CN': '连续两年年检基本合格', en: 'Basic pass two years running' },
  penalty: { 'zh-CN': '有未执行完毕的行政处罚', en: 'A penalty is not yet carried out' },
  investigation: { 'zh-CN': '正在接受查处', en: 'An investigation is open' },
  listed: { 'zh-CN': '被列入信用名单', en: 'On a credit list' },
  graded: { 'zh-CN': '评估等级仍在有效期内', en: 'Its grade is still valid' },
} satisfies Record<string, Message>;

/**
 * 信用信息公示: what the public organization page shows, as the national
 * social-organization credit publicity platform does. Internal review
 * comments and audit working notes never pass through here.
 */
export class DisclosureService {
  constructor(private readonly settings: OversightSettings) {}

  /** The latest `years` report years (and any earlier ones with a report), newest first. */
  async reportingHistory(ctx: RequestContext, org: Organization, years: number): Promise<ReportingYear[]> {
    if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
      throw new DomainError({
        code: CommonErrorCode.INVALID,
        message: { 'zh-CN': `years 应为 1 到 ${MAX_YEARS}。`, en: `years must be 1 to ${MAX_YEARS}.` },
      });
    const asOf = today(ctx);
    const reports = await ctx.loaders.annualReportsOf.load(org.id);
    const byYear = new Map(reports.map((r) => [r.year, r]));
    const lastYear = Number(asOf.slice(0, 4)) - 1;
    const firstYear = Math.max(Number(org.registeredOn.slice(0, 4)), lastYear - years + 1);
    const shown = new Set<number>();
    for (let year = lastYear; year >= firstYear; year--) shown.add(year);
    for (const r of reports) if (shown.size < MAX_YEARS) shown.add(r.year);
    return [...shown]
      .sort((a, b) => b - a)
      .map((year) => {
        const report = byYear.get(year);
        const dueOn = report?.dueOn ?? reportDueOn(year, this.settings);
        const exempt = !report && reportExempt(org.registeredOn, year, this.settings);
        return {
          year,
          dueOn,
          receivedOn: report?.receivedOn ?? null,
          filingStatus: filingStatus(dueOn, report?.receivedOn, asOf, exempt),
          status: report?.status ?? null,
          result: report?.result ?? null,
        };
      });
  }

  /**
   * DOMAIN.md "Evaluation grades": registered two full years (or the last
   * grade expired); not with no inspection last year, a FAIL last year or
   * BASIC_PASS two years running, an unfinished penalty, an open
   * investigation, or a current credit listing.
   */
  async evaluationEligibility(ctx: RequestContext, org: Organization): Promise<EvaluationEligibility> {
    const asOf = today(ctx);
    const lastYear = Number(asOf.slice(0, 4)) - 1;
    const [reports, penalties, cases, listings] = await Promise.all([
      ctx.loaders.annualReportsOf.load(org.id),
      ctx.loaders.penaltiesOf.load(org.id),
      ctx.loaders.auditCasesOf.load(org.id),
      ctx.loaders.creditListingsOf.load(org.id),
    ]);
    const result = (year: number) => reports.find((r) => r.year === year)?.result ?? null;
    const reasons: Message[] = [];
    if (addYears(org.registeredOn, 2) > asOf) reasons.push(REASONS.young);
    if (org.ratingValidUntil && org.ratingValidUntil >= asOf) reasons.push(REASONS.graded);
    if (result(lastYear) === null) reasons.push(REASONS.noReport);
    if (result(lastYear) === InspectionResult.FAIL) reasons.push(REASONS.failed);
    if (
      result(lastYear) === InspectionResult.BASIC_PASS &&
      result(lastYear - 1) === InspectionResult.BASIC_PASS
    )
      reasons.push(REASONS.basicTwice);
    if (penalties.some((p) => !p.completedOn && !p.restoredOn)) reasons.push(REASONS.penalty);
    if (cases.some((c) => c.kind === AuditCaseKind.INVESTIGATION && !c.closedOn))
      reasons.push(REASONS.investigation);
    if (listings.some((l) => !l.removedOn)) reasons.push(REASONS.listed);
    return { eligible: reasons.length === 0, reasons: reasons.map((r) => r[ctx.locale]) };
  }

  /** 自查自纠: each campaign's problems found against resolved (the source: 356 and 110). */
  async campaigns(ctx: RequestContext): Promise<SelfInspectionSummary[]> {
    const knex = ctx.em.getKnex();
    const rows: Record<string, unknown>[] = await knex('self_inspection_campaign as c')
      .leftJoin('campaign_problem as p', 'p.campaign_id', 'c.id')
      .select('c.id', 'c.name', 'c.organization_type', 'c.starts_on', 'c.ends_on', 'p.category')
      .count({ found: 'p.id' })
      .select(knex.raw('count(p.resolved_on) as resolved'))
      .select(knex.raw('count(distinct p.organization_id) as organizations'))
      .groupBy('c.id', 'p.category')
      .orderBy([
        { column: 'c.starts_on', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ]);
    const byId = new Map<number, SelfInspectionSummary>();
    for (const row of rows) {
      const id = Number(row.id);
      const summary = byId.get(id) ?? {
        id,
        name: String(row.name),
        organizationType: (row.organization_type as never) ?? null,
        startsOn: String(row.starts_on),
        endsOn: (row.ends_on as string | null) ?? null,
        organizations: 0,
        problemsFound: 0,
        problemsResolved: 0,
        byCategory: {},
      };
      const found = Number(row.found);
      const resolved = Number(row.resolved);
      summary.problemsFound += found;
      summary.problemsResolved += resolved;
      if (row.category) summary.byCategory[String(row.category)] = { found, resolved };
      byId.set(id, summary);
    }
    if (byId.size > 0) {
      const orgs: { campaign_id: number; n: string }[] = await knex('campaign_problem')
        .select('campaign_id')
        .countDistinct({ n: 'organization_id' })
        .groupBy('campaign_id');
      for (const o of orgs) {
        const summary = byId.get(Number(o.campaign_id));
        if (summary) summary.organizations = Number(o.n);
      }
    }
    return [...byId.values()];
  }
}
