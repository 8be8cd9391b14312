import { Arg, Ctx, Field, ID, InterfaceType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { MAX_PAGE_SIZE } from '../common/pagination.js';
import { badInput } from './errors.js';
import { numericIdOf, toGlobalId } from './ids.js';
import { listComplexity } from './limits.js';

/** Fetches one node by key with the same visibility as the lists: null for what the viewer may not see. */
export type NodeFetcher = (ctx: RequestContext, key: number) => Promise<object | null>;

/** A type that implements Node, as a module declares it. */
export interface NodeTypeDeclaration {
  /** The GraphQL type name, which is also the type in its global IDs. */
  name: string;
  type: abstract new (...args: never[]) => object;
  /** Plain read-model classes (not entities) that reads answer as this type. */
  readModels?: readonly (abstract new (...args: never[]) => object)[];
  fetch: NodeFetcher;
}

/** Type names by class, from the modules' declarations (not from class names, which may change). */
const typeNames = new Map<unknown, string>();

export function registerNodeTypes(types: readonly NodeTypeDeclaration[]): void {
  for (const type of types) {
    typeNames.set(type.type, type.name);
    for (const readModel of type.readModels ?? []) typeNames.set(readModel, type.name);
    if (type.readModels?.length) answerAs(type.type, type.readModels);
  }
}

const plainInstanceOf = Function.prototype[Symbol.hasInstance];

/**
 * Makes a read model's records count as instances of the type's class.
 * type-graphql turns a root that is not an instance of its class into one
 * (`Object.assign(new Entity(), root)`) before it reads a getter field such
 * as `id`; for an entity class that builds a managed entity per field and
 * row (measured: 13% of a list request). A record already has those
 * getters, so it is answered as it is.
 */
function answerAs(
  type: abstract new (...args: never[]) => object,
  readModels: readonly (abstract new (...args: never[]) => object)[],
): void {
  Object.defineProperty(type, Symbol.hasInstance, {
    value: (value: unknown) =>
      plainInstanceOf.call(type, value) || readModels.some((model) => plainInstanceOf.call(model, value)),
    configurable: true,
  });
}

export function nodeTypeName(value: object): string {
  const name = typeNames.get(value.constructor);
  if (!name) throw new Error(`${value.constructor.name} implements Node but no module declares it`);
  return name;
}

/**
 * Every entity extends Node: its numeric primary key stays `id` in the
 * database, and GraphQL sees the opaque global ID under the same name.
 */
@InterfaceType({ description: 'An object with a global ID.', resolveType: nodeTypeName })
export abstract class Node {
  abstract id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID.' })
  get globalId(): string {
    return toGlobalId(nodeTypeName(this), this.id);
  }
}

/** `node` and `nodes`: any declared type by global ID, through its module's fetcher. */
@Resolver()
export class NodeResolver {
  private readonly fetchers: Map<string, NodeFetcher>;

  constructor(types: readonly NodeTypeDeclaration[]) {
    this.fetchers = new Map(types.map((t) => [t.name, t.fetch]));
  }

  private async fetch(ctx: RequestContext, id: string): Promise<object | null> {
    const parsed = numericIdOf(id);
    const fetch = parsed && this.fetchers.get(parsed.typeName);
    return fetch ? fetch(ctx, parsed.key) : null;
  }

  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID (null when unknown or not visible).',
  })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<object | null> {
    return this.fetch(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Several objects by global ID (at most 100), in the same order.',
    complexity: listComplexity,
  })
  nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(object | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw badInput(
        {
          'zh-CN': `一次最多查询 ${MAX_PAGE_SIZE} 个对象。`,
          en: `Ask for at most ${MAX_PAGE_SIZE} objects at once.`,
        },
        ctx.locale,
      );
    }
    return Promise.all(ids.map((id) => this.fetch(ctx, id)));
  }
}
