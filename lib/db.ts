import 'server-only';
import { registerDatabaseAdmission } from './load-shedding';
import { createPrismaClient, type Database } from './prisma-client';

// One client per process; in development, hot reloads would otherwise open a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: Database };

function client(): Database {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  globalForPrisma.prisma = createPrismaClient(connectionString);
  registerDatabaseAdmission(globalForPrisma.prisma.$admission);
  return globalForPrisma.prisma;
}

/**
 * The database, connected on first use: `next build` loads modules without a
 * database, and DATABASE_URL is only needed once a request reads data.
 */
export const db = new Proxy({} as Database, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});
