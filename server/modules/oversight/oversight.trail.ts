import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { AnnualReport } from './annual-report.entity.js';

/** Every change oversight records (one action per business action). */
export const OversightActions = defineActions([
  'saveAnnualReport',
  'submitAnnualReport',
  'reviewAnnualReport',
]);

/** The fields of a report the trail records before and after a change: its state and every figure. */
const REPORT_CONTENT = [
  'basicInfoChanges',
  'generalAssemblies',
  'boardMeetings',
  'responsiblePersonChanges',
  'incomeTotal',
  'incomeDonations',
  'incomeGovernment',
  'incomeServices',
  'incomeOther',
  'expenseTotal',
  'expenseCharitable',
  'expenseManagement',
  'expenseStaff',
  'netAssetsStart',
  'netAssetsEnd',
  'fullTimeStaff',
  'certifiedSocialWorkers',
  'volunteers',
  'volunteerHours',
  'activities',
  'activityCount',
  'majorEvents',
  'publicFundraising',
  'specialFundCount',
  'specialFundIncome',
  'specialFundExpense',
  'specialFundsSummary',
  'auditFirm',
] as const;

function annualReportSnapshot(report: AnnualReport) {
  return {
    year: report.year,
    status: report.status,
    result: report.result ?? null,
    receivedOn: report.receivedOn ?? null,
    reviewComment: report.reviewComment ?? null,
    warningCodes: report.warningCodes,
    ...Object.fromEntries(REPORT_CONTENT.map((field) => [field, report[field] ?? null])),
  };
}

export const OVERSIGHT_SUBJECTS: TrailSubjectType[] = [
  subjectType({
    type: 'AnnualReport',
    entity: AnnualReport,
    snapshot: annualReportSnapshot,
    scopeOf: (report) => managedOrganizations.keyOf(registrarOf(report.organization)),
    nameOf: async (ctx, key) => {
      const report = await ctx.em.findOne(AnnualReport, Number(key), { populate: ['organization'] });
      return report ? `${report.organization.name} ${report.year}` : null;
    },
  }),
];
