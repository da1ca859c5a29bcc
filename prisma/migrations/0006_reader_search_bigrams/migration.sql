-- The reader search's index (README, "How search scales"). Chinese is searched
-- by substring, and pg_trgm extracts no trigram from a two-character query, so
-- its index cannot serve the commonest searches. Instead every story is
-- indexed by the set of character bigrams of its searchable text: a query's
-- bigrams must all be among a story's (GIN, @>), and the few candidates are
-- then checked with ILIKE for the exact substring. Written by hand: Prisma
-- cannot declare functions or expression indexes.

-- Splitting into characters with string_to_array(doc, NULL) takes one pass,
-- where taking each pair with substring would walk the multibyte text from its
-- start at every position.
CREATE FUNCTION masthead_bigrams(doc text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT c[i] || c[i + 1]
    FROM (SELECT string_to_array(lower(doc), NULL) AS c) AS chars, generate_series(1, cardinality(c) - 1) AS i
  );

-- The parts of a story the search looks in, one per line so that no bigram
-- spans two of them.
CREATE FUNCTION masthead_story_bigrams(kicker text, headline text, subheadline text, body text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN masthead_bigrams(coalesce(kicker, '') || E'\n' || coalesce(headline, '') || E'\n' || coalesce(subheadline, '') || E'\n' || coalesce(body, ''));

CREATE INDEX "Article_search_bigrams_idx" ON "Article" USING GIN (masthead_story_bigrams(kicker, headline, subheadline, "bodyText"));

-- CreateIndex
CREATE INDEX "Slot_pageId_idx" ON "Slot"("pageId");
