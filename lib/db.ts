import 'server-only';
import { createPrismaClient, type Database } from './prisma-client';

function connect() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  return createPrismaClient(connectionString);
}

// One client per process; in development, hot reloads would otherwise open a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: Database };
export const db = globalForPrisma.prisma ?? connect();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
