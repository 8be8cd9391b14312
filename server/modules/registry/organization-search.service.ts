import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, DomainError } from '../../common/errors.js';
import { listPage, OrderDirection, type Page, type PageArguments } from '../../common/pagination.js';
import { normalizeCreditCode } from './credit-code.js';
import { Organization } from './organization.entity.js';
import {
  OrganizationOrderField,
  type OrganizationFilterKeys,
  type OrganizationOrder,
} from './organization.inputs.js';

const MIN_SEARCH_LENGTH = 2;
const MAX_SEARCH_LENGTH = 60;

/** Reading the register: the public list with its filters and search, and single records. */
export class OrganizationSearch {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: OrganizationFilterKeys | null; orderBy?: OrganizationOrder | null },
  ): Promise<Page<Organization>> {
    const filter = args.filter ?? {};
    const term = this.searchTerm(filter.search);
    const field =
      args.orderBy?.field ?? (term ? OrganizationOrderField.RELEVANCE : OrganizationOrderField.NAME);
    return listPage(ctx, {
      from: 'organization as o',
      entity: Organization,
      keyColumns: this.orderColumns(ctx.em.getKnex(), field, term),
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
      args,
      scope: (query) => this.applyFilter(query, filter, term),
    });
  }

  async byId(ctx: RequestContext, key: number): Promise<Organization | null> {
    return ctx.loaders.organization.load(key);
  }

  async byCreditCode(ctx: RequestContext, creditCode: string): Promise<Organization | null> {
    return ctx.em.findOne(Organization, { creditCode: normalizeCreditCode(creditCode) });
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

  private orderColumns(knex: Knex, field: OrganizationOrderField, term: string | null): string[] {
    switch (field) {
      case OrganizationOrderField.REGISTERED_ON:
        return ['o.registered_on', 'o.id'];
      case OrganizationOrderField.CREDIT_CODE:
        return ['o.credit_code', 'o.id'];
      case OrganizationOrderField.RELEVANCE:
        if (term) {
          // 0: the whole name, English name or code; 1: a prefix of one; 2: elsewhere.
          const rank = knex
            .raw(
              `(case when lower(o.name) = :t or lower(o.english_name) = :t or lower(o.credit_code) = :t then 0
                 when starts_with(lower(o.name), :t) or starts_with(lower(o.english_name), :t)
                   or starts_with(lower(o.credit_code), :t) then 1 else 2 end)`,
              { t: term },
            )
            .toQuery();
          return [rank, 'o.name', 'o.id'];
        }
        return ['o.name', 'o.id'];
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
    // Current listings (the oversight module keeps credit_listing; removed_on is null while listed).
    const listed =
      'exists (select 1 from credit_listing l where l.organization_id = o.id and l.removed_on is null';
    if (typeof filter.onCreditList === 'boolean')
      query.whereRaw(`${filter.onCreditList ? '' : 'not '}${listed})`);
    if (filter.creditLists?.length) query.whereRaw(`${listed} and l.list = any(?))`, [filter.creditLists]);
    return query;
  }
}
