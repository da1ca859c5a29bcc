import 'server-only';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { forgetPagesKeptHere, READER_PAGES_CHANNEL } from '@/lib/server/page-cache/process-page-cache';

/**
 * Something readers see has changed (an issue published, a correction, the
 * paper's settings): every server renders its reader pages afresh. Next's own
 * caches are revalidated, this server's page cache forgets its pages at once, and
 * the others' do when they hear of it on READER_PAGES_CHANNEL (scripts/app-server.ts).
 * Were the announcement lost, their copies would still expire within their
 * Cache-Control lifetime (one second for pages).
 */
export async function readerPagesChanged() {
  revalidatePath('/', 'layout');
  forgetPagesKeptHere();
  await db.$executeRaw`SELECT pg_notify(${READER_PAGES_CHANNEL}, '')`.catch((error: unknown) => console.error('[page cache] could not announce a change to the other servers', error));
}
