import type { RequestContext } from '../../context.js';
import { listPage, whereAnyContains, type Page } from '../../graphql/connection.js';
import type { SponsorUnitFilter } from './organization.inputs.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

export class SponsorUnitService {
  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: SponsorUnitFilter | null },
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
}
