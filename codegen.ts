import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL documents for the portal: `graphql()` in client/graphql/generated
// returns a TypedDocumentNode for every operation written beside a page.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/**/*.ts', 'client/**/*.vue', '!client/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'client/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
