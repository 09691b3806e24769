-- The catalog's vocabulary, to correct misspelled words of a search (lib/catalog/search.ts):
-- the trigram lookup runs on this small table of distinct words instead of on every operation.
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "SearchTerm_word_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);

-- The words of the operations already imported (the importer adds those of each new version).
INSERT INTO "SearchTerm" ("word")
SELECT DISTINCT m[1]
FROM "Operation", regexp_matches(lower("searchText" || ' ' || left(coalesce("description", ''), 4000)), '([a-z0-9]{3,40})', 'g') AS m
ON CONFLICT DO NOTHING;

-- The whole-text trigram index it replaces.
DROP INDEX IF EXISTS "Operation_searchText_trgm_idx";
