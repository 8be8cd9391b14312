import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { District } from '../modules/registry/district.entity.js';
import { IndustryDepartment, SponsorUnit } from '../modules/registry/sponsor-unit.entity.js';
import { SponsorshipPeriod } from '../modules/registry/sponsorship-period.entity.js';
import { Organization } from '../modules/registry/organization.entity.js';
import { OrganizationStatus } from '../modules/registry/enums.js';
import { Account } from '../modules/identity/account.entity.js';

/** Loads by key in one statement per batch, keeping the order of the keys. */
function byKey<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map((await load(keys)).map((v) => [keyOf(v), v]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

function grouped<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const value of await load(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request batching of relations, so a page costs a fixed number of SQL
 * statements whatever its size (DESIGN.md). Made lazily, once per request.
 */
export function createLoaders(em: EntityManager) {
  return {
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
    account: byKey(
      (ids: readonly number[]) => em.find(Account, { id: { $in: [...ids] } }),
      (a) => a.id,
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
        .whereIn('status', [OrganizationStatus.ACTIVE, OrganizationStatus.SUSPENDED])
        .groupBy('sponsor_unit_id');
      const counts = new Map(rows.map((r) => [r.sponsor_unit_id, Number(r.n)]));
      return unitIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
