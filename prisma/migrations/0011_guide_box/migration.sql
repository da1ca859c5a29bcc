-- AlterTable
ALTER TABLE "Slot" ADD COLUMN     "guidePicks" JSONB;
