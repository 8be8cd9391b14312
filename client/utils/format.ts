import { shanghaiDateTime } from './shanghai-date';

/** "1234567.5" -> "1,234,567.50", exactly (money is a decimal string, never a float). */
export function formatYuan(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d{0,2})\d*)?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}

/** What the registration form accepts as registered capital: yuan with at most two decimals. */
export const DECIMAL_PATTERN = /^\d{1,16}(\.\d{1,2})?$/;

/** "1234.5" -> "1234.50": the API's Decimal has two decimals. */
export function toDecimal(input: string): string | null {
  const value = input.trim().replace(/,/g, '');
  if (value === '') return null;
  if (!DECIMAL_PATTERN.test(value)) return value;
  const [whole, fraction = ''] = value.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** Today in Shanghai (YYYY-MM-DD): business dates are Shanghai's dates (utils/shanghai-date.ts). */
export { shanghaiToday as todayIso } from './shanghai-date';

/** "2026-03-01T02:05:09.000Z" -> "2026-03-01 10:05:09", in Shanghai's local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return shanghaiDateTime(d);
}
