import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One database for all files: files that reset shared rows run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['next-auth', '@auth/core'] } },
    // server-only throws outside a React Server environment; tests call the data layer directly.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts') },
  },
});
