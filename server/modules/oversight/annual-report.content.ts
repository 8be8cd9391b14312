import { CommonErrorCode, type Message } from '../../common/errors.js';
import type { FieldSpec, InputChecker } from '../../common/input-checker.js';
import { ANNUAL_REPORT_FIELDS as F } from './annual-report.fields.js';
import type { AnnualReportContentInput } from './annual-report.inputs.js';

/**
 * The checks of a report's contents, field by field (each problem in the
 * user's language, on its field): money with at most two decimals and not
 * negative (net assets may be), counts whole and within reason, texts within
 * their limits.
 */
const MONEY_FIELDS = [
  'incomeTotal',
  'incomeDonations',
  'incomeGovernment',
  'incomeServices',
  'incomeOther',
  'expenseTotal',
  'expenseCharitable',
  'expenseManagement',
  'expenseStaff',
  'specialFundIncome',
  'specialFundExpense',
] as const;
const SIGNED_MONEY_FIELDS = ['netAssetsStart', 'netAssetsEnd'] as const;
const COUNT_FIELDS = [
  'generalAssemblies',
  'boardMeetings',
  'fullTimeStaff',
  'certifiedSocialWorkers',
  'volunteers',
  'volunteerHours',
  'activityCount',
  'specialFundCount',
] as const;
const TEXT_FIELDS = [
  'basicInfoChanges',
  'responsiblePersonChanges',
  'activities',
  'majorEvents',
  'specialFundsSummary',
  'auditFirm',
] as const;

/** The largest count accepted (volunteer hours of a very large organization stay far below it). */
const MAX_COUNT = 100_000_000;
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;
const SIGNED_MONEY = /^-?\d{1,16}(\.\d{1,2})?$/;

/** Figures required before a report may be submitted. */
export const REQUIRED_TO_SUBMIT = [
  'incomeTotal',
  'expenseTotal',
  'netAssetsStart',
  'netAssetsEnd',
  'fullTimeStaff',
  'volunteers',
  'activityCount',
] as const;

function badMoney(label: Message, signed: boolean): Message {
  return signed
    ? {
        'zh-CN': `${label['zh-CN']}应为以元为单位的金额，最多两位小数。`,
        en: `${label.en} must be an amount of yuan with at most two decimals.`,
      }
    : {
        'zh-CN': `${label['zh-CN']}应为不小于零的金额（元），最多两位小数。`,
        en: `${label.en} must be an amount of yuan, not negative, with at most two decimals.`,
      };
}

/** Normalizes "12.5" to "12.50"; leaves anything else for the check to refuse. */
function twoDecimals(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}

function money(check: InputChecker, value: unknown, field: string, spec: FieldSpec, signed: boolean) {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = String(value).trim();
  if (!(signed ? SIGNED_MONEY : MONEY).test(text)) {
    check.add(CommonErrorCode.INVALID, badMoney(spec.label, signed), field);
    return undefined;
  }
  return twoDecimals(text);
}

function count(check: InputChecker, value: number | null | undefined, field: string, spec: FieldSpec) {
  if (value === undefined || value === null) return value;
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    check.add(
      CommonErrorCode.INVALID,
      {
        'zh-CN': `${spec.label['zh-CN']}应为 0 到 ${MAX_COUNT} 之间的整数。`,
        en: `${spec.label.en} must be a whole number from 0 to ${MAX_COUNT}.`,
      },
      field,
    );
    return undefined;
  }
  return value;
}

export type ReportContent = Partial<Record<keyof AnnualReportContentInput, string | number | boolean | null>>;

/** The checked contents to write: absent fields are left out, null clears. */
export function checkContent(check: InputChecker, input: AnnualReportContentInput): ReportContent {
  const changes: ReportContent = {};
  const put = (key: keyof AnnualReportContentInput, value: string | number | boolean | null | undefined) => {
    if (value !== undefined) changes[key] = value;
  };
  for (const key of MONEY_FIELDS) put(key, money(check, input[key], key, F[key], false));
  for (const key of SIGNED_MONEY_FIELDS) put(key, money(check, input[key], key, F[key], true));
  for (const key of COUNT_FIELDS) put(key, count(check, input[key], key, F[key]));
  for (const key of TEXT_FIELDS) {
    const spec = { ...F[key], multiline: key !== 'auditFirm' };
    put(key, check.nullableText(input[key], key, spec));
  }
  if (input.publicFundraising !== undefined) put('publicFundraising', input.publicFundraising);
  return changes;
}
