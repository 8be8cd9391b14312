import { defineActions, subjectType, type TrailSubjectType } from '../../common/trail.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import type { RequestContext } from '../../common/context.js';
import type { Organization } from '../registry/organization.entity.js';
import { AnnualReport } from './annual-report.entity.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { ComplianceSweepRun } from './compliance-sweep.entity.js';
import { CreditListing, RemovalApplication } from './credit-listing.entity.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';

/** Every change oversight records (one action per business action). */
export const OversightActions = defineActions([
  'saveAnnualReport',
  'submitAnnualReport',
  'reviewAnnualReport',
  'openAuditCase',
  'recordAuditFinding',
  'closeAuditCase',
  'resolveRectification',
  'verifyRectification',
  'markRectificationOverdue',
  'imposePenalty',
  'endSuspension',
  'placeOnCreditList',
  'removeFromCreditList',
  'restartListingClock',
  'applyForCreditListRemoval',
  'decideCreditListRemoval',
  'runComplianceSweep',
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

/** The jurisdiction key of a record that belongs to one organization. */
const scopeOfOrganization = (record: { organization: Organization }) =>
  managedOrganizations.keyOf(registrarOf(record.organization));

function named<T extends object>(entity: new () => T, name: (record: T) => string, populate: string[]) {
  return async (ctx: RequestContext, key: string) => {
    const record = await ctx.em.findOne(entity, Number(key) as never, { populate: populate as never });
    return record ? name(record) : null;
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
  subjectType({
    type: 'AuditCase',
    entity: AuditCase,
    snapshot: (c: AuditCase) => ({
      kind: c.kind,
      title: c.title,
      scope: c.scope,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo ?? null,
      auditor: c.auditor,
      openedOn: c.openedOn,
      closedOn: c.closedOn ?? null,
      conclusion: c.conclusion ?? null,
    }),
    scopeOf: scopeOfOrganization,
    nameOf: named(AuditCase, (c) => `${c.organization.name} ${c.title}`, ['organization']),
  }),
  subjectType({
    type: 'AuditFinding',
    entity: AuditFinding,
    snapshot: (f: AuditFinding) => ({
      category: f.category,
      severity: f.severity,
      description: f.description,
      amount: f.amount ?? null,
      foundOn: f.foundOn,
    }),
    scopeOf: (f: AuditFinding) => scopeOfOrganization(f.auditCase),
    nameOf: named(AuditFinding, (f) => f.auditCase.title, ['auditCase']),
  }),
  subjectType({
    type: 'Rectification',
    entity: Rectification,
    snapshot: (r: Rectification) => ({
      status: r.status,
      requirement: r.requirement,
      deadline: r.deadline,
      workingDays: r.workingDays ?? null,
      response: r.response ?? null,
      evidence: r.evidence ?? null,
      overdueOn: r.overdueOn ?? null,
      verificationComment: r.verificationComment ?? null,
    }),
    scopeOf: scopeOfOrganization,
    nameOf: named(Rectification, (r) => `${r.organization.name} ${r.requirement.slice(0, 30)}`, [
      'organization',
    ]),
  }),
  subjectType({
    type: 'Penalty',
    entity: Penalty,
    snapshot: (p: Penalty) => ({
      kind: p.kind,
      amount: p.amount ?? null,
      suspendedFrom: p.suspendedFrom ?? null,
      suspendedUntil: p.suspendedUntil ?? null,
      restoredOn: p.restoredOn ?? null,
      legalBasis: p.legalBasis,
      decisionNumber: p.decisionNumber ?? null,
      decidedOn: p.decidedOn,
    }),
    scopeOf: scopeOfOrganization,
    nameOf: named(Penalty, (p) => `${p.organization.name} ${p.kind}`, ['organization']),
  }),
  subjectType({
    type: 'CreditListing',
    entity: CreditListing,
    snapshot: (l: CreditListing) => ({
      list: l.list,
      reasonCode: l.reasonCode,
      article: l.article,
      reason: l.reason,
      since: l.since,
      clockStartedOn: l.clockStartedOn,
      removableFrom: l.removableFrom ?? null,
      source: l.source,
      sourceRule: l.sourceRule ?? null,
      removedOn: l.removedOn ?? null,
      removalKind: l.removalKind ?? null,
      removalReason: l.removalReason ?? null,
    }),
    scopeOf: scopeOfOrganization,
    nameOf: named(CreditListing, (l) => `${l.organization.name} ${l.list}`, ['organization']),
  }),
  subjectType({
    type: 'RemovalApplication',
    entity: RemovalApplication,
    snapshot: (a: RemovalApplication) => ({
      status: a.status,
      statement: a.statement,
      evidence: a.evidence ?? null,
      decisionReason: a.decisionReason ?? null,
    }),
    scopeOf: scopeOfOrganization,
    nameOf: named(RemovalApplication, (a) => a.organization.name, ['organization']),
  }),
  subjectType({
    type: 'ComplianceSweepRun',
    entity: ComplianceSweepRun,
    snapshot: (r: ComplianceSweepRun) => ({
      asOf: r.asOf,
      dryRun: r.dryRun,
      status: r.status,
      listedCount: r.listedCount,
      removedCount: r.removedCount,
      escalatedCount: r.escalatedCount,
    }),
    scopeOf: () => null,
    nameOf: named(ComplianceSweepRun, (r) => `${r.asOf}${r.scheduleKey ? ` (${r.scheduleKey})` : ''}`, []),
  }),
];
