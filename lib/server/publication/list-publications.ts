import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '../session';

/** Every publication for the admin's list: which one `/` shows, and how many issues each has. */
export async function listPublications({ actor }: { actor: Actor }) {
  assertCan(actor, 'publication.manage');
  const publications = await db.publication.findMany({
    orderBy: [{ isDefault: 'desc' }, { createdAt: 'asc' }],
    select: { id: true, slug: true, name: true, nameTraditional: true, mastheadForm: true, isDefault: true, _count: { select: { issues: true } } },
  });
  return publications.map(({ _count, ...publication }) => ({ ...publication, issueCount: _count.issues }));
}
