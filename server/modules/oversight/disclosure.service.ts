import { CommonErrorCode, DomainError } from '../../common/errors.js';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import type { Organization } from '../registry/organization.entity.js';
import type { ReportingYear } from './annual-report.types.js';
import type { OversightSettings } from './oversight.settings.js';
import { filingStatus, reportDueOn, reportExempt } from './reporting.js';

const MAX_YEARS = 10;

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
}
