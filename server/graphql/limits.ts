import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, validate, visit, type DocumentNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../common/context.js';

/**
 * Limits checked before a query runs (API.md). Documented in the README:
 * - depth: at most 12 levels of selections (Relay connections need 7–8);
 * - cost: at most 10,000 points, where a field costs 1 and a list field
 *   costs its page size (`first`, default 20) or its `ids` times the cost of
 *   one item; a page of 100 organizations with their district, sponsor unit
 *   and history costs about 3,000.
 */
export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 10_000;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** PostgreSQL text cannot hold NUL: such input is refused up front rather than failing in the driver. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
  return false;
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export const queryLimitsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        if (holdsNul(request.variables) || documentHoldsNul(document)) {
          throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        const depthErrors = validate(schema, document, [depthLimit(MAX_QUERY_DEPTH)]);
        if (depthErrors.length > 0) {
          throw tooComplex(`The query is nested deeper than ${MAX_QUERY_DEPTH} levels.`);
        }
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          // Variables that do not fit their types: execution refuses them with
          // BAD_USER_INPUT before anything runs, so there is no cost to bound.
          return;
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw tooComplex(
            `The query costs ${complexity} points, more than the limit of ${MAX_QUERY_COMPLEXITY}.`,
          );
        }
      },
    };
  },
};

/** Cost of a connection or list: its page size (or ids) times one item. */
export function listComplexity({
  args,
  childComplexity,
}: {
  args: { first?: number | null; ids?: unknown[] };
  childComplexity: number;
}): number {
  const size = Array.isArray(args.ids) ? args.ids.length : (args.first ?? 20);
  return Math.max(1, size) * childComplexity;
}
