-- AlterTable
ALTER TABLE "TriageItem" ADD COLUMN     "duplicateCheckedAt" TIMESTAMP(3),
ADD COLUMN     "possibleDuplicateId" TEXT,
ADD COLUMN     "possibleDuplicateScore" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "TriageItem_duplicateCheckedAt_createdAt_idx" ON "TriageItem"("duplicateCheckedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "TriageItem" ADD CONSTRAINT "TriageItem_possibleDuplicateId_fkey" FOREIGN KEY ("possibleDuplicateId") REFERENCES "TriageItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Items filed before the check existed count as checked: it looks at the last day's items only.
UPDATE "TriageItem" SET "duplicateCheckedAt" = CURRENT_TIMESTAMP WHERE "createdAt" < CURRENT_TIMESTAMP - interval '1 day';
