-- CreateEnum
CREATE TYPE "TriageStatus" AS ENUM ('new', 'triaged', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed', 'wont_fix', 'duplicate');

-- CreateEnum
CREATE TYPE "TriageCategory" AS ENUM ('bug', 'performance', 'usability', 'feature_request', 'security', 'documentation', 'question');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'major', 'minor', 'cosmetic');

-- CreateEnum
CREATE TYPE "ImpactScope" AS ENUM ('all', 'many', 'some', 'one');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "TriageEventKind" AS ENUM ('created', 'status', 'category', 'priority', 'assignment', 'label', 'note', 'reply', 'merge', 'breach');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReportStatus" ADD VALUE 'wont_fix';
ALTER TYPE "ReportStatus" ADD VALUE 'duplicate';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'triage_assigned';
ALTER TYPE "NotificationKind" ADD VALUE 'triage_breach';

-- DropIndex
DROP INDEX "TriageItem_apiId_idx";

-- AlterTable
ALTER TABLE "TriageItem" ADD COLUMN     "affectedApps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "affectedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "body" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "category" "TriageCategory",
ADD COLUMN     "categoryByStaff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "categoryConfidence" DOUBLE PRECISION,
ADD COLUMN     "firstResponseAt" TIMESTAMP(3),
ADD COLUMN     "hypercareWindowId" TEXT,
ADD COLUMN     "impactScope" "ImpactScope",
ADD COLUMN     "labels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "pausedMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "priority" "Priority",
ADD COLUMN     "reporterId" TEXT,
ADD COLUMN     "resolutionBreachedAt" TIMESTAMP(3),
ADD COLUMN     "resolutionDueAt" TIMESTAMP(3),
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "responseBreachedAt" TIMESTAMP(3),
ADD COLUMN     "responseDueAt" TIMESTAMP(3),
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') ||
        setweight(to_tsvector('english', left("body", 8000)), 'C')
    ) STORED,
ADD COLUMN     "severity" "Severity",
ADD COLUMN     "severityReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "slaDueAt" TIMESTAMP(3),
ADD COLUMN     "slaStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" "TriageStatus" NOT NULL DEFAULT 'new',
ADD COLUMN     "suggestedSeverity" "Severity",
ADD COLUMN     "teamId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "TriageEvent" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "TriageEventKind" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "body" TEXT,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "teamId" TEXT NOT NULL,
    "apiId" TEXT,
    "operationPattern" TEXT,
    "category" "TriageCategory",
    "keyword" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriageSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TriageSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HypercareWindow" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "factor" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HypercareWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassifierModel" (
    "id" TEXT NOT NULL,
    "examples" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassifierModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TriageEvent_itemId_createdAt_idx" ON "TriageEvent"("itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE INDEX "RoutingRule_position_idx" ON "RoutingRule"("position");

-- CreateIndex
CREATE INDEX "HypercareWindow_versionId_startsAt_idx" ON "HypercareWindow"("versionId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_ownerId_name_key" ON "SavedView"("ownerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CannedReply_title_key" ON "CannedReply"("title");

-- CreateIndex
CREATE UNIQUE INDEX "TriageItem_number_key" ON "TriageItem"("number");

-- CreateIndex
CREATE INDEX "TriageItem_apiId_createdAt_idx" ON "TriageItem"("apiId", "createdAt");

-- CreateIndex
CREATE INDEX "TriageItem_status_priority_slaDueAt_idx" ON "TriageItem"("status", "priority", "slaDueAt");

-- CreateIndex
CREATE INDEX "TriageItem_priority_slaDueAt_number_idx" ON "TriageItem"("priority", "slaDueAt", "number");

-- CreateIndex
CREATE INDEX "TriageItem_teamId_status_idx" ON "TriageItem"("teamId", "status");

-- CreateIndex
CREATE INDEX "TriageItem_assigneeId_status_idx" ON "TriageItem"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "TriageItem_updatedAt_idx" ON "TriageItem"("updatedAt");

-- CreateIndex
CREATE INDEX "TriageItem_reporterId_idx" ON "TriageItem"("reporterId");

-- CreateIndex
CREATE INDEX "TriageItem_searchVector_idx" ON "TriageItem" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "TriageItem" ADD CONSTRAINT "TriageItem_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageItem" ADD CONSTRAINT "TriageItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageItem" ADD CONSTRAINT "TriageItem_hypercareWindowId_fkey" FOREIGN KEY ("hypercareWindowId") REFERENCES "HypercareWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageItem" ADD CONSTRAINT "TriageItem_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "TriageItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageEvent" ADD CONSTRAINT "TriageEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TriageItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageEvent" ADD CONSTRAINT "TriageEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HypercareWindow" ADD CONSTRAINT "HypercareWindow_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ApiVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the text, reporter and status of items filed before the triage dashboard.
UPDATE "TriageItem" t SET "body" = r."description", "reporterId" = r."reporterId",
  "status" = CASE r."status"::text WHEN 'open' THEN 'new' WHEN 'in_progress' THEN 'in_progress'
    WHEN 'waiting_on_reporter' THEN 'waiting_on_reporter' WHEN 'resolved' THEN 'resolved' ELSE 'closed' END::"TriageStatus"
FROM "IssueReport" r WHERE t."reportId" = r."id";
UPDATE "TriageItem" t SET "body" = coalesce(p."comment", ''), "reporterId" = p."userId" FROM "PageRating" p WHERE t."ratingId" = p."id";
UPDATE "TriageItem" t SET "body" = f."body", "reporterId" = f."authorId" FROM "ForumThread" f WHERE t."threadId" = f."id";
UPDATE "TriageItem" t SET "affectedCount" = a.n, "affectedApps" = a.apps
FROM (SELECT "reportId", count(*)::int AS n, count(DISTINCT lower("appName"))::int AS apps FROM "ReportAffected" GROUP BY "reportId") a
WHERE t."reportId" = a."reportId";
