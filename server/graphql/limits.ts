import type { ApolloServerPlugin } from '@apollo/server';
import {
  getIntrospectionQuery,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { isStorable } from '../common/text.js';
import type { GraphQLContext } from './context.js';

/**
 * Limits checked before a query runs (API.md). Each one fails closed: a
 * document that cannot be measured is refused, never run unmeasured.
 * Documented in the README:
 * - size: at most 5,000 tokens (Apollo's parser stops there), 50 aliases
 *   and 20 root fields;
 * - depth: at most 12 levels of selections (Relay connections need 7–8);
 *   introspection as deep as the standard introspection query, with each of
 *   a type's lists (fields, interfaces, …) at most once on a path;
 * - cost: at most 10,000 points, where a field costs 1, a list field its
 *   page size (`first`, default 20) or its `ids` times the cost of one item,
 *   and a count (`totalCount`) what reading a page of 100 costs;
 * - input: text without NUL or unpaired surrogates, lists of at most 1,000.
 */
export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 10_000;
export const MAX_TOKENS = 5_000;
export const MAX_ALIASES = 50;
export const MAX_ROOT_FIELDS = 20;
export const MAX_INPUT_LIST = 1_000;
/** A count scans the filtered rows: priced as a page of the largest size. */
export const COUNT_COMPLEXITY = 100;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** The first problem of an input value: text PostgreSQL cannot store, or a list too long to bind. */
function inputProblem(value: unknown): string | null {
  if (typeof value === 'string') return isStorable(value) ? null : 'text';
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST) return 'list';
    for (const item of value) {
      const found = inputProblem(item);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = isStorable(key) ? inputProblem(item) : 'text';
      if (found) return found;
    }
  }
  return null;
}

function documentInputProblem(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.STRING](node) {
      if (!isStorable(node.value)) found ??= 'text';
    },
    [Kind.LIST](node) {
      if (node.values.length > MAX_INPUT_LIST) found ??= 'list';
    },
  });
  return found;
}

const INPUT_PROBLEMS: Record<string, string> = {
  text: 'Text may not contain the NUL character (U+0000) or an unpaired surrogate.',
  list: `A list argument may hold at most ${MAX_INPUT_LIST} items.`,
};

/** Introspection lists that multiply: each may appear at most once on one path. */
const INTROSPECTION_LISTS = new Set([
  'types',
  'fields',
  'inputFields',
  'interfaces',
  'possibleTypes',
  'enumValues',
  'args',
  'directives',
]);

interface Shape {
  depth: number;
  introspectionDepth: number;
  repeatedList: string | null;
}

/** Stops measuring a document whose fragments expand beyond any real query. */
const MAX_VISITS = 20_000;

/**
 * Depth of an operation with its fragments expanded, introspection included
 * (graphql-depth-limit skips fields starting with `__`, so introspection
 * could nest without bound).
 */
function shapeOf(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Shape {
  const shape: Shape = { depth: 0, introspectionDepth: 0, repeatedList: null };
  let visits = 0;
  const walk = (set: SelectionSetNode, depth: number, lists: Set<string> | null): void => {
    for (const selection of set.selections) {
      if (++visits > MAX_VISITS) throw tooComplex('The query is too large to be measured.');
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, depth, lists);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, lists);
        continue;
      }
      const name = selection.name.value;
      let inner = lists;
      if (!inner && (name === '__schema' || name === '__type')) inner = new Set();
      if (inner && INTROSPECTION_LISTS.has(name)) {
        if (inner.has(name)) shape.repeatedList ??= name;
        inner = new Set(inner).add(name);
      }
      // Root fields are level 0, as graphql-depth-limit counts.
      if (inner) shape.introspectionDepth = Math.max(shape.introspectionDepth, depth);
      else shape.depth = Math.max(shape.depth, depth);
      if (selection.selectionSet) walk(selection.selectionSet, depth + 1, inner);
    }
  };
  walk(operation.selectionSet, 0, null);
  return shape;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** How deep the introspection query of GraphiQL and codegen goes: introspection may go that deep. */
const INTROSPECTION_DEPTH = (() => {
  const document = parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
  const operation = getOperationAST(document)!;
  return shapeOf(operation, fragmentsOf(document)).introspectionDepth;
})();

/** Root fields of the operation, fragments expanded, each alias counted. */
function rootFieldCount(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((n, selection) => {
      if (selection.kind === Kind.FIELD) return n + 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) return n + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      return n + (fragment ? count(fragment.selectionSet) : 0);
    }, 0);
  return count(operation.selectionSet);
}

function aliasCount(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.alias) aliases++;
    },
  });
  return aliases;
}

