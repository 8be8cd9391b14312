/**
 * Business dates ("today", "in the future", deadlines) are Shanghai's dates
 * (Asia/Shanghai, UTC+8 all year), whatever zone the browser is in — the
 * portal's counterpart of server/common/clock.ts. Before 08:00 Beijing time the
 * UTC date is still yesterday's; a browser in another zone may be a day off.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** Where "now" comes from; tests and demos may set a fixed instant with `setClock`. */
export type Clock = () => Date;

let clock: Clock = () => new Date();

/** Replaces the portal's clock (e.g. a fixed instant); `null` restores the system clock. */
export function setClock(next: Clock | null): void {
  clock = next ?? (() => new Date());
}

export function now(): Date {
  return clock();
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return DAY.format(instant);
}

/** Today in Shanghai (YYYY-MM-DD), by the portal's clock. */
export function shanghaiToday(): string {
  return shanghaiDateOf(clock());
}

/** This year in Shanghai. */
export function shanghaiYear(): number {
  return Number(shanghaiToday().slice(0, 4));
}

/** "2026-03-01T02:05:09.000Z" -> "2026-03-01 10:05:09", Shanghai's local time. */
export function shanghaiDateTime(instant: Date): string {
  const parts = Object.fromEntries(DATE_TIME.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** For date pickers: days after today in Shanghai cannot be chosen. */
export function isAfterShanghaiToday(day: Date): boolean {
  const picked = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return picked > shanghaiToday();
}
