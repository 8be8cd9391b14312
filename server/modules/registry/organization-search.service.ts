import type { Knex } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, DomainError } from '../../common/errors.js';
import { pgArray } from '../../common/db.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { normalizeCreditCode } from './credit-code.js';
import { Organization } from './organization.entity.js';
import { CommonBigrams } from './search-statistics.js';
import {
  OrganizationOrderField,
  type OrganizationFilterKeys,
  type OrganizationOrder,
} from './organization.inputs.js';
import {
  joinRelations,
  organizationColumns,
  organizationRecord,
  type OrganizationRecord,
} from './registry.records.js';

const MIN_SEARCH_LENGTH = 2;
const MAX_SEARCH_LENGTH = 60;

/**
 * The relevance of a row to a search term (bound once): 0 the whole name,
 * English name, code, pinyin or initials; 1 a prefix of one; 2 elsewhere;
 * 3 an abbreviation's initials only. Read off the stored
 * search text (name, English name and code, lower-cased, between chr(1)).
 */
const RANK = `cross join lateral (select case
    when starts_with(o.search_text, q.t || chr(1)) or strpos(o.search_text, chr(1) || q.t || chr(1)) > 0
      or right(o.search_text, char_length(q.t) + 1) = chr(1) || q.t then 0
    when starts_with(o.search_text, q.t) or strpos(o.search_text, chr(1) || q.t) > 0 then 1
    when strpos(o.search_text, q.t) > 0 then 2
    else 3 end as rank from (select ?::text as t) as q) as r`;

/**
 * A term of three to ten letters may also be an abbreviation's initials
 * ("shfl" for 上海市妇女联合会, 上海妇联): the name's initials from the first
 * on, with syllables left out between them (`s%h%f%l%`). Such a term has no
 * Chinese pairs to narrow by, and the name initials are short: a plain scan.
 */
function abbreviationPattern(term: string): string | null {
  return /^[a-z]{3,10}$/.test(term) ? `${[...term].join('%')}%` : null;
}

/** Names in pinyin order (拼音排序; `name_pinyin` has collation "C" on both databases), homophones by name. */
const PINYIN_ORDER = ['o.name_pinyin', 'o.name', 'o.id'];

/** Filters whose list is the whole register, or its statuses: counted from `organization_status_count`. */
const COUNTED_FILTERS = new Set(['statuses']);

/** Trims the term and refuses ones too short to be served by the index (also the exports' check). */
export function searchTermOf(search: string | null | undefined): string | null {
  if (search === undefined || search === null) return null;
  const term = search.trim().replace(/\s+/g, ' ').toLowerCase();
  if (term === '') return null;
  if ([...term].length < MIN_SEARCH_LENGTH || [...term].length > MAX_SEARCH_LENGTH) {
    throw new DomainError({
      code: CommonErrorCode.INVALID,
      message: {
        'zh-CN': `搜索词须为 ${MIN_SEARCH_LENGTH} 到 ${MAX_SEARCH_LENGTH} 个字符。`,
        en: `A search term needs ${MIN_SEARCH_LENGTH} to ${MAX_SEARCH_LENGTH} characters.`,
      },
    });
  }
  return term;
}

