-- Full-text and typo-tolerant search over operations (lib/catalog/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Operation" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- Weighted document: identifiers and summary (A), extra words (B), description (C).
ALTER TABLE "Operation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("summary", '') || ' ' || coalesce("operationId", '')), 'A') ||
  setweight(to_tsvector('english', "searchText"), 'B') ||
  setweight(to_tsvector('english', left(coalesce("description", ''), 4000)), 'C')
) STORED;

CREATE INDEX "Operation_searchVector_idx" ON "Operation" USING GIN ("searchVector");

-- Trigram index for misspelled queries ("pte by id").
CREATE INDEX "Operation_searchText_trgm_idx" ON "Operation" USING GIN ("searchText" gin_trgm_ops);
