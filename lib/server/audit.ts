import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from './session';

type Tx = Prisma.TransactionClient;

/** Written in the same transaction as the change it records. */
export function recordAudit(
  tx: Tx,
  options: { actor: Actor; action: string; entityType: 'article' | 'issue' | 'staff' | 'publication' | 'media' | 'template'; entityId: string; details?: Prisma.InputJsonValue },
) {
  return tx.auditEvent.create({
    data: {
      actorId: options.actor.id,
      action: options.action,
      entityType: options.entityType,
      entityId: options.entityId,
      details: options.details,
    },
  });
}
