import { CommonErrorCode, type Message } from '../../common/errors.js';
import type { FieldSpec, InputChecker } from '../../common/input-checker.js';

/** Earliest date oversight records accept: nothing on the register is older. */
export const EARLIEST_DAY = '1980-01-01';

/** A required day within [from, to]: absurd dates (year 1 or 9999) are refused on their field. */
export function dayWithin(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  spec: FieldSpec,
  bounds: { from?: string; to?: string },
): string {
  const day = check.date(value, field, spec);
  if (!day) return day;
  const from = bounds.from ?? EARLIEST_DAY;
  if (day < from || (bounds.to && day > bounds.to))
    check.add(
      CommonErrorCode.INVALID,
      {
        'zh-CN': `${spec.label['zh-CN']}应在 ${from}${bounds.to ? ` 至 ${bounds.to}` : ' 之后'}。`,
        en: `${spec.label.en} must be ${bounds.to ? `from ${from} to ${bounds.to}` : `on or after ${from}`}.`,
      },
      field,
    );
  return day;
}

export function optionalDayWithin(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  spec: FieldSpec,
  bounds: { from?: string; to?: string },
): string | null {
  return value === null || value === undefined ? null : dayWithin(check, value, field, spec, bounds);
}

const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

/** An amount of yuan, not negative, two decimals at most; null when absent. */
export function amountOf(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  spec: FieldSpec,
  options: { positive?: boolean } = {},
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = value.trim();
  const bad: Message = {
    'zh-CN': `${spec.label['zh-CN']}应为${options.positive ? '大于零' : '不小于零'}的金额（元），最多两位小数。`,
    en: `${spec.label.en} must be an amount of yuan, ${options.positive ? 'above zero' : 'not negative'}, with at most two decimals.`,
  };
  if (!MONEY.test(text) || (options.positive && Number(text) === 0)) {
    check.add(CommonErrorCode.INVALID, bad, field);
    return null;
  }
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}

/** A whole number of working days within 1..max. */
export function workingDaysOf(
  check: InputChecker,
  value: number | null | undefined,
  field: string,
  spec: FieldSpec,
  max = 250,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    check.add(
      CommonErrorCode.INVALID,
      {
        'zh-CN': `${spec.label['zh-CN']}应为 1 到 ${max} 个工作日。`,
        en: `${spec.label.en} must be 1 to ${max} working days.`,
      },
      field,
    );
    return null;
  }
  return value;
}
