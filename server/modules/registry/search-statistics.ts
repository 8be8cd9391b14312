import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A character pair in at least this share of the register does not narrow a
 * search enough for PostgreSQL to read the index (it would scan every row,
 * checking each one's pairs: the slow plan); a plain scan is taken instead.
 */
const COMMON_SHARE = 0.05;
const REFRESH_MS = 10 * 60_000;

/** The character pairs of a term, as `text_bigrams` makes them in SQL (by code point). */
export function bigramsOf(term: string): string[] {
  const chars = [...term];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * Which character pairs are common on the register, read from PostgreSQL's
 * own statistics of `organization.search_bigrams` (ANALYZE keeps the most
 * common elements and their shares). A term whose every pair is common
 * ("上海", "协会", "31") would have the index return most of the table, each
 * row rechecked: a plain scan of the stored search text is then several
 * times faster. A term with one rarer pair is narrowed by the index (D3).
 */
export class CommonBigrams {
  private cached?: { at: number; shares: Promise<Map<string, number>> };

  /** Whether the bigram index narrows a search for `term`. */
  async narrows(em: EntityManager, term: string): Promise<boolean> {
    const shares = await this.shares(em);
    return bigramsOf(term).some((pair) => (shares.get(pair) ?? 0) < COMMON_SHARE);
  }

  private shares(em: EntityManager): Promise<Map<string, number>> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > REFRESH_MS) {
      const shares = this.load(em);
      this.cached = { at: now, shares };
      // A failed read is tried again on the next search, not cached.
      shares.catch(() => (this.cached = undefined));
    }
    return this.cached.shares;
  }

  private async load(em: EntityManager): Promise<Map<string, number>> {
    const rows: { elems: string[] | null; freqs: number[] | null }[] = await em.getConnection().execute(
      `select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
         from pg_stats where schemaname = current_schema() and tablename = ? and attname = ?`,
      ['organization', 'search_bigrams'],
      'all',
      em.getTransactionContext(),
    );
    const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
    return new Map((elems ?? []).map((pair, i) => [pair, freqs?.[i] ?? 0]));
  }
}
