import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Browser tests share one built site and one Chromium: run the files one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/support/siteSetup.ts'],
        },
      },
    ],
  },
});
