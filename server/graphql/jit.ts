import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Apollo's hook for a custom executor (`gateway`). */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** Compiled operations kept per parsed document (Apollo keeps one document per query text). */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

/**
 * Executes operations with graphql-jit instead of graphql-js, behind
 * Apollo's executor hook (the gateway interface, the one Apollo Server
 * offers for a custom executor): each operation of a document is compiled
 * once into a function, and every later request runs that function. Apollo
 * still parses, validates and runs every plugin (limits, trail, errors) as
 * before; the resolvers, policy rows and hooks are the same functions.
 * Measured against graphql-js (issue 12, `npm run bench -- --peer`).
 */
export function jitExecutor(schema: GraphQLSchema): GatewayInterface {
  let schemaListener: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      schemaListener = callback;
      return () => (schemaListener = undefined);
    },
    async load() {
      schemaListener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return {
        executor: async ({ document, operation, operationName, request, context }) => {
          // Variables are checked as graphql-js checks them, so a bad one is refused with the same error.
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (variables.errors) return { errors: variables.errors };
          let byOperation = compiled.get(document);
          if (!byOperation) compiled.set(document, (byOperation = new Map()));
          const key = operationName ?? '';
          let query = byOperation.get(key);
          if (!query) {
            query = compileQuery(schema, document, operationName ?? undefined);
            byOperation.set(key, query);
          }
          if (!isCompiledQuery(query)) return query;
          return query.query(undefined, context, request.variables ?? {});
        },
      };
    },
    async stop() {},
  };
}
