-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('public', 'partner', 'staff');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('beta', 'current', 'deprecated', 'retired');

-- CreateTable
CREATE TABLE "Api" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT,
    "description" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'public',
    "ownerTeam" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiVersion" (
    "id" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'current',
    "releaseDate" TIMESTAMP(3),
    "sunsetDate" TIMESTAMP(3),
    "sourceHash" TEXT NOT NULL,
    "sourceFormat" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "servers" JSONB NOT NULL DEFAULT '[]',
    "securitySchemes" JSONB NOT NULL DEFAULT '{}',
    "tags" JSONB NOT NULL DEFAULT '[]',
    "schemas" JSONB NOT NULL DEFAULT '{}',
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Operation" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "operationId" TEXT,
    "summary" TEXT,
    "description" TEXT,
    "tags" TEXT[],
    "deprecated" BOOLEAN NOT NULL DEFAULT false,
    "security" JSONB NOT NULL DEFAULT '[]',
    "parameters" JSONB NOT NULL DEFAULT '[]',
    "requestBody" JSONB,
    "responses" JSONB NOT NULL DEFAULT '[]',
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "Operation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Api_slug_key" ON "Api"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ApiVersion_apiId_label_key" ON "ApiVersion"("apiId", "label");

-- CreateIndex
CREATE INDEX "Operation_versionId_position_idx" ON "Operation"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Operation_versionId_slug_key" ON "Operation"("versionId", "slug");

-- AddForeignKey
ALTER TABLE "ApiVersion" ADD CONSTRAINT "ApiVersion_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ApiVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

