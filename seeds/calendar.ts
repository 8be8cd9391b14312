/**
 * The demo's calendar: dates as whole days since 1970-01-01 (UTC) to keep the arithmetic cheap,
 * and the last day of the demo's data, which every domain's dates stay within.
 */
import { intBetween, type Rng } from './random.js';

/**
 * The reference date the demo city is generated as of: the last day of its data
 * (registrations, awards, changes). Every domain's dates are relative to
 * `city.asOf`; this is the default when none is given.
 */
export const DEMO_AS_OF = '2019-10-31';

const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Same calendar date n years later; 29 Feb falls back to 28 Feb. */
export function addYears(iso: string, n: number): string {
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${Number(iso.slice(0, 4)) + n}-${md}`;
}

/** A day of the year, no later than the demo's last day. */
export function randomDayInYear(rng: Rng, year: number, asOfDay: number): number {
  const start = dayOf(`${year}-01-01`);
  const end = Math.min(dayOf(`${year}-12-31`), asOfDay);
  return intBetween(rng, start, end);
}
