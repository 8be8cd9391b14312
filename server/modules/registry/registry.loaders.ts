import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, prepared } from '../../common/db.js';
import { byKey, grouped } from '../../common/loaders.js';
import { ON_REGISTER } from './enums.js';
import {
  industryDepartmentRecord,
  joinedSponsorUnit,
  ORGANIZATIONS_BY_KEY,
  organizationRecord,
  relationsOf,
  sponsorshipPeriodRecord,
  SPONSOR_HISTORIES,
  sponsorUnitRecord,
  type DistrictRecord,
  type OrganizationRecord,
  type SponsorshipPeriodRecord,
  type SponsorUnitRecord,
} from './registry.records.js';

type Row = Record<string, unknown>;
// decoupling (issue 11)
import { Decoupling, DecouplingItem } from './decoupling.entity.js';
import { loadRegressions } from './decoupling-regressions.js';

/**
 * Per-request batching of the register's reads, so a page costs a fixed
 * number of SQL statements whatever its size (DESIGN.md). Rows become plain
 * records (registry.records.ts), never entities; each list is bound as one
 * array parameter. A statement that joins a relation primes its loader, so
 * the relation costs no statement of its own.
 */
export function registryLoaders(em: EntityManager) {
  // Made lazily: start-up lists the loaders' names without a database.
  const knex = () => em.getKnex();
  const district = byKey(
    async (codes: readonly string[]): Promise<DistrictRecord[]> =>
      (
        await knex()('district')
          .select('code', 'name', 'english_name')
          .whereRaw('code = any(?::text[])', [pgArray(codes)])
      ).map((r: Row) => ({
        code: r.code as string,
        name: r.name as string,
        englishName: r.english_name as string,
      })),
    (d) => d.code,
  );
  const sponsorUnit = byKey(
    async (ids: readonly number[]): Promise<SponsorUnitRecord[]> =>
      (
        await knex()('sponsor_unit')
          .select('id', 'name', 'english_name', 'active')
          .whereRaw('id = any(?::int[])', [pgArray(ids)])
      ).map(sponsorUnitRecord),
    (u) => u.id,
  );
  /** Hands the district and sponsor unit joined into rows to their loaders. */
  const primeRelations = (rows: Row[]) => {
    for (const row of rows) {
      const relations = relationsOf(row);
      district.prime(relations.district.code, relations.district);
      if (relations.sponsorUnit) sponsorUnit.prime(relations.sponsorUnit.id, relations.sponsorUnit);
    }
  };
  return {
    // decoupling (issue 11)
    decoupling: byKey(
      (orgIds: readonly number[]) => em.find(Decoupling, { organization: { $in: [...orgIds] } }),
      (d) => d.organization.id,
    ),
    decouplingItems: grouped(
      (ids: readonly number[]) =>
        em.find(
          DecouplingItem,
          { decoupling: { $in: [...ids] } },
          { orderBy: { completedOn: 'asc', id: 'asc' } },
        ),
      (i) => i.decoupling.id,
    ),
    decouplingRegressions: new DataLoader((orgIds: readonly number[]) => loadRegressions(em, orgIds)),
    district,
    sponsorUnit,
    primeRelations,
    industryDepartment: byKey(
      async (ids: readonly number[]) =>
        (
          await knex()('industry_department')
            .select('id', 'name', 'english_name')
            .whereRaw('id = any(?::int[])', [pgArray(ids)])
        ).map(industryDepartmentRecord),
      (d) => d.id,
    ),
    organization: byKey(
      async (ids: readonly number[]): Promise<OrganizationRecord[]> => {
        const rows = await prepared<Row>(em, 'registry-organizations-by-key', ORGANIZATIONS_BY_KEY, [
          pgArray(ids),
        ]);
        primeRelations(rows);
        return rows.map(organizationRecord);
      },
      (o) => o.id,
    ),
    sponsorHistory: grouped(
      async (orgIds: readonly number[]): Promise<SponsorshipPeriodRecord[]> => {
        const rows = await prepared<Row>(em, 'registry-sponsor-histories', SPONSOR_HISTORIES, [
          pgArray(orgIds),
        ]);
        for (const row of rows) {
          const unit = joinedSponsorUnit(row);
          if (unit) sponsorUnit.prime(unit.id, unit);
        }
        return rows.map(sponsorshipPeriodRecord);
      },
      (p) => p.organization.id,
    ),
    /** Organizations on the register (not deregistered or revoked) per sponsor unit. */
    sponsoredCount: new DataLoader<number, number>(async (unitIds) => {
      const rows: { sponsor_unit_id: number; n: string }[] = await knex()
        .from('organization')
        .select('sponsor_unit_id')
        .count({ n: '*' })
        .whereRaw('sponsor_unit_id = any(?::int[])', [pgArray(unitIds)])
        .whereRaw('status = any(?::organization_status[])', [pgArray(ON_REGISTER)])
        .groupBy('sponsor_unit_id');
      const counts = new Map(rows.map((r) => [r.sponsor_unit_id, Number(r.n)]));
      return unitIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof registryLoaders> {}
}
