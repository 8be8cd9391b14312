import { ApolloServer } from '@apollo/server';
import { buildSchema, getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../server/graphql/context.js';
import {
  MAX_ALIASES,
  MAX_QUERY_DEPTH,
  MAX_ROOT_FIELDS,
  MAX_TOKENS,
  queryLimitsPlugin,
} from '../../server/graphql/limits.js';

// The register's schema has no cycles deep enough to pass 12 levels, so the
// depth rule is checked on a schema that has one (a tree of sections).
const schema = buildSchema(`type Section { id: ID! child: Section } type Query { root: Section }`);
const server = new ApolloServer<GraphQLContext>({
  schema,
  plugins: [queryLimitsPlugin],
  parseOptions: { maxTokens: MAX_TOKENS },
});

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 1; i < depth; i++) selection = `child { ${selection} }`;
  return `{ root { ${selection} } }`;
}

async function run(query: string) {
  const res = await server.executeOperation({ query }, { contextValue: {} as GraphQLContext });
  const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
  return { status: res.http.status ?? 200, code: errors?.[0].extensions?.code, errors };
}

describe('query limits', () => {
  it(`runs a query ${MAX_QUERY_DEPTH} levels deep and refuses one level more before it runs`, async () => {
    expect((await run(nested(MAX_QUERY_DEPTH))).errors).toBeUndefined();
    expect(await run(nested(MAX_QUERY_DEPTH + 1))).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });

  it('caps aliases, root fields and the size of the document', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await run(aliases(MAX_ROOT_FIELDS))).errors).toBeUndefined();
    expect(await run(aliases(MAX_ROOT_FIELDS + 1))).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const deepAliases = `{ root { ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    expect(await run(deepAliases)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    // 10,000 __typename aliases: refused by the parser, before anything is measured.
    expect(await run(aliases(10_000))).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('fails closed on a document whose fragments expand beyond measure', async () => {
    const levels = 16;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Section { ${i === levels - 1 ? 'id' : `...F${i + 1} child { ...F${i + 1} }`} }`,
    ).join(' ');
    const res = await run(`{ root { ...F0 } } ${fragments}`);
    expect(res).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });

  it('lets the standard introspection query through and bounds introspection like any query', async () => {
    expect(
      (await run(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).errors,
    ).toBeUndefined();
    const repeated = `{ __schema { types { fields { type { fields { type { name } } } } } } }`;
    expect(await run(repeated)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    let ofType = 'name';
    for (let i = 0; i < 30; i++) ofType = `ofType { ${ofType} }`;
    expect(await run(`{ __type(name: "Section") { ${ofType} } }`)).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
    });
  });

  it('refuses text PostgreSQL cannot store and lists too long to bind', async () => {
    const query = `query($name: String!) { __type(name: $name) { name } }`;
    for (const name of ['a\u0000', '\ud800', 'x'.repeat(10)]) {
      const res = await server.executeOperation(
        { query, variables: { name } },
        { contextValue: {} as GraphQLContext },
      );
      const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
      expect(errors?.[0]?.extensions?.code ?? 'OK').toBe(name.length === 10 ? 'OK' : 'BAD_USER_INPUT');
    }
    const list = `{ __type(name: "x") { fields(includeDeprecated: true) { name } } } `;
    expect((await run(list)).errors).toBeUndefined();
  });
});
