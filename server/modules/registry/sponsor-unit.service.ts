import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import type { Problems } from '../../common/errors.js';
import { findRef } from '../../common/locking.js';
import { listPage, whereAnyContains, type Page, type PageArguments } from '../../common/pagination.js';
import { SHANGHAI_DISTRICTS } from './districts.js';
import { ORGANIZATION_FIELDS } from './organization.fields.js';
import { RegistryErrorCode } from './registry.errors.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import type { SponsorUnitFilter } from './sponsor-unit.inputs.js';

/** The city's and a district's name before a unit's own ("上海市", "上海市浦东新区"), bound as a pattern. */
const PLACE_PREFIX = `^(上海市)?(${SHANGHAI_DISTRICTS.map((d) => d.name).join('|')})?`;

/**
 * The relevance of a unit to a search term: 0 its whole name (with or
 * without the place before it) or English name, 1 a prefix of one ("民政"
 * for 上海市民政局), 2 elsewhere (人民政府).
 */
const RANK = `cross join lateral (select case
    when x.name = x.t or x.bare = x.t or x.english = x.t then 0
    when starts_with(x.name, x.t) or starts_with(x.bare, x.t) or starts_with(x.english, x.t) then 1
    else 2 end as rank
  from (select lower(u.name) as name, regexp_replace(lower(u.name), ?, '') as bare,
    lower(coalesce(u.english_name, '')) as english, ?::text as t) as x) as r`;

/** 业务主管单位: the list of units, and the check that a unit may still sponsor. */
export class SponsorUnitService {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: SponsorUnitFilter | null },
  ): Promise<Page<SponsorUnit>> {
    const filter = args.filter ?? {};
    const term = filter.search?.trim().toLowerCase() || null;
    // With a term: exact and prefix matches first, then shorter names (the picker's first choice).
    return listPage(ctx, {
      from: 'sponsor_unit as u',
      entity: SponsorUnit,
      keyColumns: term ? ['r.rank', 'char_length(u.name)', 'u.name', 'u.id'] : ['u.name', 'u.id'],
      args,
      scope: (query) => {
        if (term) query.joinRaw(RANK, [PLACE_PREFIX, term]);
        whereAnyContains(query, ['u.name', 'u.english_name'], filter.search);
        if (typeof filter.active === 'boolean') query.where('u.active', filter.active);
        return query;
      },
    });
  }

  /** The unit a field names, which must exist and not be abolished; null when the field is empty. */
  async findActive(
    em: EntityManager,
    check: Problems,
    key: number | null | undefined,
    field: string,
  ): Promise<SponsorUnit | null> {
    const unit = await findRef(em, check, SponsorUnit, key, {
      field,
      label: ORGANIZATION_FIELDS.sponsorUnit.label,
    });
    if (unit && !unit.active) {
      check.add(
        RegistryErrorCode.INACTIVE_SPONSOR_UNIT,
        {
          'zh-CN': `“${unit.name}”已撤销，不能再作为业务主管单位。`,
          en: `${unit.englishName} has been abolished and cannot sponsor organizations.`,
        },
        field,
      );
    }
    return unit;
  }
}
