import type { RequestContext } from '../../common/context.js';
import { mapRow } from '../../common/db.js';
import { managedOrganizations } from '../registry/registry.scope.js';
import { ReliefProject } from './relief-project.entity.js';

/** Character pairs of a title, without spaces and punctuation. */
function bigrams(title: string): string[] {
  const chars = [
    ...title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  ];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice coefficient of two titles' character pairs: 1 for the same title, 0 for nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const left = pool.get(g) ?? 0;
    if (left > 0) {
      shared += 1;
      pool.set(g, left - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Titles at least this similar make a pair a possible duplicate. */
export const DUPLICATE_SIMILARITY = 0.5;

/**
 * Possible duplicates: two organizations, or an organization and one of its
 * special funds, reporting a project in the same county and category over
 * overlapping periods, with similar titles; neither linked yet.
 */
export class ReliefDuplicatesService {
  async candidates(
    ctx: RequestContext,
    args: { year?: number | null; first?: number | null },
  ): Promise<{ project: ReliefProject; other: ReliefProject; similarity: number }[]> {
    const knex = ctx.em.getKnex();
    const q = knex('relief_project as a')
      .join('relief_project as b', function () {
        this.on('a.county_code', 'b.county_code')
          .andOn('a.category', 'b.category')
          .andOn('a.id', '<', 'b.id');
      })
      .join('organization as oa', 'oa.id', 'a.organization_id')
      .join('organization as ob', 'ob.id', 'b.organization_id')
      .whereNull('a.duplicate_of_id')
      .whereNull('b.duplicate_of_id')
      .whereRaw(
        `daterange(a.starts_on, coalesce(a.ends_on, 'infinity'::date), '[]') && daterange(b.starts_on, coalesce(b.ends_on, 'infinity'::date), '[]')`,
      )
      .whereRaw(
        `(a.organization_id <> b.organization_id or a.special_fund_id is distinct from b.special_fund_id)`,
      );
    managedOrganizations.whereOrganization(ctx, q, 'oa');
    managedOrganizations.whereOrganization(ctx, q, 'ob');
    if (args.year) q.where((w) => w.where('a.year', args.year!).orWhere('b.year', args.year!));
    const rows: Record<string, unknown>[] = await q
      .select(knex.raw('row_to_json(a) as a'), knex.raw('row_to_json(b) as b'))
      .orderBy('a.id')
      .limit(5_000);
    const limit = Math.min(Math.max(args.first ?? 20, 0), 100);
    const found: { project: ReliefProject; other: ReliefProject; similarity: number }[] = [];
    for (const row of rows) {
      const a = row.a as Record<string, unknown>;
      const b = row.b as Record<string, unknown>;
      const similarity = titleSimilarity(String(a.title), String(b.title));
      if (similarity < DUPLICATE_SIMILARITY) continue;
      found.push({
        project: mapRow(ctx.em, ReliefProject, a),
        other: mapRow(ctx.em, ReliefProject, b),
        similarity: Math.round(similarity * 100) / 100,
      });
      if (found.length >= limit) break;
    }
    return found;
  }
}
