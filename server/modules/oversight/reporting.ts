import { addMonths, workingDeadline } from './calendar.js';
import type { OversightSettings } from './oversight.settings.js';

/**
 * Each year's reporting duty (DOMAIN.md "Annual inspection"): due by the
 * configured day of the following year (a rest day moves it to the next
 * working day); exempt when registered less than six months before the end
 * of the year. Shown publicly as on time, late or overdue.
 */
export enum FilingStatus {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  OVERDUE = 'OVERDUE',
  NOT_YET_DUE = 'NOT_YET_DUE',
  EXEMPT = 'EXEMPT',
}

export function reportDueOn(year: number, settings: OversightSettings): string {
  return `${year + 1}-${settings.reportDueMonthDay}`;
}

/** The last day a report counts as on time. */
export function effectiveDeadline(dueOn: string): string {
  return workingDeadline(dueOn);
}

/**
 * The last registration date that still owes the year's report: the
 * configured day, or the month's last day when the month is shorter (a
 * setting of 02-30 owes from registrations up to 28 or 29 February).
 */
export function reportOwedIfRegisteredBy(year: number, settings: OversightSettings): string {
  return addMonths(`${year}-${settings.reportExemptAfterMonthDay}`, 0);
}

export function reportExempt(registeredOn: string, year: number, settings: OversightSettings): boolean {
  return registeredOn > reportOwedIfRegisteredBy(year, settings);
}

export function filingStatus(
  dueOn: string,
  receivedOn: string | null | undefined,
  asOf: string,
  exempt = false,
): FilingStatus {
  if (exempt) return FilingStatus.EXEMPT;
  const deadline = effectiveDeadline(dueOn);
  if (receivedOn) return receivedOn <= deadline ? FilingStatus.ON_TIME : FilingStatus.LATE;
  return asOf > deadline ? FilingStatus.OVERDUE : FilingStatus.NOT_YET_DUE;
}
