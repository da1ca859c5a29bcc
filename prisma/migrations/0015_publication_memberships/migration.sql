-- AlterTable (made NOT NULL below, once every existing story has its paper)
ALTER TABLE "Article" ADD COLUMN     "publicationId" TEXT;

-- CreateTable
CREATE TABLE "PublicationMembership" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "roles" "Role"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicationMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicationMembership_publicationId_idx" ON "PublicationMembership"("publicationId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationMembership_staffId_publicationId_key" ON "PublicationMembership"("staffId", "publicationId");

-- CreateIndex
CREATE INDEX "Article_publicationId_status_updatedAt_idx" ON "Article"("publicationId", "status", "updatedAt");

-- AddForeignKey
ALTER TABLE "PublicationMembership" ADD CONSTRAINT "PublicationMembership_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationMembership" ADD CONSTRAINT "PublicationMembership_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill (written by hand): existing databases keep working.
-- A story placed in an issue belongs to that issue's publication (its first part's issue).
UPDATE "Article" a SET "publicationId" = (
  SELECT i."publicationId"
  FROM "Placement" pl
  JOIN "Slot" s ON s.id = pl."slotId"
  JOIN "Page" pg ON pg.id = s."pageId"
  JOIN "Issue" i ON i.id = pg."issueId"
  WHERE pl."articleId" = a.id
  ORDER BY pl.part
  LIMIT 1);
-- Every other story goes to the default publication (or the oldest, when none is marked default).
UPDATE "Article" SET "publicationId" = (
  SELECT id FROM "Publication" ORDER BY "isDefault" DESC, "createdAt", id LIMIT 1)
WHERE "publicationId" IS NULL;
ALTER TABLE "Article" ALTER COLUMN "publicationId" SET NOT NULL;

-- Every existing staff member keeps their newsroom roles, now in every existing publication.
INSERT INTO "PublicationMembership" ("id", "staffId", "publicationId", "roles", "updatedAt")
SELECT 'm' || md5(s.id || ':' || p.id), s.id, p.id,
       ARRAY(SELECT r FROM unnest(s.roles) AS r WHERE r <> 'ADMIN')::"Role"[], CURRENT_TIMESTAMP
FROM "Staff" s CROSS JOIN "Publication" p
WHERE EXISTS (SELECT 1 FROM unnest(s.roles) AS r WHERE r <> 'ADMIN');
-- Staff.roles keeps the installation-wide role only.
UPDATE "Staff" SET "roles" = ARRAY(SELECT r FROM unnest("roles") AS r WHERE r = 'ADMIN')::"Role"[];
