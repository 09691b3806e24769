-- CreateEnum
CREATE TYPE "ReportImpact" AS ENUM ('blocking', 'degraded', 'minor', 'question');

-- CreateEnum
CREATE TYPE "ReportVisibility" AS ENUM ('public', 'private', 'security');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed');

-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('created', 'status_change', 'comment');

-- CreateTable
CREATE TABLE "IssueReport" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "reporterId" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "versionLabel" TEXT,
    "operationSlug" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "stepsToReproduce" TEXT,
    "expected" TEXT,
    "actual" TEXT,
    "requestId" TEXT,
    "occurredAt" TIMESTAMP(3),
    "environment" TEXT,
    "impact" "ReportImpact" NOT NULL,
    "visibility" "ReportVisibility" NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'open',
    "pageUrl" TEXT,
    "userAgent" TEXT,
    "locale" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "IssueReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "ReportEventKind" NOT NULL,
    "fromStatus" "ReportStatus",
    "toStatus" "ReportStatus",
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssueReport_number_key" ON "IssueReport"("number");

-- CreateIndex
CREATE INDEX "IssueReport_apiId_createdAt_idx" ON "IssueReport"("apiId", "createdAt");

-- CreateIndex
CREATE INDEX "IssueReport_reporterId_createdAt_idx" ON "IssueReport"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "IssueReport_status_idx" ON "IssueReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "IssueReport_reporterId_idempotencyKey_key" ON "IssueReport"("reporterId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ReportEvent_reportId_createdAt_idx" ON "ReportEvent"("reportId", "createdAt");

-- AddForeignKey
ALTER TABLE "IssueReport" ADD CONSTRAINT "IssueReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueReport" ADD CONSTRAINT "IssueReport_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvent" ADD CONSTRAINT "ReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IssueReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvent" ADD CONSTRAINT "ReportEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

