import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { encodeCursor, MAX_PAGE_SIZE, OrderDirection, type Page } from '../common/pagination.js';
import { COUNT_COMPLEXITY } from './limits.js';

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

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/**
 * Builds `XxxConnection` and `XxxEdge` for a node type (Relay, GitHub style).
 * `Item` is what a page holds when reads answer the type with plain records.
 */
export function ConnectionType<T extends object, Item extends object = T>(
  nodeClass: ClassType<T>,
  name: string,
) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass)
    node!: Item;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class Connection implements ConnectionShape<Item> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeClass])
    nodes!: Item[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    private page!: Page<Item>;
    private counted?: Promise<number>;

    @Field(() => Int, {
      description: 'How many objects match the filter, on all pages.',
      complexity: COUNT_COMPLEXITY,
    })
    get totalCount(): Promise<number> {
      this.counted ??= this.page.count();
      return this.counted;
    }

    static from(page: Page<Item>): Connection {
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
