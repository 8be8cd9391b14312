import { GraphQLScalarType, Kind } from 'graphql';
import type { Message } from '../common/errors.js';
import { isCalendarDate } from '../common/input-checker.js';

/**
 * A value its scalar refused. It is not thrown (graphql-js would make it a
 * request error without a field): the root field finds it in its arguments
 * and answers a `userError` on that field (mutations, API.md) or
 * BAD_USER_INPUT naming it (queries), before any resolver sees it.
 */
export class InvalidValue {
  constructor(readonly message: Message) {}
}

/** Every refused value in a root field's arguments, with its path (['input', 'registeredOn']). */
export function invalidValues(value: unknown, path: string[] = []): { path: string[]; message: Message }[] {
  if (value instanceof InvalidValue) return [{ path, message: value.message }];
  if (Array.isArray(value)) return value.flatMap((v, i) => invalidValues(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => invalidValues(v, [...path, k]));
  return [];
}

/** A year like 0100 or 9999 is a typo (D17); services bound their own dates more tightly. */
const FIRST_DAY = '1000-01-01';
const LAST_DAY = '2999-12-31';

function parseDate(value: unknown): string | InvalidValue {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    return new InvalidValue({
      'zh-CN': '日期应为有效的日历日期，格式 YYYY-MM-DD。',
      en: 'A date must be a calendar day written YYYY-MM-DD.',
    });
  }
  if (value < FIRST_DAY || value > LAST_DAY)
    return new InvalidValue({
      'zh-CN': '日期应在 1000 年至 2999 年之间。',
      en: 'A date must be between the years 1000 and 2999.',
    });
  return value;
}

/** A calendar day without time zone, kept as the string the database returns for `date`. */
export const DateScalar = new GraphQLScalarType<string | InvalidValue, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string | InvalidValue {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
    return new InvalidValue({
      'zh-CN': '金额应为以元为单位的字符串，最多两位小数，例如 "1034000000.00"。',
      en: 'An amount is a string of yuan with at most two decimals, e.g. "1034000000.00".',
    });
  }
  // One form for one amount ("00050000.0" is 50000.00), so an unchanged amount compares equal (D16).
  return formatDecimal(value.replace(/^(-?)0+(?=\d)/, '$1'));
}

/** Money in yuan as an exact string with two decimals; never a float (API.md). */
export const DecimalScalar = new GraphQLScalarType<string | InvalidValue, string>({
  name: 'Decimal',
  description: 'An exact amount of yuan as a string with two decimals, e.g. "1034000000.00".',
  serialize: (value) => formatDecimal(String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Pads a numeric string to two decimals without going through a float. */
export function formatDecimal(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}
