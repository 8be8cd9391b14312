/**
 * Loads oversight's part of the demo city in batched multi-row inserts: the
 * reports (with their review rounds), the self-inspection campaign, audit
 * cases with findings and rectifications, and penalties.
 */
import type { DemoStep, LoadStep, SampleFilter } from '../load-step.js';

const at = (day: string | null, hour = 10) =>
  day === null ? null : `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;

const loadOversight: LoadStep = async ({ knex, insert }, city) => {
  const c = city;
  await insert(
    'annual_report',
    c.annualReports.map((r) => ({
      id: r.key,
      organization_id: r.organizationKey,
      year: r.year,
      status: r.status,
      result: r.result,
      due_on: r.dueOn,
      received_on: r.receivedOn,
      submitted_at: at(r.receivedOn),
      reviewed_at: at(r.reviewedOn, 15),
      review_comment: r.reviewComment,
      ...Object.fromEntries(
        Object.entries(r.figures).map(([k, v]) => [k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`), v]),
      ),
      warnings: JSON.stringify(r.warnings),
      warning_codes: [...new Set(r.warnings.map((w) => w.code))],
    })),
    0,
    0.7,
  );
  // Review rounds of the latest year (returns and approvals); older years keep their result only.
  const latestYear = c.annualReports.reduce((max, r) => Math.max(max, r.year), 0);
  await insert(
    'annual_report_review',
    c.annualReports
      .filter((r) => r.reviewedOn !== null && r.year === latestYear)
      .map((r) => ({
        report_id: r.key,
        decision: r.result ? 'APPROVE' : 'RETURN',
        result: r.result,
        comment: r.reviewComment,
        reviewed_at: at(r.reviewedOn, 15),
      })),
    0.7,
    0.85,
  );
  const [campaign] = await knex('self_inspection_campaign')
    .insert({
      name: c.campaign.name,
      organization_type: 'SOCIAL_SERVICE_INSTITUTION',
      starts_on: c.campaign.startsOn,
      ends_on: c.campaign.endsOn,
      description: '社会服务机构自查自纠',
    })
    .returning('id');
  await insert(
    'campaign_problem',
    c.campaign.problems.map((p) => ({
      campaign_id: campaign.id,
      organization_id: p.organizationKey,
      category: p.category,
      description: p.description,
      found_on: p.foundOn,
      resolved_on: p.resolvedOn,
      resolution: p.resolvedOn ? '已整改' : null,
    })),
    0.85,
    0.88,
  );
  await insert(
    'audit_case',
    c.auditCases.map((a) => ({
      id: a.key,
      organization_id: a.organizationKey,
      kind: a.kind,
      title: a.title,
      scope: a.scope,
      period_from: a.periodFrom,
      period_to: a.periodTo,
      auditor: a.auditor,
      opened_on: a.openedOn,
      closed_on: a.closedOn,
      conclusion: a.conclusion,
      working_notes: a.workingNotes,
      campaign_id: null,
    })),
    0.88,
    0.9,
  );
  await insert(
    'audit_finding',
    c.findings.map((f) => ({
      id: f.key,
      audit_case_id: f.auditCaseKey,
      category: f.category,
      severity: f.severity,
      description: f.description,
      amount: f.amount,
      found_on: f.foundOn,
    })),
    0.9,
    0.93,
  );
  await insert(
    'rectification',
    c.rectifications.map((r) => ({
      finding_id: r.findingKey,
      organization_id: r.organizationKey,
      status: r.status,
      requirement: r.requirement,
      ordered_on: r.orderedOn,
      deadline: r.deadline,
      working_days: r.workingDays,
      response: r.response,
      responded_at: at(r.respondedOn),
      overdue_on: r.overdueOn,
      verified_at: at(r.verifiedOn, 16),
      verification_comment: r.verifiedOn ? '经核查，整改到位。' : null,
    })),
    0.93,
    0.96,
  );
  await insert(
    'penalty',
    c.penalties.map((p) => ({
      organization_id: p.organizationKey,
      audit_case_id: p.auditCaseKey,
      kind: p.kind,
      amount: p.amount,
      suspended_from: p.suspendedFrom,
      suspended_until: p.suspendedUntil,
      legal_basis: p.legalBasis,
      decision_number: p.decisionNumber,
      decided_on: p.decidedOn,
      completed_on: p.completedOn,
    })),
    0.96,
    1,
  );
  for (const table of ['annual_report', 'audit_case', 'audit_finding'])
    await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), greatest(1, (select max(id) from ??)))`, [
      table,
      table,
    ]);
};

/** The sampled organizations' reports, cases (with their findings and rectifications) and penalties. */
const sampleOversight: SampleFilter = (city, keys) => {
  const cases = city.auditCases.filter((a) => keys.has(a.organizationKey));
  const caseKeys = new Set(cases.map((a) => a.key));
  const findings = city.findings.filter((f) => caseKeys.has(f.auditCaseKey));
  const findingKeys = new Set(findings.map((f) => f.key));
  return {
    annualReports: city.annualReports.filter((r) => keys.has(r.organizationKey)),
    auditCases: cases,
    findings,
    rectifications: city.rectifications.filter((r) => findingKeys.has(r.findingKey)),
    penalties: city.penalties
      .filter((p) => keys.has(p.organizationKey))
      .map((p) =>
        p.auditCaseKey !== null && !caseKeys.has(p.auditCaseKey) ? { ...p, auditCaseKey: null } : p,
      ),
    campaign: {
      ...city.campaign,
      problems: city.campaign.problems.filter((p) => keys.has(p.organizationKey)),
    },
  };
};

export const oversightDemo: DemoStep = { load: loadOversight, sample: sampleOversight, weight: 30 };
