// No 'server-only' here: the demo seed and the archive benchmark fill the list
// with the same statement. It checks no permission: it is a step of the moves
// that do (moveIssue, publishDueIssues), inside their transactions.
import { Prisma } from '@/lib/generated/prisma/client';

/** A Prisma client or transaction, or anything else that runs a statement (the benchmark's pg client). */
export type StatementRunner = { $executeRaw(query: Prisma.Sql): PromiseLike<number> };

/** Times are stored in UTC without a zone, as Prisma writes them. */
export const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * Rewrites the reader search's entries (model ReaderSearchEntry) for the issues
 * matching `issueCondition` (SQL on `i`, the issue): one per story that starts
 * on one of their pages if the issue is published or scheduled, none otherwise.
 * A story published now is visible from now, a scheduled one from its time.
 * Each entry carries its story's pair signature (migration 0020), which a trigger
 * on Article keeps in step with later changes to the text. The stories are locked
 * (FOR SHARE) while their signatures are computed: a correction saved at the same
 * time either waits and then rewrites the new entry's signature, or commits first
 * and is read here. Without the lock, a correction waiting on an entry this deleted
 * found nothing to update, and the new entry kept the old text's signature.
 */
export async function writeReaderSearchEntries(db: StatementRunner, issueCondition: Prisma.Sql) {
  await db.$executeRaw(Prisma.sql`DELETE FROM "ReaderSearchEntry" e USING "Issue" i WHERE e."issueId" = i.id AND ${issueCondition}`);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "ReaderSearchEntry" ("articleId", "issueId", "publicationId", "issueDate", "pageNumber", "visibleFrom", "pairSignature")
    SELECT pl."articleId", i.id, i."publicationId", i.date, p.number,
           CASE WHEN i.status = 'PUBLISHED' THEN LEAST(COALESCE(i."publishedAt", ${NOW_UTC}), ${NOW_UTC}) ELSE i."publishAt" END,
           masthead_story_signature(a.kicker, a.headline, a.subheadline, a."bodyText")
    FROM "Issue" i
    JOIN "Page" p ON p."issueId" = i.id
    JOIN "Slot" s ON s."pageId" = p.id
    JOIN "Placement" pl ON pl."slotId" = s.id AND pl.part = 1
    JOIN "Article" a ON a.id = pl."articleId"
    WHERE (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" IS NOT NULL)) AND ${issueCondition}
    FOR SHARE OF a
    ON CONFLICT ("articleId") DO UPDATE SET "issueId" = EXCLUDED."issueId", "publicationId" = EXCLUDED."publicationId", "issueDate" = EXCLUDED."issueDate",
      "pageNumber" = EXCLUDED."pageNumber", "visibleFrom" = EXCLUDED."visibleFrom", "pairSignature" = EXCLUDED."pairSignature"`);
}

/** After an issue changed state: what readers may find of it follows. */
export function syncReaderSearchEntries(db: StatementRunner, issueId: string) {
  return writeReaderSearchEntries(db, Prisma.sql`i.id = ${issueId}`);
}
