-- CreateIndex
CREATE INDEX "TriageItem_slaDueAt_number_idx" ON "TriageItem"("slaDueAt", "number");

