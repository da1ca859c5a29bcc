// The Prisma client factory, shared by the app (lib/db.ts) and by scripts and
// tests that run outside Next.js (seed, benchmarks, integration tests).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: options.max ?? 10 }),
    // Password hashes are read only where sign-in needs them.
    omit: { staff: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
