import type { Knex } from '@mikro-orm/postgresql';

/** One hash per table of all its rows: equal before and after means the request changed nothing there. */
export async function tableFingerprints(
  knex: Knex,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const row = await knex.raw(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ?? t`,
      [table],
    );
    result[table] = row.rows[0].h;
  }
  return result;
}
