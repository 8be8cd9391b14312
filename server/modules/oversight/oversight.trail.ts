import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { AnnualReport } from './annual-report.entity.js';

/** Every change oversight records (one action per business action). */
export const OversightActions = defineActions([
  'saveAnnualReport',
  'submitAnnualReport',
  'reviewAnnualReport',
]);

/** The fields of a report the trail records before and after a change. */
function annualReportSnapshot(report: AnnualReport) {
  return {
    year: report.year,
    status: report.status,
    result: report.result ?? null,
    incomeTotal: report.incomeTotal ?? null,
    expenseTotal: report.expenseTotal ?? null,
    netAssetsStart: report.netAssetsStart ?? null,
    netAssetsEnd: report.netAssetsEnd ?? null,
    receivedOn: report.receivedOn ?? null,
    reviewComment: report.reviewComment ?? null,
    warningCodes: report.warningCodes,
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
