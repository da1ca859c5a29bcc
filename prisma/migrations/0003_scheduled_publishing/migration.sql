-- AlterEnum
ALTER TYPE "IssueStatus" ADD VALUE 'SCHEDULED';

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "publishAt" TIMESTAMP(3),
ADD COLUMN     "scheduledById" TEXT;

-- CreateIndex
CREATE INDEX "Issue_status_publishAt_idx" ON "Issue"("status", "publishAt");

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
