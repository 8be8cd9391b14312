/**
 * The values DOMAIN.md leaves open (or marks uncertain), as configuration
 * with the defaults it gives. Read once from the environment at start-up
 * (`OVERSIGHT_*`); an officer's what-if thresholds override the sweep's part
 * for one run only.
 */

/** Spending floor and management-cost cap, in basis points (1/100 of a percent): 700 = 7%. */
export interface SpendingTier {
  /** Net assets at last year end from which the tier applies, in yuan. */
  minNetAssets: number;
  spendingBp: number;
  managementBp: number;
}

export interface SweepThresholds {
  /** A fine below this (yuan) is "small": abnormal list; at or above it: serious list (DOMAIN.md: 50,000). */
  largeFineYuan: number;
  /** Automatic removal from the abnormal list, where nothing needed fixing (6 months). */
  abnormalAutoRemovalMonths: number;
  /** On the abnormal list this long: escalated to the serious list (2 years). */
  escalationYears: number;
  /** Removal from the serious list on application after this many clean years (2). */
  seriousCleanYears: number;
  /** Warnings or small fines within `repeatWindowYears` that make a serious listing (2 within 3 years). */
  repeatCount: number;
  repeatWindowYears: number;
  /** How many of the latest due report years the sweep looks at (older gaps are history). */
  reportLookbackYears: number;
}

export interface OversightSettings {
  /** Annual reports are due by this day (MM-DD) of the following year (DOMAIN.md: 31 May). */
  reportDueMonthDay: string;
  /** Registered after this day (MM-DD) of the year: exempt for that year (less than six months). */
  reportExemptAfterMonthDay: string;
  /** Foundations' spending rule (2016): with public fundraising, and the tiers without. */
  publicFundraising: { spendingOfIncomeBp: number; managementBp: number };
  foundationTiers: SpendingTier[];
  /** The management-cost cap does not apply to management costs under this (yuan). */
  managementCapExemptBelowYuan: number;
  /** Staff or activity figures this many times above or below the organization's own average. */
  outlierFactor: number;
  /** Averages below this are too small to judge. */
  outlierMinimumBaseline: number;
  /** Default working days to rectify when an officer gives no deadline. */
  rectificationWorkingDays: number;
  /** Removal after an approved application: within this many working days (DOMAIN.md: 5). */
  removalWorkingDays: number;
  /** The scheduled sweep, in Shanghai time (cron). */
  sweepCron: string;
  sweep: SweepThresholds;
}

export const DEFAULT_SETTINGS: OversightSettings = {
  reportDueMonthDay: '05-31',
  reportExemptAfterMonthDay: '07-01',
  publicFundraising: { spendingOfIncomeBp: 7000, managementBp: 1000 },
  // DOMAIN.md "Charitable spending and management costs": foundations without public fundraising.
  foundationTiers: [
    { minNetAssets: 60_000_000, spendingBp: 600, managementBp: 1200 },
    { minNetAssets: 8_000_000, spendingBp: 600, managementBp: 1300 },
    { minNetAssets: 4_000_000, spendingBp: 700, managementBp: 1500 },
    { minNetAssets: 0, spendingBp: 800, managementBp: 2000 },
  ],
  managementCapExemptBelowYuan: 200_000,
  outlierFactor: 5,
  outlierMinimumBaseline: 10,
  rectificationWorkingDays: 20,
  removalWorkingDays: 5,
  sweepCron: '30 2 * * *',
  sweep: {
    largeFineYuan: 50_000,
    abnormalAutoRemovalMonths: 6,
    escalationYears: 2,
    seriousCleanYears: 2,
    repeatCount: 2,
    repeatWindowYears: 3,
    reportLookbackYears: 2,
  },
};

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function monthDay(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (!raw) return fallback;
  if (!MONTH_DAY.test(raw)) throw new Error(`${name} must be MM-DD, got "${raw}"`);
  return raw;
}

export function loadOversightSettings(env: NodeJS.ProcessEnv = process.env): OversightSettings {
  const d = DEFAULT_SETTINGS;
  return {
    ...d,
    reportDueMonthDay: monthDay(env, 'OVERSIGHT_REPORT_DUE', d.reportDueMonthDay),
    reportExemptAfterMonthDay: monthDay(env, 'OVERSIGHT_REPORT_EXEMPT_AFTER', d.reportExemptAfterMonthDay),
    outlierFactor: positive(env, 'OVERSIGHT_OUTLIER_FACTOR', d.outlierFactor),
    rectificationWorkingDays: positive(env, 'OVERSIGHT_RECTIFICATION_DAYS', d.rectificationWorkingDays),
    sweepCron: env.OVERSIGHT_SWEEP_CRON || d.sweepCron,
    sweep: {
      ...d.sweep,
      largeFineYuan: positive(env, 'OVERSIGHT_LARGE_FINE', d.sweep.largeFineYuan),
      abnormalAutoRemovalMonths: positive(
        env,
        'OVERSIGHT_AUTO_REMOVAL_MONTHS',
        d.sweep.abnormalAutoRemovalMonths,
      ),
      escalationYears: positive(env, 'OVERSIGHT_ESCALATION_YEARS', d.sweep.escalationYears),
      reportLookbackYears: positive(env, 'OVERSIGHT_REPORT_LOOKBACK_YEARS', d.sweep.reportLookbackYears),
    },
  };
}
