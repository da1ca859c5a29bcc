// The Prisma client factory, shared by the app (lib/db.ts) and by scripts and
// tests that run outside Next.js (seed, benchmarks, integration tests).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** DATABASE_POOL_MAX caps the connections per process (default 10). */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const max = options.max ?? (Number(process.env.DATABASE_POOL_MAX) || 10);
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // Password hashes are read only where sign-in needs them.
    omit: { staff: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
