import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import type { Problems } from '../../common/errors.js';
import { findRef } from '../../common/locking.js';
import { listPage, whereAnyContains, type Page, type PageArguments } from '../../common/pagination.js';
import { ORGANIZATION_FIELDS } from './organization.fields.js';
import { RegistryErrorCode } from './registry.errors.js';
import { SponsorUnit } from './sponsor-unit.entity.js';
import type { SponsorUnitFilter } from './sponsor-unit.inputs.js';

/** 业务主管单位: the list of units, and the check that a unit may still sponsor. */
export class SponsorUnitService {
  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: SponsorUnitFilter | null },
  ): Promise<Page<SponsorUnit>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'sponsor_unit as u',
      entity: SponsorUnit,
      keyColumns: ['u.name', 'u.id'],
      args,
      scope: (query) => {
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
