import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, grouped } from '../../common/loaders.js';
import { District } from './district.entity.js';
import { ON_REGISTER } from './enums.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import { SponsorshipPeriod } from './sponsorship-period.entity.js';
// decoupling (issue 11)
import { Decoupling, DecouplingItem } from './decoupling.entity.js';
import { loadRegressions } from './decoupling-regressions.js';

/**
 * Per-request batching of the register's relations, so a page costs a fixed
 * number of SQL statements whatever its size (DESIGN.md).
 */
export function registryLoaders(em: EntityManager) {
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
    district: byKey(
      (codes: readonly string[]) => em.find(District, { code: { $in: [...codes] } }),
      (d) => d.code,
    ),
    sponsorUnit: byKey(
      (ids: readonly number[]) => em.find(SponsorUnit, { id: { $in: [...ids] } }),
      (u) => u.id,
    ),
    industryDepartment: byKey(
      (ids: readonly number[]) => em.find(IndustryDepartment, { id: { $in: [...ids] } }),
      (d) => d.id,
    ),
    organization: byKey(
      (ids: readonly number[]) => em.find(Organization, { id: { $in: [...ids] } }),
      (o) => o.id,
    ),
    sponsorHistory: grouped(
      (orgIds: readonly number[]) =>
        em.find(
          SponsorshipPeriod,
          { organization: { $in: [...orgIds] } },
          { orderBy: { validFrom: 'asc', id: 'asc' } },
        ),
      (p) => p.organization.id,
    ),
    /** Organizations on the register (not deregistered or revoked) per sponsor unit. */
    sponsoredCount: new DataLoader<number, number>(async (unitIds) => {
      const rows: { sponsor_unit_id: number; n: string }[] = await em
        .getKnex()
        .from('organization')
        .select('sponsor_unit_id')
        .count({ n: '*' })
        .whereIn('sponsor_unit_id', [...unitIds])
        .whereIn('status', ON_REGISTER)
        .groupBy('sponsor_unit_id');
      const counts = new Map(rows.map((r) => [r.sponsor_unit_id, Number(r.n)]));
      return unitIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof registryLoaders> {}
}
