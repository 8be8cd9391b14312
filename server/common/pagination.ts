import type { EntityClass, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { mapRow } from './db.js';
import { CommonErrorCode, DomainError } from './errors.js';

/** `first` above this is refused (API.md). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** What a service returns for a list; the GraphQL connection type shapes it. */
export interface Page<T> {
  items: T[];
  /** The sort-key values of each item, encoded as its cursor. */
  keys: unknown[][];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for it. */
  count: () => Promise<number>;
}

export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

export interface PageRequest {
  first: number;
  /** Decoded keyset values of the `after` cursor. */
  after: unknown[] | null;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== arity) return null;
    if (!values.every((v) => v === null || ['string', 'number'].includes(typeof v))) return null;
    return values;
  } catch {
    return null;
  }
}

/** Checks `first` and `after` and decodes the cursor for a keyset of `arity` columns. */
export function pageRequest(args: PageArguments, arity: number): PageRequest {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new DomainError({
      code: CommonErrorCode.INVALID,
      message: {
        'zh-CN': `first 必须是 0 到 ${MAX_PAGE_SIZE} 之间的整数。`,
        en: `first must be a whole number from 0 to ${MAX_PAGE_SIZE}.`,
      },
    });
  }
  const decoded = args.after ? decodeCursor(args.after, arity) : null;
  if (args.after && !decoded) {
    throw new DomainError({
      code: CommonErrorCode.INVALID,
      message: {
        'zh-CN': '游标无效，请从第一页重新开始。',
        en: 'The cursor is not valid; start again from the first page.',
      },
    });
  }
  return { first: size, after: decoded };
}

/**
 * Keyset pagination over `keyColumns` (SQL expressions, the last one unique),
 * all sorted in one direction: a row comparison, which PostgreSQL serves from
 * a composite index. Fetches one extra row to know whether a next page exists.
 */
export async function keysetPage<T>(
  query: Knex.QueryBuilder,
  keyColumns: string[],
  direction: OrderDirection,
  request: PageRequest,
  toItem: (row: Record<string, unknown>) => T,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const knexDirection = direction === OrderDirection.ASC ? 'asc' : 'desc';
  if (request.after) {
    const placeholders = keyColumns.map(() => '?').join(', ');
    const op = direction === OrderDirection.ASC ? '>' : '<';
    query.whereRaw(`(${keyColumns.join(', ')}) ${op} (${placeholders})`, request.after as Knex.Value[]);
  }
  keyColumns.forEach((column, i) => {
    query.select(query.client.raw(`${column} as "__key${i}"`));
    query.orderByRaw(`${column} ${knexDirection}`);
  });
  const rows: Record<string, unknown>[] = await query.limit(request.first + 1);
  const hasNextPage = rows.length > request.first;
  const pageRows = rows.slice(0, request.first);
  return {
    items: pageRows.map(toItem),
    keys: pageRows.map((row) => keyColumns.map((_, i) => normalizeKey(row[`__key${i}`]))),
    hasNextPage,
    hasPreviousPage: request.after !== null,
    count,
  };
}

function normalizeKey(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * A list of one table: the caller's filter scopes both the page and its
 * count, cursors follow `keyColumns`. Rows become entities (`entity`), or,
 * on read paths, plain records: `select` names the columns (and joins) and
 * `toItem` builds each item; `count` may answer the total another way
 * (a maintained count) and runs only when a client asks for it.
 */
export async function listPage<T extends object>(
  ctx: RequestContext,
  options: {
    from: string;
    keyColumns: string[];
    direction?: OrderDirection;
    args: PageArguments;
    scope: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
    count?: () => Promise<number>;
  } & (
    | { entity: EntityClass<T> }
    | { select: (query: Knex.QueryBuilder) => Knex.QueryBuilder; toItem: (row: Record<string, unknown>) => T }
  ),
): Promise<Page<T>> {
  const knex = ctx.em.getKnex();
  const alias = options.from.split(' as ')[1] ?? options.from;
  const request = pageRequest(options.args, options.keyColumns.length);
  const rows =
    'entity' in options
      ? {
          query: options.scope(knex(options.from).select(`${alias}.*`)),
          toItem: (row: Record<string, unknown>) => mapRow(ctx.em, options.entity, row),
        }
      : { query: options.select(options.scope(knex(options.from))), toItem: options.toItem };
  const count =
    options.count ??
    (async () => Number((await options.scope(knex(options.from).count({ n: '*' })).first())?.n ?? 0));
  // Within the client's share of the pool, page and count alike (common/pool-shares.ts).
  const share = ctx.poolShare ?? ((statement) => statement());
  return share(() =>
    keysetPage(
      rows.query,
      options.keyColumns,
      options.direction ?? OrderDirection.ASC,
      request,
      rows.toItem,
      () => share(count),
    ),
  );
}

/** Rows where any of `columns` contains `term` (case-insensitive); a short list, so no index is needed. */
export function whereAnyContains(
  query: Knex.QueryBuilder,
  columns: string[],
  term: string | null | undefined,
): void {
  const clean = term?.trim().toLowerCase();
  if (!clean) return;
  query.where((q) => {
    for (const column of columns) q.orWhereRaw(`strpos(lower(${column}), ?) > 0`, [clean]);
  });
}
