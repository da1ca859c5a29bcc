-- Trigram indexes for the desk's substring search (ILIKE '%…%' on headline and
-- body text), so a two-character Chinese word is found quickly in a large archive.
-- The extension is written by hand: the schema cannot declare it without a preview feature.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_headline_trgm_idx" ON "Article" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_bodyText_trgm_idx" ON "Article" USING GIN ("bodyText" gin_trgm_ops);
