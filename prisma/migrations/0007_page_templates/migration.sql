-- CreateEnum
CREATE TYPE "SlotKind" AS ENUM ('STORY', 'PHOTO', 'GUIDE', 'SERVICE');

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "layoutVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "templateId" TEXT;

-- AlterTable
ALTER TABLE "Slot" ADD COLUMN     "kind" "SlotKind" NOT NULL DEFAULT 'STORY';

-- CreateTable
CREATE TABLE "PageTemplate" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "front" BOOLEAN NOT NULL DEFAULT false,
    "slots" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PageTemplate_publicationId_name_key" ON "PageTemplate"("publicationId", "name");

-- AddForeignKey
ALTER TABLE "PageTemplate" ADD CONSTRAINT "PageTemplate_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PageTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing publications get the two layouts pages were created with until now
-- (lib/domain/page-templates.ts), and existing pages point at them.
INSERT INTO "PageTemplate" ("id", "publicationId", "name", "front", "slots", "updatedAt")
SELECT gen_random_uuid()::text, p."id", '头版·四条', true,
  '[{"name":"头条","kind":"STORY","column":1,"row":1,"columns":4,"rows":4},{"name":"二条","kind":"STORY","column":5,"row":1,"columns":2,"rows":4},{"name":"三条","kind":"STORY","column":1,"row":5,"columns":3,"rows":4},{"name":"四条","kind":"STORY","column":4,"row":5,"columns":3,"rows":4}]'::jsonb,
  CURRENT_TIMESTAMP
FROM "Publication" p;

INSERT INTO "PageTemplate" ("id", "publicationId", "name", "front", "slots", "updatedAt")
SELECT gen_random_uuid()::text, p."id", '内页·三条', false,
  '[{"name":"头条","kind":"STORY","column":1,"row":1,"columns":6,"rows":4},{"name":"二条","kind":"STORY","column":1,"row":5,"columns":3,"rows":4},{"name":"三条","kind":"STORY","column":4,"row":5,"columns":3,"rows":4}]'::jsonb,
  CURRENT_TIMESTAMP
FROM "Publication" p;

UPDATE "Page" pg SET "templateId" = t."id"
FROM "Issue" i, "PageTemplate" t
WHERE pg."issueId" = i."id" AND t."publicationId" = i."publicationId"
  AND t."name" = CASE WHEN pg."number" = 1 THEN '头版·四条' ELSE '内页·三条' END;
