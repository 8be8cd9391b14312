import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, DomainError } from '../../common/errors.js';
import { pgArray } from '../../common/db.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { normalizeCreditCode } from './credit-code.js';
import { Organization } from './organization.entity.js';
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

/** The relevance of a row to a search term, one binding per use: 0 the whole name, English name or code; 1 a prefix of one; 2 elsewhere. */
const RANK = `cross join lateral (select case
    when lower(o.name) = ? or lower(o.english_name) = ? or lower(o.credit_code) = ? then 0
    when starts_with(lower(o.name), ?) or starts_with(lower(o.english_name), ?) or starts_with(lower(o.credit_code), ?) then 1
    else 2 end as rank) as r`;

/** Filters whose list is the whole register, or its statuses: counted from `organization_status_count`. */
const COUNTED_FILTERS = new Set(['statuses']);

/** Reading the register: the public list with its filters and search, and single records. */
export class OrganizationSearch {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: OrganizationFilterKeys | null; orderBy?: OrganizationOrder | null },
  ): Promise<Page<OrganizationRecord>> {
    const filter = args.filter ?? {};
    const term = this.searchTerm(filter.search);
    const field =
      args.orderBy?.field ?? (term ? OrganizationOrderField.RELEVANCE : OrganizationOrderField.NAME);
    const ranked = field === OrganizationOrderField.RELEVANCE && term !== null;
    // One statement: the page's rows with their districts and sponsor units (handed to the loaders).
    return listPage(ctx, {
      from: 'organization as o',
      keyColumns: ranked ? ['r.rank', 'o.name', 'o.id'] : this.orderColumns(field),
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
      args,
      scope: (query) => this.applyFilter(query, filter, term),
      select: (query) => {
        joinRelations(query.select(organizationColumns()));
        return ranked ? query.joinRaw(RANK, Array<string>(6).fill(term)) : query;
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

  /** Trims the term and refuses ones too short to be served by the index. */
  private searchTerm(search: string | null | undefined): string | null {
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

  /** Sort keys other than relevance (which joins its rank, `RANK`). */
  private orderColumns(field: OrganizationOrderField): string[] {
    switch (field) {
      case OrganizationOrderField.REGISTERED_ON:
        return ['o.registered_on', 'o.id'];
      case OrganizationOrderField.CREDIT_CODE:
        return ['o.credit_code', 'o.id'];
      case OrganizationOrderField.NAME:
      default:
        return ['o.name', 'o.id'];
    }
  }

  private applyFilter(
    query: Knex.QueryBuilder,
    filter: OrganizationFilterKeys,
    term: string | null,
  ): Knex.QueryBuilder {
    if (term) {
      // The bigram index narrows to rows holding every pair of the term's characters;
      // the substring check then keeps the rows that contain the term itself.
      query.whereRaw(
        'organization_search_bigrams(o.name, o.english_name, o.credit_code) @> text_bigrams(?)',
        [term],
      );
      query.whereRaw(
        '(strpos(lower(o.name), ?) > 0 or strpos(lower(o.english_name), ?) > 0 or strpos(lower(o.credit_code), ?) > 0)',
        [term, term, term],
      );
    }
    if (filter.types?.length) query.whereIn('o.type', filter.types);
    if (filter.statuses?.length) query.whereIn('o.status', filter.statuses);
    if (filter.registrationLevel) query.where('o.registration_level', filter.registrationLevel);
    if (filter.districtCodes?.length) query.whereIn('o.district_code', filter.districtCodes);
    if (filter.sponsorUnitId !== null && filter.sponsorUnitId !== undefined)
      query.where('o.sponsor_unit_id', filter.sponsorUnitId);
    if (filter.minRating) query.where('o.rating_grade', '>=', filter.minRating);
    if (typeof filter.isIndustryAssociation === 'boolean')
      query.where('o.is_industry_association', filter.isIndustryAssociation);
    if (typeof filter.isBrand === 'boolean') query.where('o.is_brand', filter.isBrand);
    // Credit lists arrive with the oversight module; until then nobody is listed.
    if (filter.onCreditList === true) query.whereRaw('false');
    return query;
  }
}
