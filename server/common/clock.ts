/**
 * Business dates ("today", "in the future", deadlines) are Shanghai's dates
 * (Asia/Shanghai, UTC+8 all year), whatever zone the server runs in: before
 * 08:00 Beijing time the UTC date is still yesterday's.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return DAY_FORMAT.format(instant);
}

/** Where "now" comes from: the system clock, or a fixed instant (FIXED_NOW) for tests and demos. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function clockOf(fixedNow: Date | undefined): Clock {
  return fixedNow ? () => new Date(fixedNow.getTime()) : systemClock;
}

/** Today in Shanghai, by the request's clock. */
export function today(ctx: { now: Clock }): string {
  return shanghaiDateOf(ctx.now());
}

const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Shanghai's local time, "2026-12-04 07:30:00" (exports people read). */
export function shanghaiDateTimeOf(instant: Date): string {
  const part = Object.fromEntries(DATE_TIME_FORMAT.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
