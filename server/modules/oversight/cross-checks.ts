import type { Message } from '../../common/errors.js';
import { OrganizationType } from '../registry/enums.js';
import type { StoredWarning } from './annual-report.entity.js';
import { basisPoints, centsOf, shareOf, sum, yuanOf, yuanToCents, type Cents } from './money.js';
import type { OversightSettings } from './oversight.settings.js';

/**
 * 年报自动校验: the cross-checks of an annual report, computed in this one
 * place when a draft is saved (so the organization sees them before it
 * submits) and kept with the report for the officers' worklist.
 */
export enum CrossCheckCode {
  INCOME_PARTS_MISMATCH = 'INCOME_PARTS_MISMATCH',
  EXPENSE_PARTS_MISMATCH = 'EXPENSE_PARTS_MISMATCH',
  NET_ASSETS_DISCONTINUITY = 'NET_ASSETS_DISCONTINUITY',
  CHARITABLE_SPENDING_BELOW_FLOOR = 'CHARITABLE_SPENDING_BELOW_FLOOR',
  MANAGEMENT_COST_ABOVE_CAP = 'MANAGEMENT_COST_ABOVE_CAP',
  FIGURE_OUTLIER = 'FIGURE_OUTLIER',
}

/** The figures of a report the checks read (a saved report, or the draft being saved). */
export interface ReportFigures {
  year: number;
  incomeTotal?: string | null;
  incomeDonations?: string | null;
  incomeGovernment?: string | null;
  incomeServices?: string | null;
  incomeOther?: string | null;
  expenseTotal?: string | null;
  expenseCharitable?: string | null;
  expenseManagement?: string | null;
  expenseStaff?: string | null;
  netAssetsStart?: string | null;
  netAssetsEnd?: string | null;
  fullTimeStaff?: number | null;
  volunteers?: number | null;
  volunteerHours?: number | null;
  activityCount?: number | null;
  publicFundraising?: boolean | null;
}

const OUTLIER_FIELDS = ['fullTimeStaff', 'volunteers', 'volunteerHours', 'activityCount'] as const;

/**
 * Every check that fires for `report`, given the organization's type and its
 * earlier reports (any order; those of the three previous years are used).
 */
export function crossCheck(
  report: ReportFigures,
  type: OrganizationType,
  earlier: readonly ReportFigures[],
  settings: OversightSettings,
): StoredWarning[] {
  const warnings: StoredWarning[] = [];
  const c = (v: string | null | undefined) => centsOf(v);
  const incomeParts = [
    report.incomeDonations,
    report.incomeGovernment,
    report.incomeServices,
    report.incomeOther,
  ].map(c);
  const incomeTotal = c(report.incomeTotal);
  if (incomeTotal !== null && incomeParts.some((p) => p !== null) && sum(incomeParts) !== incomeTotal)
    warnings.push({
      code: CrossCheckCode.INCOME_PARTS_MISMATCH,
      figures: { total: yuanOf(incomeTotal), sumOfParts: yuanOf(sum(incomeParts)) },
    });
  const expenseParts = [report.expenseCharitable, report.expenseManagement, report.expenseStaff].map(c);
  const expenseTotal = c(report.expenseTotal);
  if (expenseTotal !== null && expenseParts.some((p) => p !== null) && sum(expenseParts) !== expenseTotal)
    warnings.push({
      code: CrossCheckCode.EXPENSE_PARTS_MISMATCH,
      figures: { total: yuanOf(expenseTotal), sumOfParts: yuanOf(sum(expenseParts)) },
    });

  const byYear = new Map(earlier.map((r) => [r.year, r]));
  const last = byYear.get(report.year - 1);
  const start = c(report.netAssetsStart);
  const lastEnd = c(last?.netAssetsEnd);
  if (start !== null && lastEnd !== null && start !== lastEnd)
    warnings.push({
      code: CrossCheckCode.NET_ASSETS_DISCONTINUITY,
      figures: {
        netAssetsStart: yuanOf(start),
        lastYearNetAssetsEnd: yuanOf(lastEnd),
        lastYear: report.year - 1,
      },
    });

  if (type === OrganizationType.FOUNDATION) warnings.push(...spendingChecks(report, byYear, settings));

  const history = [1, 2, 3].flatMap((n) =>
    byYear.has(report.year - n) ? [byYear.get(report.year - n)!] : [],
  );
  for (const field of OUTLIER_FIELDS) {
    const value = report[field];
    const values = history.map((r) => r[field]).filter((v): v is number => typeof v === 'number');
    if (typeof value !== 'number' || values.length === 0) continue;
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    const baseline = Math.max(average, settings.outlierMinimumBaseline);
    const high = value > baseline * settings.outlierFactor;
    const low = average >= settings.outlierMinimumBaseline && value < average / settings.outlierFactor;
    if (high || low)
      warnings.push({
        code: CrossCheckCode.FIGURE_OUTLIER,
        figures: { field, value, average: Math.round(average * 10) / 10, factor: settings.outlierFactor },
      });
  }
  return warnings;
}

