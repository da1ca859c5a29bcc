import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file. Migrations run through the WebAssembly
// schema engine (scripts/db/migrate.ts) because the native engine cannot be
// downloaded on our machines; see README "Database".
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/masthead' },
});
