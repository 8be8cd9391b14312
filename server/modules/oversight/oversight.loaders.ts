import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, grouped } from '../../common/loaders.js';
import { shanghaiDateOf } from '../../common/clock.js';
import { PUBLIC_CHANGE_FIELDS } from './disclosure.service.js';
import type { ChangeRecord } from './disclosure.types.js';
import { AnnualReport, AnnualReportReview } from './annual-report.entity.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import { CreditListing } from './credit-listing.entity.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';

/** Per-request batching of oversight's relations (a page costs a fixed number of statements). */
export function oversightLoaders(em: EntityManager) {
  return {
    /** An organization's annual reports, newest year first. */
    annualReportsOf: grouped(
      (orgIds: readonly number[]) =>
        em.find(AnnualReport, { organization: { $in: [...orgIds] } }, { orderBy: { year: 'desc' } }),
      (r) => r.organization.id,
    ),
    /** Review rounds of a report, oldest first. */
    reviewsOfReport: grouped(
      (reportIds: readonly number[]) =>
        em.find(
          AnnualReportReview,
          { report: { $in: [...reportIds] } },
          { orderBy: { reviewedAt: 'asc', id: 'asc' } },
        ),
      (r) => r.report.id,
    ),
    /** One organization's report of one year, keyed "orgId:year". */
    reportOfYear: new DataLoader<string, AnnualReport | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':').map(Number) as [number, number]);
      const found = await em.find(AnnualReport, {
        $or: pairs.map(([organization, year]) => ({ organization, year })),
      });
      const byOrgYear = new Map(found.map((r) => [`${r.organization.id}:${r.year}`, r]));
      return keys.map((k) => byOrgYear.get(k) ?? null);
    }),
    findingsOfCase: grouped(
      (ids: readonly number[]) =>
        em.find(AuditFinding, { auditCase: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (f) => f.auditCase.id,
    ),
    rectificationOfFinding: byKey(
      (ids: readonly number[]) => em.find(Rectification, { finding: { $in: [...ids] } }),
      (r) => r.finding.id,
    ),
    auditCasesOf: grouped(
      (orgIds: readonly number[]) =>
        em.find(
          AuditCase,
          { organization: { $in: [...orgIds] } },
          { orderBy: { openedOn: 'desc', id: 'desc' } },
        ),
      (c) => c.organization.id,
    ),
    creditListing: byKey(
      (ids: readonly number[]) => em.find(CreditListing, { id: { $in: [...ids] } }),
      (l) => l.id,
    ),
    creditListingsOf: grouped(
      (orgIds: readonly number[]) =>
        em.find(
          CreditListing,
          { organization: { $in: [...orgIds] } },
          { orderBy: { since: 'desc', id: 'desc' } },
        ),
      (l) => l.organization.id,
    ),
    /** Changes of an organization's public fields, newest first, from the trail. */
    changeRecordsOf: new DataLoader<number, ChangeRecord[]>(async (orgIds) => {
      const rows: {
        subject_key: string;
        occurred_at: Date;
        changes: Record<string, { before: unknown; after: unknown }>;
      }[] = await em
        .getKnex()('audit_event')
        .select('subject_key', 'occurred_at', 'changes')
        .where('subject_type', 'Organization')
        .whereIn('subject_key', orgIds.map(String))
        .whereIn('action', ['updateOrganization', 'changeOrganizationStatus'])
        .orderBy('id', 'desc');
      const groups = new Map<number, ChangeRecord[]>(orgIds.map((id) => [id, []]));
      for (const row of rows)
        for (const [field, change] of Object.entries(row.changes))
          if (PUBLIC_CHANGE_FIELDS.includes(field))
            groups.get(Number(row.subject_key))?.push({
              field,
              before: { value: change.before },
              after: { value: change.after },
              changedOn: shanghaiDateOf(new Date(row.occurred_at)),
            });
      return orgIds.map((id) => groups.get(id) ?? []);
    }),
    penaltiesOf: grouped(
      (orgIds: readonly number[]) =>
        em.find(
          Penalty,
          { organization: { $in: [...orgIds] } },
          { orderBy: { decidedOn: 'desc', id: 'desc' } },
        ),
      (p) => p.organization.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof oversightLoaders> {}
}
