import { describe, expect, it } from 'vitest';
import { crossCheck, type ReportFigures } from '../../server/modules/oversight/cross-checks.js';
import { DEFAULT_SETTINGS } from '../../server/modules/oversight/oversight.settings.js';
import { addWorkingDays, workingDeadline } from '../../server/modules/oversight/calendar.js';
import {
  filingStatus,
  reportExempt,
  reportOwedIfRegisteredBy,
} from '../../server/modules/oversight/reporting.js';
import { OrganizationType } from '../../server/modules/registry/enums.js';

const codes = (report: ReportFigures, earlier: ReportFigures[] = [], type = OrganizationType.FOUNDATION) =>
  crossCheck(report, type, earlier, DEFAULT_SETTINGS).map((w) => w.code);

const year = (y: number, figures: Partial<ReportFigures>): ReportFigures => ({ year: y, ...figures });

describe('the annual-report cross-checks (DOMAIN.md, 2016 spending rule)', () => {
  it('flags totals that do not add up and net assets that do not follow last year', () => {
    expect(
      codes(year(2024, { incomeTotal: '100.00', incomeDonations: '60.00', incomeOther: '30.00' })),
    ).toEqual(['INCOME_PARTS_MISMATCH']);
    expect(codes(year(2024, { expenseTotal: '100.00', expenseCharitable: '100.00' }))).toEqual([]);
    expect(codes(year(2024, { netAssetsStart: '500.00' }), [year(2023, { netAssetsEnd: '499.99' })])).toEqual(
      ['NET_ASSETS_DISCONTINUITY'],
    );
  });

  it('holds a foundation without public fundraising to its tier, or to the three-year average', () => {
    // Net assets of 5 M: tier 4–8 M, 7% floor (350,000), 15% management cap.
    const report = year(2024, { netAssetsStart: '5000000.00', expenseCharitable: '300000.00' });
    expect(codes(report)).toEqual(['CHARITABLE_SPENDING_BELOW_FLOOR']);
    // The three-year average of closing net assets (4 M) makes the floor 280,000: met.
    const history = [
      year(2023, { netAssetsEnd: '5000000.00' }),
      year(2022, { netAssetsEnd: '3500000.00' }),
      year(2021, { netAssetsEnd: '3500000.00' }),
    ];
    expect(codes(report, history)).toEqual([]);
    // Not a foundation: the foundation rule does not apply.
    expect(codes(report, [], OrganizationType.SOCIAL_GROUP)).toEqual([]);
  });

  it('applies 70% of last year’s income with public fundraising, and the 10% management cap above 200,000 yuan', () => {
    const last = year(2023, { incomeTotal: '10000000.00', netAssetsEnd: '1.00' });
    const spending = { publicFundraising: true, expenseCharitable: '6900000.00', netAssetsStart: '1.00' };
    expect(codes(year(2024, spending), [last])).toEqual(['CHARITABLE_SPENDING_BELOW_FLOOR']);
    expect(codes(year(2024, { ...spending, expenseCharitable: '7000000.00' }), [last])).toEqual([]);
    const costs = {
      publicFundraising: true,
      expenseTotal: '1500000.00',
      expenseManagement: '199999.99',
      expenseCharitable: '1300000.01',
    };
    expect(codes(year(2024, costs))).toEqual([]); // 13% but under 200,000: exempt
    const above = {
      expenseManagement: '250000.00',
      expenseTotal: '2000000.00',
      expenseCharitable: '1750000.00',
    };
    expect(codes(year(2024, { ...costs, ...above }))).toEqual(['MANAGEMENT_COST_ABOVE_CAP']);
  });

  it("flags staff and activity figures far outside the organization's own history", () => {
    const history = [year(2023, { fullTimeStaff: 20, activityCount: 30 }), year(2022, { fullTimeStaff: 22 })];
    expect(codes(year(2024, { fullTimeStaff: 400, activityCount: 31 }), history)).toEqual(['FIGURE_OUTLIER']);
    expect(codes(year(2024, { fullTimeStaff: 2 }), history)).toEqual(['FIGURE_OUTLIER']);
    expect(codes(year(2024, { fullTimeStaff: 25 }), history)).toEqual([]);
  });
});

describe("deadlines on China's official calendar (chinese-days)", () => {
  it('skips public holidays and counts make-up working days', () => {
    // National Day 2019: 1–7 October off, Saturday 12 October a make-up working day.
    expect(addWorkingDays('2019-09-30', 1)).toBe('2019-10-08');
    expect(addWorkingDays('2019-10-11', 1)).toBe('2019-10-12');
    // 31 May 2025 was the Dragon Boat holiday: a report received on 3 June is still on time.
    expect(workingDeadline('2025-05-31')).toBe('2025-06-03');
    expect(filingStatus('2025-05-31', '2025-06-03', '2025-07-01')).toBe('ON_TIME');
    expect(filingStatus('2025-05-31', '2025-06-04', '2025-07-01')).toBe('LATE');
    expect(filingStatus('2025-05-31', null, '2025-07-01')).toBe('OVERDUE');
  });
});

describe('who owes a year’s annual report', () => {
  it('owes it when registered by the exemption date, or by the last day of a shorter month', () => {
    expect(reportExempt('2019-07-01', 2019, DEFAULT_SETTINGS)).toBe(false);
    expect(reportExempt('2019-07-02', 2019, DEFAULT_SETTINGS)).toBe(true);
    const february = { ...DEFAULT_SETTINGS, reportExemptAfterMonthDay: '02-30' };
    expect(reportOwedIfRegisteredBy(2019, february)).toBe('2019-02-28');
    expect(reportOwedIfRegisteredBy(2020, february)).toBe('2020-02-29');
    expect(reportExempt('2019-02-28', 2019, february)).toBe(false);
    expect(reportExempt('2019-03-01', 2019, february)).toBe(true);
  });
});
