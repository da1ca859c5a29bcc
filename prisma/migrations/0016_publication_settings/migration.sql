-- CreateEnum
CREATE TYPE "MastheadForm" AS ENUM ('SIMPLIFIED', 'TRADITIONAL');

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "firstIssueNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "mastheadForm" "MastheadForm" NOT NULL DEFAULT 'SIMPLIFIED',
ADD COLUMN     "nameplateMediaId" TEXT,
ADD COLUMN     "publicationDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
ADD COLUMN     "serviceStripPages" INTEGER[] DEFAULT ARRAY[1]::INTEGER[],
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "weekdayPages" JSONB NOT NULL DEFAULT '{}';

-- AlterTable: every issue made so far keeps the format its publication has now
ALTER TABLE "Issue" ADD COLUMN     "pageFormat" JSONB;
UPDATE "Issue" i SET "pageFormat" = p."pageFormat" FROM "Publication" p WHERE p.id = i."publicationId";
ALTER TABLE "Issue" ALTER COLUMN "pageFormat" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_nameplateMediaId_fkey" FOREIGN KEY ("nameplateMediaId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one publication is shown at `/` (the data layer keeps it exactly one).
CREATE UNIQUE INDEX "Publication_one_default" ON "Publication" ("isDefault") WHERE "isDefault";
