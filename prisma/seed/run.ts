// npm run db:seed — fills an empty database with the demo data.
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemo } from './demo';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const db = createPrismaClient(url);
const result = await seedDemo(db);
console.log(result.seeded ? 'Demo data created.' : 'Database already has data: nothing seeded.');
await db.$disconnect();