/**
 * The 2016 spending rule for foundations: a floor on charitable spending
 * (70% of last year's income with public fundraising; a share of last year's
 * closing net assets by tier without), where a three-year average may
 * replace last year's figure; a cap on management costs, which does not
 * apply to management costs under 200,000 yuan.
 */
function spendingChecks(
  report: ReportFigures,
  byYear: Map<number, ReportFigures>,
  settings: OversightSettings,
): StoredWarning[] {
  const warnings: StoredWarning[] = [];
  const previous = [1, 2, 3].map((n) => byYear.get(report.year - n));
  const last = previous[0];
  const publicFundraising = report.publicFundraising === true;
  const lastNetAssets = centsOf(report.netAssetsStart) ?? centsOf(last?.netAssetsEnd);
  const tier =
    settings.foundationTiers.find((t) => (lastNetAssets ?? 0n) >= yuanToCents(t.minNetAssets)) ??
    settings.foundationTiers[settings.foundationTiers.length - 1];
  const spendingBp = publicFundraising ? settings.publicFundraising.spendingOfIncomeBp : tier.spendingBp;
  const managementBp = publicFundraising ? settings.publicFundraising.managementBp : tier.managementBp;
  const baseOf = (r: ReportFigures | undefined): Cents | null =>
    centsOf(publicFundraising ? r?.incomeTotal : r?.netAssetsEnd);
  const lastBase = publicFundraising ? baseOf(last) : lastNetAssets;
  const bases = previous.map(baseOf).filter((b): b is Cents => b !== null);
  const averageBase = bases.length === 3 ? sum(bases) / 3n : null;

  const charitable = centsOf(report.expenseCharitable);
  if (charitable !== null && lastBase !== null && lastBase > 0n) {
    const floor = shareOf(lastBase, spendingBp);
    const averageFloor = averageBase !== null ? shareOf(averageBase, spendingBp) : null;
    const meets = charitable >= floor || (averageFloor !== null && charitable >= averageFloor);
    if (!meets)
      warnings.push({
        code: CrossCheckCode.CHARITABLE_SPENDING_BELOW_FLOOR,
        figures: {
          charitable: yuanOf(charitable),
          floor: yuanOf(floor),
          threeYearFloor: averageFloor === null ? null : yuanOf(averageFloor),
          base: yuanOf(lastBase),
          basis: publicFundraising ? 'LAST_YEAR_INCOME' : 'LAST_YEAR_NET_ASSETS',
          rateBp: spendingBp,
        },
      });
  }
  const management = centsOf(report.expenseManagement);
  const total = centsOf(report.expenseTotal);
  if (management !== null && total !== null && total > 0n) {
    const exempt = management < yuanToCents(settings.managementCapExemptBelowYuan);
    const shareBp = basisPoints(management, total) ?? 0;
    if (!exempt && shareBp > managementBp)
      warnings.push({
        code: CrossCheckCode.MANAGEMENT_COST_ABOVE_CAP,
        figures: { management: yuanOf(management), total: yuanOf(total), shareBp, capBp: managementBp },
      });
  }
  return warnings;
}

