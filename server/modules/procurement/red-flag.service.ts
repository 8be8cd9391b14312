import type { Knex } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { ForbiddenError } from '../../common/errors.js';
import {
  encodeCursor,
  keysetPage,
  OrderDirection,
  pageRequest,
  type Page,
  type PageArguments,
} from '../../common/pagination.js';
import { RedFlagKind } from './enums.js';
import type { RedFlagFilterKeys } from './procurement.inputs.js';
import { procurementScope } from './procurement.scope.js';
import type { ProcurementSettings } from './procurement.settings.js';
import { RED_FLAG_BY_KIND, RED_FLAG_DISCLAIMER, RED_FLAGS, type RedFlagFacts } from './red-flags.js';

/** One red flag, as a list row (recomputed from the data, never stored). */
export interface RedFlagData {
  key: string;
  kind: RedFlagKind;
  needId: number | null;
  organizationId: number | null;
  buyer: string;
  detail: string;
  indicator: string;
  disclaimer: string;
  facts: RedFlagFacts;
}

interface FlagRow {
  flag_key: string;
  kind: RedFlagKind;
  need_id: number | null;
  department: string;
  organization_id: number | null;
  facts: RedFlagFacts;
}

/**
 * The red-flag list: every kind's statement, united, filtered, paged by its key. Officers see
 * every buyer's flags; a BUYER account its own department's only (the scope is a condition of
 * the statement, whatever the filter asks for); anyone else is refused.
 */
export class RedFlagService {
  constructor(private readonly settings: ProcurementSettings) {}

  private union(
    ctx: RequestContext,
    knex: Knex,
    filter: RedFlagFilterKeys | null | undefined,
  ): Knex.QueryBuilder {
    const p = { asOf: today(ctx), now: ctx.now(), settings: this.settings };
    const kinds = filter?.kinds?.length ? RED_FLAGS.filter((f) => filter.kinds!.includes(f.kind)) : RED_FLAGS;
    const parts = kinds.map((f) => {
      const rows = f.rows(p);
      return {
        sql: `select ?::text as kind, r.* from (${rows.sql}) r`,
        bindings: [f.kind, ...rows.bindings],
      };
    });
    const query = knex
      .from(
        knex.raw(
          `(${parts.map((x) => x.sql).join(' union all ')}) as f`,
          parts.flatMap((x) => x.bindings),
        ),
      )
      .select('f.*');
    const own = procurementScope.buyerDepartment(ctx);
    if (own !== null) query.where('f.department', own);
    if (filter?.department) query.where('f.department', filter.department);
    if (filter?.organizationId !== undefined && filter.organizationId !== null)
      query.where('f.organization_id', filter.organizationId);
    return query;
  }

  /** Officers and buyers only (a buyer then sees its own department's); anyone else is refused. */
  assertMayView(ctx: RequestContext): void {
    if (!procurementScope.mayViewRedFlags(ctx)) throw new ForbiddenError();
  }

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: RedFlagFilterKeys | null },
  ): Promise<Page<RedFlagData>> {
    this.assertMayView(ctx);
    const knex = knexOf(ctx.em);
    const request = pageRequest(args, 1);
    return keysetPage(
      this.union(ctx, knex, args.filter),
      ['f.flag_key'],
      OrderDirection.ASC,
      request,
      (row) => this.toFlag(ctx, row as unknown as FlagRow),
      async () => {
        const row = (await knex
          .from(this.union(ctx, knex, args.filter).as('x'))
          .count({ n: '*' })
          .first()) as { n: string } | undefined;
        return Number(row?.n ?? 0);
      },
    );
  }

  /** Every flag of the filter, batch by batch (the XLSX export). */
  async *all(
    ctx: RequestContext,
    filter: RedFlagFilterKeys | null,
    batch: number,
  ): AsyncGenerator<RedFlagData[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.list(ctx, { first: batch, after, filter });
      if (page.items.length) yield page.items;
      if (!page.hasNextPage) return;
      after = encodeCursor(page.keys.at(-1)!);
    }
  }

  private toFlag(ctx: RequestContext, row: FlagRow): RedFlagData {
    const definition = RED_FLAG_BY_KIND.get(row.kind)!;
    return {
      key: row.flag_key,
      kind: row.kind,
      needId: row.need_id,
      organizationId: row.organization_id,
      buyer: row.department,
      detail: definition.explain(row.facts)[ctx.locale],
      indicator: definition.indicator,
      disclaimer: RED_FLAG_DISCLAIMER[ctx.locale],
      facts: row.facts,
    };
  }
}
