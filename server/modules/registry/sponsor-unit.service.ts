import type { RequestContext } from '../../context.js';
import { mapRow } from '../../orm.js';
import { keysetPage, OrderDirection, pageRequest, type Page } from '../../graphql/connection.js';
import type { SponsorUnitFilter } from './organization.inputs.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

export class SponsorUnitService {
  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: SponsorUnitFilter | null },
  ): Promise<Page<SponsorUnit>> {
    const knex = ctx.em.getKnex();
    const filter = args.filter ?? {};
    const scoped = (query: ReturnType<typeof knex>) => {
      const term = filter.search?.trim().toLowerCase();
      if (term) {
        query.where((q) =>
          q
            .whereRaw('strpos(lower(u.name), ?) > 0', [term])
            .orWhereRaw('strpos(lower(u.english_name), ?) > 0', [term]),
        );
      }
      if (typeof filter.active === 'boolean') query.where('u.active', filter.active);
      return query;
    };
    return keysetPage(
      scoped(knex('sponsor_unit as u').select('u.*')),
      ['u.name', 'u.id'],
      OrderDirection.ASC,
      pageRequest(args.first, args.after, 2, ctx.locale),
      (row) => mapRow(ctx.em, SponsorUnit, row),
      async () => Number((await scoped(knex('sponsor_unit as u').count({ n: '*' })).first())?.n ?? 0),
    );
  }
}
