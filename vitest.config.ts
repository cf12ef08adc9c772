import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an exports map: Node (and so Pothos and Yoga) loads the CJS
    // one, Vite would give our files the ESM one, and graphql refuses to mix the two.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // No database and no browser: pure logic, and resolvers and repositories over tests/support/fake-executor.ts.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One throwaway Neo4j for the whole run, shared with the e2e project (see the file), started before the
          // first file and stopped after the last.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The integration tests' throwaway Neo4j, the same server; a real headless Chromium drives the explorer.
          globalSetup: ['tests/support/global-setup.ts'],
          // One browser at a time: two would only slow each other down on a small machine.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
