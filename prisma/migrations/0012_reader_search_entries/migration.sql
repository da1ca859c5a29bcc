-- CreateTable
CREATE TABLE "ReaderSearchEntry" (
    "articleId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "issueDate" DATE NOT NULL,
    "pageNumber" INTEGER NOT NULL,
    "visibleFrom" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReaderSearchEntry_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "ReaderSearchEntry_publicationId_issueDate_pageNumber_articl_idx" ON "ReaderSearchEntry"("publicationId", "issueDate" DESC, "pageNumber", "articleId");

-- CreateIndex
CREATE INDEX "ReaderSearchEntry_issueId_idx" ON "ReaderSearchEntry"("issueId");

-- AddForeignKey
ALTER TABLE "ReaderSearchEntry" ADD CONSTRAINT "ReaderSearchEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderSearchEntry" ADD CONSTRAINT "ReaderSearchEntry_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Fill the list from the issues readers can already see or will see at their
-- scheduled time: the same statement as syncReaderSearchEntries
-- (lib/server/reader/search-entries.ts), for every issue at once.
-- Times are stored in UTC, as Prisma writes them.
INSERT INTO "ReaderSearchEntry" ("articleId", "issueId", "publicationId", "issueDate", "pageNumber", "visibleFrom")
SELECT pl."articleId", i.id, i."publicationId", i.date, p.number,
       CASE WHEN i.status = 'PUBLISHED' THEN LEAST(COALESCE(i."publishedAt", now() AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC') ELSE i."publishAt" END
FROM "Issue" i
JOIN "Page" p ON p."issueId" = i.id
JOIN "Slot" s ON s."pageId" = p.id
JOIN "Placement" pl ON pl."slotId" = s.id AND pl.part = 1
WHERE i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" IS NOT NULL)
ON CONFLICT ("articleId") DO NOTHING;