const pct = (bp: unknown) => `${(Number(bp) / 100).toFixed(2)}%`;

const FIELD_NAMES: Record<string, Message> = {
  fullTimeStaff: { 'zh-CN': '专职工作人员', en: 'full-time staff' },
  volunteers: { 'zh-CN': '志愿者人数', en: 'volunteers' },
  volunteerHours: { 'zh-CN': '志愿服务时长', en: 'volunteer hours' },
  activityCount: { 'zh-CN': '开展活动次数', en: 'activities held' },
};

/** What a warning says, in both languages, with its numbers. */
export function warningMessage(warning: StoredWarning): Message {
  const f = warning.figures;
  switch (warning.code) {
    case CrossCheckCode.INCOME_PARTS_MISMATCH:
      return {
        'zh-CN': `收入合计 ${f.total} 元与各项收入之和 ${f.sumOfParts} 元不符。`,
        en: `Total income ${f.total} yuan does not equal the sum of its parts, ${f.sumOfParts} yuan.`,
      };
    case CrossCheckCode.EXPENSE_PARTS_MISMATCH:
      return {
        'zh-CN': `费用合计 ${f.total} 元与公益支出、管理费用、人员费用之和 ${f.sumOfParts} 元不符。`,
        en: `Total expenses ${f.total} yuan do not equal programme, management and staff costs together, ${f.sumOfParts} yuan.`,
      };
    case CrossCheckCode.NET_ASSETS_DISCONTINUITY:
      return {
        'zh-CN': `年初净资产 ${f.netAssetsStart} 元与 ${f.lastYear} 年度报告的年末净资产 ${f.lastYearNetAssetsEnd} 元不一致。`,
        en: `Net assets at year start, ${f.netAssetsStart} yuan, do not match the ${f.lastYear} report's closing ${f.lastYearNetAssetsEnd} yuan.`,
      };
    case CrossCheckCode.CHARITABLE_SPENDING_BELOW_FLOOR: {
      const basis =
        f.basis === 'LAST_YEAR_INCOME'
          ? { 'zh-CN': '上年总收入', en: "last year's income" }
          : { 'zh-CN': '上年末净资产', en: "last year's closing net assets" };
      const avg = f.threeYearFloor === null ? null : f.threeYearFloor;
      return {
        'zh-CN': `公益支出 ${f.charitable} 元低于${basis['zh-CN']} ${f.base} 元的 ${pct(f.rateBp)}（${f.floor} 元）${avg ? `，也低于按前三年平均计算的 ${avg} 元` : ''}。`,
        en: `Charitable spending of ${f.charitable} yuan is below ${pct(f.rateBp)} of ${basis.en} ${f.base} yuan (${f.floor} yuan)${avg ? `, and below the three-year-average floor of ${avg} yuan` : ''}.`,
      };
    }
    case CrossCheckCode.MANAGEMENT_COST_ABOVE_CAP:
      return {
        'zh-CN': `管理费用 ${f.management} 元占费用合计的 ${pct(f.shareBp)}，超过 ${pct(f.capBp)} 的上限。`,
        en: `Management costs of ${f.management} yuan are ${pct(f.shareBp)} of total expenses, above the ${pct(f.capBp)} cap.`,
      };
    case CrossCheckCode.FIGURE_OUTLIER: {
      const name = FIELD_NAMES[String(f.field)] ?? { 'zh-CN': String(f.field), en: String(f.field) };
      return {
        'zh-CN': `${name['zh-CN']} ${f.value} 与本组织前几年的平均数 ${f.average} 相差超过 ${f.factor} 倍。`,
        en: `${name.en} of ${f.value} is more than ${f.factor} times off the organization's own average of ${f.average}.`,
      };
    }
    default:
      return { 'zh-CN': warning.code, en: warning.code };
  }
}
