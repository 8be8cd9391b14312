import type { EntityClass, EntityData, EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * The query builder bound to the EntityManager's open transaction, if any:
 * `em.getKnex()` alone would take another pooled connection (and, on the
 * one-connection embedded database, wait forever).
 */
export function knexOf(em: EntityManager): Knex {
  return em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
}

/**
 * Turns a row of a hand-built list query into a managed entity. `em.map`
 * would also merge and validate every property; for pages of read rows that
 * cost three times as much (measured: 1.9 ms against 0.6 ms for 51 rows).
 */
export function mapRow<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: Record<string, unknown>,
): T {
  const meta = em.getMetadata().get<T>(entity.name);
  const data = em.getDriver().mapResult(row as EntityData<T>, meta) as EntityData<T>;
  return em
    .getEntityFactory()
    .create(entity, data, { merge: true, convertCustomTypes: true, newEntity: false });
}

/**
 * A list bound as one PostgreSQL array parameter (`= any(?::int[])`): the
 * statement's text is the same whatever the list's length, so PostgreSQL
 * parses it once, and no value is ever inlined.
 */
export function pgArray(values: readonly (number | string)[]): string {
  const items = values.map((v) =>
    typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}
