-- DropForeignKey
ALTER TABLE "ArticlePresence" DROP CONSTRAINT "ArticlePresence_articleId_fkey";

-- DropForeignKey
ALTER TABLE "ArticlePresence" DROP CONSTRAINT "ArticlePresence_staffId_fkey";

-- DropTable
DROP TABLE "ArticlePresence";
