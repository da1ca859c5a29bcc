-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "sentBackAt" TIMESTAMP(3),
ADD COLUMN     "sentBackReason" TEXT,
ADD COLUMN     "signedAt" TIMESTAMP(3),
ADD COLUMN     "signedById" TEXT;

-- CreateTable
CREATE TABLE "ProofMark" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "articleId" TEXT,
    "note" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ProofMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProofMark_pageId_createdAt_idx" ON "ProofMark"("pageId", "createdAt");

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofMark" ADD CONSTRAINT "ProofMark_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofMark" ADD CONSTRAINT "ProofMark_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofMark" ADD CONSTRAINT "ProofMark_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
