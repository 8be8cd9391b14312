import chineseDays from 'chinese-days';

/**
 * Dates of oversight: deadlines in working days on China's official
 * calendar (public holidays and the make-up working days, 调休), from the
 * maintained `chinese-days` package, never a hand-made list.
 */

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** The same day `months` later (the 31st falls back to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function isWorkingDay(iso: string): boolean {
  return chineseDays.isWorkday(iso);
}

/** The `n`-th working day after `iso` (n ≥ 1). */
export function addWorkingDays(iso: string, n: number): string {
  return chineseDays.findWorkday(n, iso);
}

/** A deadline that falls on a rest day moves to the next working day. */
export function workingDeadline(iso: string): string {
  return isWorkingDay(iso) ? iso : chineseDays.findWorkday(1, iso);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}
