import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Two copies of graphql (ESM for tests, CJS for Apollo/type-graphql) break
  // `instanceof` checks; force the CJS entry everywhere (STACK.md).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
