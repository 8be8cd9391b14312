import 'reflect-metadata';
import { GraphQLInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type ContainerType, type NonEmptyArray } from 'type-graphql';

import type { GraphQLContext } from './context.js';
import { nodeTypeName, NodeResolver, type NodeTypeDeclaration } from './node.js';
import { applyPolicy, type FieldHook, type PolicyRows } from './policy.js';

export interface SchemaParts {
  /** Resolver classes and their instances (made with their module's services). */
  resolvers: Map<new (...args: never[]) => object, object>;
  nodes: readonly NodeTypeDeclaration[];
  policy: PolicyRows;
  readHooks: Record<string, FieldHook>;
}

/** node and nodes resolve whatever the modules declare; anyone may ask (the fetchers apply visibility). */
const NODE_POLICY = { node: 'PUBLIC', nodes: 'PUBLIC' } as const;

/** Each type implementing Node needs a declared fetcher, or `node(id)` would silently answer null. */
function checkNodeTypes(schema: GraphQLSchema, nodes: readonly NodeTypeDeclaration[]): void {
  const node = schema.getType('Node');
  if (!(node instanceof GraphQLInterfaceType)) return;
  const implementers = schema.getImplementations(node).objects.map((t) => t.name);
  const declared = new Set(nodes.map((n) => n.name));
  const missing = implementers.filter((name) => !declared.has(name));
  if (missing.length > 0)
    throw new Error(`Types implementing Node without a node fetcher in their module: ${missing.join(', ')}`);
  const stray = [...declared].filter((name) => !implementers.includes(name));
  if (stray.length > 0) throw new Error(`Node fetchers for types the schema lacks: ${stray.join(', ')}`);
}

export interface AppSchema {
  schema: GraphQLSchema;
  /** The resolver instances each request's context carries (`GraphQLContext.resolvers`). */
  resolvers: ContainerType;
}

/** The executable schema: every module's resolvers, with the policy applied. */
export async function buildAppSchema(parts: SchemaParts): Promise<AppSchema> {
  const instances = new Map<unknown, object>(parts.resolvers);
  instances.set(NodeResolver, new NodeResolver(parts.nodes));
  const resolvers: ContainerType = {
    get: (someClass: new () => object) => instances.get(someClass) ?? new someClass(),
  };
  const schema = await buildSchema({
    resolvers: [NodeResolver, ...parts.resolvers.keys()] as unknown as NonEmptyArray<ClassType>,
    // type-graphql keeps one container per process; each request's context names its own app's.
    container: ({ context }: { context: GraphQLContext }) => context.resolvers,
    validate: false,
  });
  checkNodeTypes(schema, parts.nodes);
  // type-graphql wraps resolveType in an async function; the type of a node is known at once.
  const node = schema.getType('Node');
  if (node instanceof GraphQLInterfaceType) node.resolveType = (value) => nodeTypeName(value as object);
  const operations = { ...NODE_POLICY, ...parts.policy.operations };
  return { schema: applyPolicy(schema, { ...parts.policy, operations }, parts.readHooks), resolvers };
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs stay readable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
