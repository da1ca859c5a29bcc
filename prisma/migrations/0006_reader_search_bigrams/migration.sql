-- The reader search's index (README, "How search scales"). Chinese is searched
-- by substring, and pg_trgm extracts no trigram from a two-character query, so
-- its index cannot serve the commonest searches. Instead every story is
-- indexed by the set of character bigrams of its searchable text: a query's
-- bigrams must all be among a story's (GIN, @>), and the few candidates are
-- then checked with ILIKE for the exact substring. Written by hand: Prisma
-- cannot declare functions or expression indexes. No semicolon may appear
-- inside a statement or a comment: the driver adapter splits the script on them.

-- Every pair of neighbouring characters: the pairs starting at odd positions
-- and those starting at even ones, each cut out by one regexp_replace (the
-- fastest way in plain SQL, as set-returning functions cost three times more).
-- The array may repeat a pair: GIN keeps each key once, and containment does
-- not care. U+001F (unit separator) never occurs in stories. OFFSET 0 keeps
-- the lowered text computed once rather than once per use. The declared cost
-- (about a millisecond for a story, far above an index lookup) makes the
-- planner find stories through the index instead of computing their pairs one
-- by one, as it otherwise would when walking the newest issues.
CREATE FUNCTION masthead_bigrams(doc text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 20000
  RETURN (
    SELECT odd[1:cardinality(odd) - 1] || even[1:cardinality(even) - 1]
    FROM (
      SELECT string_to_array(regexp_replace(t, '(..)', E'\\1\x1f', 'g'), E'\x1f') AS odd,
             string_to_array(regexp_replace(substr(t, 2), '(..)', E'\\1\x1f', 'g'), E'\x1f') AS even
      FROM (SELECT lower(doc) AS t) AS folded
      OFFSET 0
    ) AS halves
  );

-- The parts of a story the search looks in, one per line so that no bigram
-- spans two of them. (The planner inlines it: the cost that counts is the one above.)
CREATE FUNCTION masthead_story_bigrams(kicker text, headline text, subheadline text, body text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN masthead_bigrams(coalesce(kicker, '') || E'\n' || coalesce(headline, '') || E'\n' || coalesce(subheadline, '') || E'\n' || coalesce(body, ''));

CREATE INDEX "Article_search_bigrams_idx" ON "Article" USING GIN (masthead_story_bigrams(kicker, headline, subheadline, "bodyText"));

-- ANALYZE keeps the most common pairs of the indexed expression and their
-- frequencies, from which the planner tells a common word from a rare one.
-- Chinese text has thousands of frequent pairs: keep ten thousand, not one.
ALTER INDEX "Article_search_bigrams_idx" ALTER COLUMN 1 SET STATISTICS 1000;

-- CreateIndex
CREATE INDEX "Slot_pageId_idx" ON "Slot"("pageId");
