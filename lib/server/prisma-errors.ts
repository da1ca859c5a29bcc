import { Prisma } from '@/lib/generated/prisma/client';

/** The constraint fields of a unique violation, or null when `error` is something else. */
export function uniqueViolationTarget(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
  if (Array.isArray(meta?.target)) return meta.target as string[];
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields;
  return Array.isArray(fields) ? fields.map((f) => f.replaceAll('"', '')) : [];
}
