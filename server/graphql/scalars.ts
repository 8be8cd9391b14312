import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../common/input-checker.js';
import { inputError } from './errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw inputError({
      'zh-CN': '日期应为有效的日历日期，格式 YYYY-MM-DD。',
      en: 'A date must be a calendar day written YYYY-MM-DD.',
    });
  }
  return value;
}

/** A calendar day without time zone, kept as the string the database returns for `date`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
    throw inputError({
      'zh-CN': '金额应为以元为单位的字符串，最多两位小数，例如 "1034000000.00"。',
      en: 'An amount is a string of yuan with at most two decimals, e.g. "1034000000.00".',
    });
  }
  return value;
}

/** Money in yuan as an exact string with two decimals; never a float (API.md). */
export const DecimalScalar = new GraphQLScalarType<string, string>({
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