/** Reading the register: the public list with its filters and search, and single records. */
export class OrganizationSearch {
  private readonly commonBigrams = new CommonBigrams();

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: OrganizationFilterKeys | null; orderBy?: OrganizationOrder | null },
  ): Promise<Page<OrganizationRecord>> {
    const filter = args.filter ?? {};
    const term = searchTermOf(filter.search);
    const narrows = term !== null && (await this.commonBigrams.narrows(ctx.em, term));
    const field =
      args.orderBy?.field ?? (term ? OrganizationOrderField.RELEVANCE : OrganizationOrderField.NAME);
    const ranked = field === OrganizationOrderField.RELEVANCE && term !== null;
    // One statement: the page's rows with their districts and sponsor units (handed to the loaders).
    return listPage(ctx, {
      from: 'organization as o',
      keyColumns: ranked ? ['r.rank', ...PINYIN_ORDER] : this.orderColumns(field),
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
      args,
      scope: (query) => this.applyFilter(query, filter, term, narrows, today(ctx)),
      select: (query) => {
        joinRelations(query.select(organizationColumns()));
        return ranked ? query.joinRaw(RANK, [term]) : query;
      },
      toItem: (row) => {
        ctx.loaders.primeRelations([row]);
        return organizationRecord(row);
      },
      count: term === null ? this.maintainedCount(ctx, filter) : undefined,
    });
  }

  async byId(ctx: RequestContext, key: number): Promise<OrganizationRecord | null> {
    return ctx.loaders.organization.load(key);
  }

  async byCreditCode(ctx: RequestContext, creditCode: string): Promise<Organization | null> {
    return ctx.em.findOne(Organization, { creditCode: normalizeCreditCode(creditCode) });
  }

  /**
   * The whole register's total, or its statuses', from the counts the
   * database maintains with every registration and status change (exact,
   * in the writing transaction); undefined when other filters apply.
   */
  private maintainedCount(
    ctx: RequestContext,
    filter: OrganizationFilterKeys,
  ): (() => Promise<number>) | undefined {
    const filtered = Object.entries(filter).some(
      ([key, value]) =>
        !COUNTED_FILTERS.has(key) &&
        value !== null &&
        value !== undefined &&
        value !== false &&
        !(Array.isArray(value) && value.length === 0),
    );
    if (filtered) return undefined;
    return async () => {
      const query = ctx.em.getKnex()('organization_status_count').sum({ n: 'n' });
      if (filter.statuses?.length)
        query.whereRaw('status = any(?::organization_status[])', [pgArray(filter.statuses)]);
      return Number((await query.first())?.n ?? 0);
    };
  }

  /** Sort keys other than relevance (which joins its rank, `RANK`). */
  private orderColumns(field: OrganizationOrderField): string[] {
    switch (field) {
      case OrganizationOrderField.REGISTERED_ON:
        return ['o.registered_on', 'o.id'];
      case OrganizationOrderField.CREDIT_CODE:
        return ['o.credit_code', 'o.id'];
      case OrganizationOrderField.NAME:
      default:
        return PINYIN_ORDER;
    }
  }

  private applyFilter(
    query: Knex.QueryBuilder,
    filter: OrganizationFilterKeys,
    term: string | null,
    narrows: boolean,
    /** Today in Shanghai: a grade counts while it is valid (five years, DOMAIN.md). */
    asOf: string,
  ): Knex.QueryBuilder {
    if (term) {
      // The bigram index narrows to rows holding every pair of the term's characters, when a pair
      // is rare enough to narrow; the substring check on the stored text keeps the rows with the term.
      const abbreviation = abbreviationPattern(term);
      if (abbreviation) {
        query.whereRaw('(strpos(o.search_text, ?) > 0 or o.name_initials like ?)', [term, abbreviation]);
      } else {
        if (narrows) query.whereRaw('o.search_bigrams @> text_bigrams(?)', [term]);
        query.whereRaw('strpos(o.search_text, ?) > 0', [term]);
      }
    }
    if (filter.types?.length) query.whereIn('o.type', filter.types);
    if (filter.statuses?.length) query.whereIn('o.status', filter.statuses);
    if (filter.registrationLevel) query.where('o.registration_level', filter.registrationLevel);
    if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
    if (filter.sponsorUnitId !== null && filter.sponsorUnitId !== undefined)
      query.where('o.sponsor_unit_id', filter.sponsorUnitId);
    if (filter.minRating)
      query.where('o.rating_grade', '>=', filter.minRating).where('o.rating_valid_until', '>=', asOf);
    if (typeof filter.isIndustryAssociation === 'boolean')
      query.where('o.is_industry_association', filter.isIndustryAssociation);
    if (typeof filter.isBrand === 'boolean') query.where('o.is_brand', filter.isBrand);
    // Current listings (the oversight module keeps credit_listing; removed_on is null while listed).
    const listed =
      'exists (select 1 from credit_listing l where l.organization_id = o.id and l.removed_on is null';
    if (typeof filter.onCreditList === 'boolean')
      query.whereRaw(`${filter.onCreditList ? '' : 'not '}${listed})`);
    if (filter.creditLists?.length) query.whereRaw(`${listed} and l.list = any(?))`, [filter.creditLists]);
    return query;
  }
}
