/**
 * The demo's calendar: dates as whole days since 1970-01-01 (UTC) to keep the arithmetic cheap,
 * and the last day of the demo's data, which every domain's dates stay within.
 */
import { shanghaiDateOf } from '../server/common/clock.js';
import { intBetween, type Rng } from './random.js';

/**
 * The source document's date (late 2019): the register's figures, first
 * evaluation grades, sponsors and the other domains' data are tied to it, so
 * the source figures stay true whatever the reference date.
 */
export const DEMO_SOURCE_DATE = '2019-10-31';

/**
 * The reference date (`DEMO_AS_OF`) of a city generated without one: the
 * source date, so the generator stays pure (no clock) and its digest fixed.
 * `npm run seed` and the server's first start default to `defaultDemoAsOf`.
 */
export const DEMO_AS_OF = DEMO_SOURCE_DATE;

/** The first day of the current month in Shanghai: the reference date when DEMO_AS_OF is unset. */
export function defaultDemoAsOf(now: Date): string {
  return `${shanghaiDateOf(now).slice(0, 7)}-01`;
}

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