/** The cost of an operation in points; throws (fails closed) when it cannot be worked out. */
export function operationCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    throw tooComplex('The cost of the query could not be worked out; it was not run.');
  }
}

/** What the checks found of one document and operation; errors are remade per request. */
interface Verdict {
  /** A refusal that does not depend on the variables. */
  refusal: { kind: 'input' | 'limit'; message: string } | null;
  /** Cost by the variables' JSON (operations without variables: the key ''). */
  costs: Map<string, number>;
}

/** Costs kept per document for this many distinct sets of variables. */
const MAX_CACHED_COSTS = 64;

/** Checks that depend only on the document: measured once per parsed document (Apollo caches those). */
function documentVerdict(document: DocumentNode, operation: OperationDefinitionNode): Verdict['refusal'] {
  const problem = documentInputProblem(document);
  if (problem) return { kind: 'input', message: INPUT_PROBLEMS[problem] };
  if (aliasCount(document) > MAX_ALIASES)
    return { kind: 'limit', message: `The query uses more than ${MAX_ALIASES} aliases.` };
  const fragments = fragmentsOf(document);
  if (rootFieldCount(operation, fragments) > MAX_ROOT_FIELDS)
    return { kind: 'limit', message: `The query asks for more than ${MAX_ROOT_FIELDS} root fields.` };
  let shape: Shape;
  try {
    shape = shapeOf(operation, fragments);
  } catch (error) {
    return { kind: 'limit', message: (error as GraphQLError).message };
  }
  if (shape.depth > MAX_QUERY_DEPTH || shape.introspectionDepth > INTROSPECTION_DEPTH)
    return { kind: 'limit', message: `The query is nested deeper than ${MAX_QUERY_DEPTH} levels.` };
  if (shape.repeatedList)
    return { kind: 'limit', message: `Introspection may list ${shape.repeatedList} only once on a path.` };
  return null;
}

/** Per parsed document, per operation: the same query text costs its analysis once (issue 12). */
const verdicts = new WeakMap<DocumentNode, Map<OperationDefinitionNode, Verdict>>();

export const queryLimitsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operation, contextValue }) {
        if (!operation) return;
        const problem = inputProblem(request.variables);
        if (problem) throw badInput(INPUT_PROBLEMS[problem]);
        let byOperation = verdicts.get(document);
        if (!byOperation) verdicts.set(document, (byOperation = new Map()));
        let verdict = byOperation.get(operation);
        if (!verdict) {
          verdict = { refusal: documentVerdict(document, operation), costs: new Map() };
          byOperation.set(operation, verdict);
        }
        if (verdict.refusal)
          throw (verdict.refusal.kind === 'input' ? badInput : tooComplex)(verdict.refusal.message);
        const hasVariables = (operation.variableDefinitions ?? []).length > 0;
        const key = hasVariables ? JSON.stringify(request.variables ?? {}) : '';
        let cost = verdict.costs.get(key);
        if (cost === undefined) {
          // Variables that do not fit their types are refused by execution before anything runs.
          if (hasVariables) {
            const coerced = getVariableValues(
              schema,
              operation.variableDefinitions ?? [],
              request.variables ?? {},
            );
            if (coerced.errors) return;
          }
          cost = operationCost(schema, document, request.operationName, request.variables ?? {});
          if (verdict.costs.size >= MAX_CACHED_COSTS) verdict.costs.clear();
          verdict.costs.set(key, cost);
        }
        if (cost > MAX_QUERY_COMPLEXITY) {
          throw tooComplex(`The query costs ${cost} points, more than the limit of ${MAX_QUERY_COMPLEXITY}.`);
        }
        contextValue.cost = cost;
      },
    };
  },
};

/** `totalCount` selected directly (or in inline fragments) on a connection: counted once, not per item. */
function countsSelected(node: FieldNode | undefined): number {
  const inSet = (set: SelectionSetNode | undefined): number =>
    (set?.selections ?? []).reduce((n, selection) => {
      if (selection.kind === Kind.FIELD) return n + (selection.name.value === 'totalCount' ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return n + inSet(selection.selectionSet);
      return n;
    }, 0);
  return inSet(node?.selectionSet);
}

/**
 * Cost of a connection or list: its page size (or ids) times one item; a
 * `totalCount` on it is paid once (a count is one statement, whatever the page).
 */
export function listComplexity({
  args,
  childComplexity,
  node,
}: {
  args: { first?: number | null; ids?: unknown[] };
  childComplexity: number;
  node?: FieldNode;
}): number {
  const size = Array.isArray(args.ids) ? args.ids.length : (args.first ?? 20);
  const counts = Math.min(countsSelected(node) * COUNT_COMPLEXITY, childComplexity);
  return Math.max(1, size) * Math.max(1, childComplexity - counts) + counts;
}
