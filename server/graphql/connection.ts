import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityClass, Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context.js';
import { mapRow } from '../orm.js';
import { badInput } from './errors.js';
import type { Locale } from './locale.js';

/** `first` above this is refused (API.md). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** `first` and `after` of every connection; list arguments extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** What a service returns for a list; the connection type shapes it for GraphQL. */
export interface Page<T> {
  items: T[];
  /** The sort-key values of each item, encoded as its cursor. */
  keys: unknown[][];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for it. */
  count: () => Promise<number>;
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
export function pageRequest(
  first: number | undefined | null,
  after: string | undefined | null,
  arity: number,
  locale: Locale,
): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(
      {
        'zh-CN': `first 必须是 0 到 ${MAX_PAGE_SIZE} 之间的整数。`,
        en: `first must be a whole number from 0 to ${MAX_PAGE_SIZE}.`,
      },
      locale,
    );
  }
  const decoded = after ? decodeCursor(after, arity) : null;
  if (after && !decoded) {
    throw badInput(
      {
        'zh-CN': '游标无效，请从第一页重新开始。',
        en: 'The cursor is not valid; start again from the first page.',
      },
      locale,
    );
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
 * count, rows become entities, cursors follow `keyColumns`.
 */
export async function listPage<T extends object>(
  ctx: RequestContext,
  options: {
    from: string;
    entity: EntityClass<T>;
    keyColumns: string[];
    direction?: OrderDirection;
    args: { first?: number | null; after?: string | null };
    scope: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
  },
): Promise<Page<T>> {
  const knex = ctx.em.getKnex();
  const alias = options.from.split(' as ')[1] ?? options.from;
  return keysetPage(
    options.scope(knex(options.from).select(`${alias}.*`)),
    options.keyColumns,
    options.direction ?? OrderDirection.ASC,
    pageRequest(options.args.first, options.args.after, options.keyColumns.length, ctx.locale),
    (row) => mapRow(ctx.em, options.entity, row),
    async () => Number((await options.scope(knex(options.from).count({ n: '*' })).first())?.n ?? 0),
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

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/** Builds `XxxConnection` and `XxxEdge` for a node type (Relay, GitHub style). */
export function ConnectionType<T extends object>(nodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeClass])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    private page!: Page<T>;
    private counted?: Promise<number>;

    @Field(() => Int, { description: 'How many objects match the filter, on all pages.' })
    get totalCount(): Promise<number> {
      this.counted ??= this.page.count();
      return this.counted;
    }

    static from(page: Page<T>): Connection {
      const connection = new Connection();
      const cursors = page.keys.map(encodeCursor);
      connection.page = page;
      connection.nodes = page.items;
      connection.edges = page.items.map((node, i) => Object.assign(new Edge(), { node, cursor: cursors[i] }));
      connection.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: cursors[0] ?? null,
        endCursor: cursors[cursors.length - 1] ?? null,
      });
      return connection;
    }
  }
  return Connection;
}
