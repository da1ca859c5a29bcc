import { Prisma } from '@/lib/generated/prisma/client';

type UniqueViolationMeta = {
  target?: unknown;
  modelName?: string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
};

/**
 * The fields of the unique constraint a write violated, or null when `error` is
 * something else. Through the pg driver adapter the fields come either listed or
 * only as the index name Prisma gave the constraint (`Placement_slotId_key`).
 */
export function uniqueViolationTarget(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const meta = (error.meta ?? {}) as UniqueViolationMeta;
  if (Array.isArray(meta.target)) return meta.target as string[];
  const constraint = meta.driverAdapterError?.cause?.constraint;
  if (Array.isArray(constraint?.fields)) return constraint.fields.map((field) => field.replaceAll('"', ''));
  const index = constraint?.index;
  if (index && meta.modelName && index.startsWith(`${meta.modelName}_`) && index.endsWith('_key')) {
    return index.slice(meta.modelName.length + 1, -'_key'.length).split('_');
  }
  return [];
}
