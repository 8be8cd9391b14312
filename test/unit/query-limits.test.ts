import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/common/context.js';
import { MAX_QUERY_DEPTH, queryLimitsPlugin } from '../../server/graphql/limits.js';

// The register's schema has no cycles deep enough to pass 12 levels, so the
// depth rule is checked on a schema that has one (a tree of sections).
const schema = buildSchema(`type Section { id: ID! child: Section } type Query { root: Section }`);
const server = new ApolloServer<RequestContext>({ schema, plugins: [queryLimitsPlugin] });

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 1; i < depth; i++) selection = `child { ${selection} }`;
  return `{ root { ${selection} } }`;
}

describe('query depth limit', () => {
  it(`runs a query ${MAX_QUERY_DEPTH} levels deep and refuses one level more before it runs`, async () => {
    const ok = await server.executeOperation(
      { query: nested(MAX_QUERY_DEPTH) },
      { contextValue: {} as RequestContext },
    );
    expect(ok.body.kind === 'single' && ok.body.singleResult.errors).toBeUndefined();
    const deep = await server.executeOperation(
      { query: nested(MAX_QUERY_DEPTH + 1) },
      { contextValue: {} as RequestContext },
    );
    expect(deep.http.status).toBe(400);
    const errors = deep.body.kind === 'single' ? deep.body.singleResult.errors : undefined;
    expect(errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
