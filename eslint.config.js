import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'client/graphql/generated/**', 'test/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      // Module loaders extend `Loaders` by declaration merging (server/common/loaders.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // No promise may go unhandled (a rejected one ends the process): type-aware, for the server side only.
  {
    files: ['server/**/*.ts', 'seeds/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    ignores: ['test/client/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  // What each server folder may import (docs/ARCHITECTURE.md "Who may import what").
  {
    files: ['server/common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', 'type-graphql', '@apollo/*', 'fastify', '**/graphql/**', '**/modules/**'],
              message: 'server/common is the domain kernel: it knows no GraphQL, no HTTP and no module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/graphql/**/*.ts', 'server/http/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**', '**/modules.js', '**/module.js', '**/assembly.js', '**/app.js'],
              message:
                'server/graphql is shared plumbing: it imports no module (modules declare themselves).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/modules/**/*.service.ts', 'server/modules/**/*.scope.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', 'type-graphql', '@apollo/*', 'fastify', '**/graphql/**'],
              allowTypeImports: true,
              message:
                'Services hold the rules and know nothing of GraphQL or HTTP (resolvers decode IDs and shape payloads).',
            },
          ],
        },
      ],
    },
  },
);
